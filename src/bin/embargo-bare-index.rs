//! Benchmark-only baseline: a bare tantivy indexer of the same raw text `embargo index --full` reads.
//!
//! `embargo-bare-index CORPUS INDEX [--threads N]` indexes every `.txt` file below CORPUS into a fresh
//! index at INDEX with just two fields, `title` (the first line) and `body` (the rest), analysed by
//! embargo's own English tokenizer with the same writer settings (threads, memory budget, one merge
//! thread) and the same batched parallel reading. No cleaning, no metadata, no facets, no file stamps:
//! `bench/run` divides embargo's time by this one's, so the ratio is the cost of embargo's own work.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use tantivy::indexer::IndexWriterOptions;
use tantivy::schema::Schema;
use tantivy::{Index, TantivyDocument};
use walkdir::WalkDir;

use embargo::index::schema::{register_tokenizers, text_options};

/// The same batch size, per-thread memory budget and thread cap as `src/index/build.rs`, so the
/// comparison differs only in the work done per document.
const BATCH: usize = 512;
const MEMORY_PER_THREAD: usize = 48 << 20;
const MAX_THREADS: usize = 8;

struct Args {
    corpus: PathBuf,
    index: PathBuf,
    threads: usize,
}

fn parse_args() -> Result<Args> {
    let mut positional = Vec::new();
    let mut threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--threads" => {
                let n = it.next().context("--threads needs a number")?;
                threads = n
                    .parse()
                    .with_context(|| format!("--threads {n:?} is not a number"))?;
            }
            "-h" | "--help" => {
                println!("usage: embargo-bare-index CORPUS INDEX [--threads N]");
                std::process::exit(0);
            }
            _ => positional.push(PathBuf::from(a)),
        }
    }
    let [corpus, index]: [PathBuf; 2] = positional
        .try_into()
        .map_err(|_| anyhow::anyhow!("usage: embargo-bare-index CORPUS INDEX [--threads N]"))?;
    Ok(Args {
        corpus,
        index,
        threads: threads.clamp(1, MAX_THREADS),
    })
}

/// Title and body fields exactly as `embargo::index::schema` declares them (stored, positions,
/// embargo's English analyser).
fn schema() -> Schema {
    let mut b = Schema::builder();
    b.add_text_field("title", text_options(true));
    b.add_text_field("body", text_options(true));
    b.build()
}

fn txt_files(root: &Path) -> Vec<PathBuf> {
    WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| e.into_path())
        .collect()
}

/// First line is the title, the rest the body: the layout `bench/run` writes.
fn document(schema: &Schema, path: &Path) -> Option<TantivyDocument> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let (title, body) = text.split_once('\n').unwrap_or((&text, ""));
    let mut d = TantivyDocument::default();
    d.add_text(schema.get_field("title").ok()?, title);
    d.add_text(schema.get_field("body").ok()?, body);
    Some(d)
}

fn main() -> Result<()> {
    let args = parse_args()?;
    if !args.corpus.is_dir() {
        bail!("the corpus {} is not a folder", args.corpus.display());
    }
    let started = Instant::now();
    if args.index.exists() {
        std::fs::remove_dir_all(&args.index)
            .with_context(|| format!("removing {}", args.index.display()))?;
    }
    std::fs::create_dir_all(&args.index)?;
    let schema = schema();
    let index = Index::create_in_dir(&args.index, schema.clone())?;
    register_tokenizers(&index);
    let options = IndexWriterOptions::builder()
        .num_worker_threads(args.threads)
        .memory_budget_per_thread(MEMORY_PER_THREAD)
        .num_merge_threads(1)
        .build();
    let mut writer: tantivy::IndexWriter = index.writer_with_options(options)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()?;

    let files = txt_files(&args.corpus);
    let mut indexed = 0usize;
    for batch in files.chunks(BATCH) {
        let docs: Vec<Option<TantivyDocument>> =
            pool.install(|| batch.par_iter().map(|p| document(&schema, p)).collect());
        for d in docs.into_iter().flatten() {
            writer.add_document(d)?;
            indexed += 1;
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    println!(
        "bare tantivy: {indexed} documents from {} files into {} in {:.2} s",
        files.len(),
        args.index.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
