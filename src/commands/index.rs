use std::io::Write;
use std::path::Path;
use std::time::Instant;

use crate::cli::IndexArgs;
use crate::index::{run_index, IndexOptions, Summary};
use crate::progress::{Progress, Skip};
use crate::render::json::SummaryJson;
use anyhow::Result;

pub fn run(args: &IndexArgs, out: &mut dyn Write) -> Result<()> {
    let opts = IndexOptions {
        corpus: args.corpus.clone(),
        index: args.index.clone(),
        full: args.full,
        max_file_bytes: args.max_file_mb.saturating_mul(1 << 20),
        threads: args.threads,
        corpus_boilerplate: !args.no_corpus_boilerplate,
    };
    let started = Instant::now();
    let progress = Progress::new();
    let summary = run_index(&opts, &progress)?;
    if args.json {
        let skipped = progress.skips();
        let doc = summary_json(
            &summary,
            &args.index,
            &skipped,
            started.elapsed().as_secs_f64(),
        );
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)?;
    } else {
        writeln!(out, "{}", summary_line(&summary, &args.index))?;
    }
    Ok(())
}

pub fn summary_line(s: &Summary, index: &Path) -> String {
    format!(
        "indexed {} into {}: {s}",
        s.corpus.display(),
        index.display()
    )
}

fn summary_json<'a>(
    s: &Summary,
    index: &Path,
    skipped: &'a [Skip],
    seconds: f64,
) -> SummaryJson<'a> {
    SummaryJson {
        corpus: s.corpus.display().to_string(),
        index: index.display().to_string(),
        added: s.added,
        updated: s.updated,
        removed: s.removed,
        unchanged: s.unchanged,
        skipped,
        bad_lines: s.bad_lines,
        articles: s.articles,
        // Milliseconds are enough; more digits only look precise.
        seconds: (seconds * 1000.0).round() / 1000.0,
    }
}
