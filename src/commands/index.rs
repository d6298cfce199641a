use std::io::Write;
use std::path::Path;

use anyhow::Result;

use crate::cli::IndexArgs;
use crate::index::{run_index, IndexOptions, Summary};
use crate::progress::Progress;

pub fn run(args: &IndexArgs, out: &mut dyn Write) -> Result<()> {
    let opts = IndexOptions {
        corpus: args.corpus.clone(),
        index: args.index.clone(),
        full: args.full,
        max_file_bytes: args.max_file_mb.saturating_mul(1 << 20),
        threads: args.threads,
        corpus_boilerplate: !args.no_corpus_boilerplate,
    };
    let summary = run_index(&opts, &Progress::new())?;
    writeln!(out, "{}", summary_line(&summary, &args.index))?;
    Ok(())
}

pub fn summary_line(s: &Summary, index: &Path) -> String {
    format!(
        "indexed {} into {}: {s}",
        s.corpus.display(),
        index.display()
    )
}
