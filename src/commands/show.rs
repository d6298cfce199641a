use std::io::Write;

use anyhow::{Context, Result};

use crate::cli::ShowArgs;
use crate::error::usage;
use crate::index::store;
use crate::render::human::Human;
use crate::search::find_article;

pub fn run(args: &ShowArgs, color: bool, out: &mut dyn Write) -> Result<()> {
    let store = store::open(&args.index)?;
    let searcher = store
        .index
        .reader()
        .context("opening an index reader")?
        .searcher();
    let mut article = find_article(&store, &searcher, &args.id)?;
    if article.is_none() {
        // A path as the shell gives it: make it relative to the corpus the index was built from.
        let corpus = store::read_payload(&store.index)?.and_then(|p| p.corpus);
        if let (Some(corpus), Ok(abs)) = (corpus, std::path::Path::new(&args.id).canonicalize()) {
            if let Ok(rel) = abs.strip_prefix(&corpus) {
                let rel = rel.to_string_lossy().replace('\\', "/");
                article = find_article(&store, &searcher, &rel)?;
            }
        }
    }
    let Some(article) = article else {
        return usage(format!(
            "no article with id or path {:?} in {}",
            args.id,
            args.index.display()
        ));
    };
    if args.json {
        serde_json::to_writer(&mut *out, &article)?;
        writeln!(out)?;
    } else {
        Human { color }.article(out, &article)?;
    }
    Ok(())
}
