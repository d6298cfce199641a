//! `embargo index`: bring the index in line with the corpus, touching only what changed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rayon::prelude::*;
use tantivy::indexer::{IndexWriterOptions, LogMergePolicy};
use tantivy::{IndexWriter, TantivyDocument, Term};

use super::boilerplate;
use super::doc::{to_document, FileStamp};
use super::schema::{Fields, SCHEMA_VERSION};
use super::state::indexed_files;
use super::store::{self, Payload};
use crate::clean::CorpusLines;
use crate::ingest::{read_file, split_documents, walk_files, CorpusFile, Format};
use crate::link::ListIndex;
use crate::pipeline::{internal_error, try_process};
use crate::progress::Progress;

pub struct IndexOptions {
    /// None: the corpus the index was built from, else `corpus`.
    pub corpus: Option<PathBuf>,
    pub index: PathBuf,
    pub full: bool,
    pub max_file_bytes: u64,
    pub threads: Option<usize>,
    /// Use lines repeated across many files of the corpus as evidence of boilerplate.
    pub corpus_boilerplate: bool,
}

/// Counts of files, for the one summary line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
    pub skipped: usize,
    /// JSON Lines records skipped inside files that were otherwise read.
    pub bad_lines: usize,
    /// Articles in the index after the run.
    pub articles: u64,
    pub corpus: PathBuf,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} added, {} updated, {} removed, {} unchanged, {} skipped",
            self.added, self.updated, self.removed, self.unchanged, self.skipped
        )?;
        if self.bad_lines > 0 {
            write!(f, " ({} bad JSON lines skipped)", self.bad_lines)?;
        }
        write!(f, "; {} articles in the index", self.articles)
    }
}

/// A walked entry: a corpus file, or why an entry could not be visited.
type WalkItem = std::result::Result<CorpusFile, String>;

/// Files are read and cleaned in batches of this many, so memory stays flat however large the corpus.
const BATCH: usize = 4096;
/// An incremental run commits after this many files.
const COMMIT_EVERY: usize = 20_000;

/// What happened to one file that had to be read.
enum FileOutcome {
    Indexed {
        docs: Vec<TantivyDocument>,
        bad_lines: usize,
    },
    /// Same bytes as indexed (only its modification time moved): the documents are refreshed.
    Same {
        docs: Vec<TantivyDocument>,
    },
    Skipped,
}

pub fn run_index(opts: &IndexOptions, progress: &Progress) -> Result<Summary> {
    let _lock = store::lock_for_writing(&opts.index)?;
    let (store, corpus, same_corpus) = open_store(opts, progress)?;
    // Lists stored beside the index: every article read in this run is linked against them.
    let lists = crate::link::load_index(&opts.index)?;
    let mut summary = Summary {
        corpus: corpus.clone(),
        ..Summary::default()
    };
    let known = if opts.full {
        Default::default()
    } else {
        indexed_files(&store.index)?
    };

    // No listing of the corpus is held. With nothing indexed to compare with (a full rebuild, a first
    // run), every file is read once, in walk order, as the walk yields it. An update walks once to find
    // the new and changed files and holds only those. Either way memory does not grow with the corpus.
    let streamed = known.is_empty();
    let (changed, gone) = if streamed {
        (Vec::new(), Vec::new())
    } else {
        compare_with_index(&corpus, &opts.index, known, progress, &mut summary)
    };
    if !streamed && changed.is_empty() && gone.is_empty() && same_corpus {
        summary.articles = store.index.reader()?.searcher().num_docs();
        return Ok(summary);
    }

    let writer = open_writer(&store, opts.threads)?;
    if opts.full {
        writer.delete_all_documents()?;
    }
    for rel in &gone {
        writer.delete_term(Term::from_field_text(store.fields.file, rel));
        summary.removed += 1;
    }
    let pool = thread_pool(opts.threads)?;
    let work = Work {
        corpus: &corpus,
        streamed,
        changed: &changed,
    };
    let (mut lines, walked) = learn_boilerplate(opts, &work, &pool, progress);
    if streamed || !changed.is_empty() {
        pool.install(crate::pipeline::warm_up);
    }
    let total = if streamed { walked } else { changed.len() };
    let mut feeder = Feeder {
        writer,
        fields: store.fields,
        pool: &pool,
        corpus: &corpus,
        opts,
        lines: lines.as_ref(),
        lists: lists.as_ref(),
        progress,
        bar: progress.bar(total as u64, "indexing"),
        payload: Payload {
            schema: SCHEMA_VERSION,
            corpus: Some(corpus.clone()),
        },
        since_commit: 0,
        summary,
    };
    if streamed {
        feed_while_walking(&mut feeder, &corpus, &opts.index, progress)?;
    } else {
        for batch in changed.chunks(BATCH) {
            feeder.run(batch)?;
        }
    }
    feeder.bar.finish_and_clear();
    let Feeder {
        writer,
        payload,
        summary,
        ..
    } = feeder;
    finish(
        writer,
        &payload,
        summary,
        lines.as_mut(),
        opts,
        &store,
        progress,
    )
}

/// The last commit, the repeated-line counts saved beside it, and the merges waited for.
fn finish(
    mut writer: IndexWriter,
    payload: &Payload,
    mut summary: Summary,
    lines: Option<&mut CorpusLines>,
    opts: &IndexOptions,
    store: &store::Store,
    progress: &Progress,
) -> Result<Summary> {
    commit(&mut writer, payload)?;
    if let Some(lines) = lines {
        if let Err(e) = boilerplate::save(&opts.index, lines) {
            progress.warn(&format!(
                "{e:#} (repeated-line counts not saved; the index is fine)"
            ));
        }
    }
    writer
        .wait_merging_threads()
        .context("merging index segments")?;
    summary.articles = store.index.reader()?.searcher().num_docs();
    Ok(summary)
}

/// What one run reads: the whole corpus as it is walked (`streamed`), or the files found changed.
struct Work<'a> {
    corpus: &'a Path,
    streamed: bool,
    changed: &'a [Changed],
}

/// The corpus-wide repeated-line counts for this run, and the number of files a sampling walk saw
/// (0 when there was none). Repeated lines are learned from a sample of the whole corpus when the run
/// reads it all, and when an update finds no saved counts (deleted, unreadable, or written by an older
/// version); otherwise from the changed files alone. A streamed rebuild also takes the length of its
/// progress bar from that walk.
fn learn_boilerplate(
    opts: &IndexOptions,
    work: &Work,
    pool: &rayon::ThreadPool,
    progress: &Progress,
) -> (Option<CorpusLines>, usize) {
    let mut lines = opts.corpus_boilerplate.then(|| {
        if opts.full {
            CorpusLines::new()
        } else {
            boilerplate::load(&opts.index)
        }
    });
    let from_sample = lines
        .as_ref()
        .is_some_and(|l| work.streamed || l.len_docs() == 0);
    let (sample, walked) = if from_sample || (work.streamed && progress.shows_bars()) {
        boilerplate::sample_walk(work.corpus, &opts.index)
    } else {
        (Vec::new(), 0)
    };
    if let Some(lines) = &mut lines {
        let learn_from: Vec<(&str, Format)> = if from_sample {
            sample
                .iter()
                .map(|(rel, format)| (&**rel, *format))
                .collect()
        } else {
            work.changed
                .iter()
                .map(|(f, _)| (&*f.rel, f.format))
                .collect()
        };
        boilerplate::learn(lines, work.corpus, &learn_from, opts.max_file_bytes, pool);
    }
    (lines, walked)
}

/// A full read of the corpus: the walk (directory reads, a stat per file) runs on its own thread a
/// batch ahead, rather than between batches while the workers wait: at 1M files it is several seconds
/// of one core.
fn feed_while_walking(
    feeder: &mut Feeder,
    root: &Path,
    index: &Path,
    progress: &Progress,
) -> Result<()> {
    std::thread::scope(|scope| -> Result<()> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<WalkItem>>(1);
        scope.spawn(move || {
            let mut walk = walk_files(root, Some(index));
            loop {
                let chunk: Vec<WalkItem> = walk.by_ref().take(BATCH).collect();
                // A closed channel means indexing stopped on an error: stop walking too.
                if chunk.is_empty() || tx.send(chunk).is_err() {
                    break;
                }
            }
        });
        for chunk in rx {
            let mut batch: Vec<Changed> = Vec::with_capacity(chunk.len());
            for item in chunk {
                match item {
                    Ok(f) => batch.push((f, None)),
                    Err(p) => {
                        progress.skipped_entry(&p);
                        feeder.summary.skipped += 1;
                    }
                }
            }
            if !batch.is_empty() {
                feeder.run(&batch)?;
            }
        }
        Ok(())
    })
}

/// The index to write (opened, or created when there is none or `--full` finds it unreadable), the
/// corpus folder (given, else the one the index was built from), and whether that is the same corpus.
fn open_store(opts: &IndexOptions, progress: &Progress) -> Result<(store::Store, PathBuf, bool)> {
    let existing = if store::exists(&opts.index) {
        match store::open(&opts.index) {
            Ok(s) => Some(s),
            Err(e) if opts.full => {
                progress.warn(&format!("{e:#}; rebuilding"));
                None
            }
            Err(e) => return Err(e),
        }
    } else {
        None
    };
    let payload = match &existing {
        Some(s) => store::read_payload(&s.index)?,
        None => None,
    };
    let corpus = opts
        .corpus
        .clone()
        .or_else(|| payload.as_ref().and_then(|p| p.corpus.clone()))
        .unwrap_or_else(|| PathBuf::from("corpus"));
    let corpus = corpus
        .canonicalize()
        .with_context(|| format!("the corpus folder {} cannot be opened", corpus.display()))?;
    if !corpus.is_dir() {
        anyhow::bail!("the corpus {} is not a folder", corpus.display());
    }
    let same_corpus = payload.as_ref().and_then(|p| p.corpus.as_ref()) == Some(&corpus);
    let store = match existing {
        Some(s) => s,
        None => store::create(&opts.index)?,
    };
    Ok((store, corpus, same_corpus))
}

/// A file to read, with its stamp when it was indexed before (None: a new file, or nothing indexed).
type Changed = (CorpusFile, Option<FileStamp>);

/// One walk of the corpus against what is indexed: each file's stamp is taken out of `known` as the walk
/// yields it, so what is left at the end was deleted. Returns the new and changed files and the deleted
/// ones; unchanged files and entries that could not be visited are counted in `summary`.
fn compare_with_index(
    corpus: &Path,
    index: &Path,
    mut known: HashMap<String, FileStamp>,
    progress: &Progress,
    summary: &mut Summary,
) -> (Vec<Changed>, Vec<String>) {
    let mut changed = Vec::new();
    for item in walk_files(corpus, Some(index)) {
        match item {
            Ok(f) => match known.remove(&*f.rel) {
                Some(s) if s.size == f.size && s.mtime == f.mtime => summary.unchanged += 1,
                old => changed.push((f, old)),
            },
            Err(p) => {
                progress.skipped_entry(&p);
                summary.skipped += 1;
            }
        }
    }
    let mut gone: Vec<String> = known.into_keys().collect();
    gone.sort_unstable();
    (changed, gone)
}

/// Feeds batches of files through cleaning and extraction into the index writer, counting outcomes.
struct Feeder<'a> {
    writer: IndexWriter,
    fields: Fields,
    pool: &'a rayon::ThreadPool,
    corpus: &'a Path,
    opts: &'a IndexOptions,
    lines: Option<&'a CorpusLines>,
    lists: Option<&'a ListIndex>,
    progress: &'a Progress,
    bar: indicatif::ProgressBar,
    payload: Payload,
    since_commit: usize,
    summary: Summary,
}

impl Feeder<'_> {
    /// Read, clean and index one batch; each file comes with its stamp when it was indexed before.
    fn run(&mut self, batch: &[Changed]) -> Result<()> {
        // Workers hand their documents straight to the writer, so tantivy's indexing threads are fed while
        // files are still being cleaned, instead of waiting for a whole batch.
        let (writer, fields, bar) = (&self.writer, &self.fields, &self.bar);
        let (corpus, opts, lines, progress) = (self.corpus, self.opts, self.lines, self.progress);
        let lists = self.lists;
        let outcomes: Vec<Result<Counted>> = self.pool.install(|| {
            batch
                .par_iter()
                .map(|(f, old)| {
                    let outcome = read_and_process(
                        corpus,
                        f,
                        *old,
                        fields,
                        opts.max_file_bytes,
                        (lines, lists),
                        progress,
                    );
                    let counted = apply(writer, fields, &f.rel, old.is_some(), outcome);
                    bar.inc(1);
                    counted
                })
                .collect()
        });
        for counted in outcomes {
            let s = &mut self.summary;
            match counted? {
                Counted::Skipped { removed } => {
                    s.skipped += 1;
                    s.removed += usize::from(removed);
                }
                Counted::Unchanged => s.unchanged += 1,
                Counted::Added { bad_lines } => {
                    s.added += 1;
                    s.bad_lines += bad_lines;
                }
                Counted::Updated { bad_lines } => {
                    s.updated += 1;
                    s.bad_lines += bad_lines;
                }
            }
        }
        self.since_commit += batch.len();
        // An update commits as it goes, so a run killed late loses little; each commit carries the files'
        // stamps with their documents, so the next run resumes where this one stopped. A full rebuild
        // commits only at the end: until then searches see the old index whole, not half of the new one.
        if !self.opts.full && self.since_commit >= COMMIT_EVERY {
            commit(&mut self.writer, &self.payload)?;
            self.since_commit = 0;
        }
        Ok(())
    }
}

/// What one file contributed to the summary.
enum Counted {
    Skipped { removed: bool },
    Unchanged,
    Added { bad_lines: usize },
    Updated { bad_lines: usize },
}

/// Put one file's outcome into the index: its old documents go (by file term) before its new ones come.
fn apply(
    writer: &IndexWriter,
    fields: &Fields,
    rel: &str,
    was_known: bool,
    outcome: FileOutcome,
) -> Result<Counted> {
    let old = Term::from_field_text(fields.file, rel);
    let (docs, counted) = match outcome {
        FileOutcome::Skipped => {
            // A file that turned unreadable no longer has a valid version to show.
            if was_known {
                writer.delete_term(old);
            }
            return Ok(Counted::Skipped { removed: was_known });
        }
        FileOutcome::Same { docs } => (docs, Counted::Unchanged),
        FileOutcome::Indexed { docs, bad_lines } if was_known => {
            (docs, Counted::Updated { bad_lines })
        }
        FileOutcome::Indexed { docs, bad_lines } => (docs, Counted::Added { bad_lines }),
    };
    if was_known {
        writer.delete_term(old);
    }
    for d in docs {
        writer.add_document(d)?;
    }
    Ok(counted)
}

pub(super) fn commit(writer: &mut IndexWriter, payload: &Payload) -> Result<()> {
    let mut prepared = writer
        .prepare_commit()
        .context("preparing the index commit")?;
    prepared.set_payload(&serde_json::to_string(payload)?);
    prepared.commit().context("committing the index")?;
    Ok(())
}

pub(super) fn open_writer(store: &store::Store, threads: Option<usize>) -> Result<IndexWriter> {
    let threads = threads.unwrap_or_else(num_cpus).clamp(1, 8);
    let options = IndexWriterOptions::builder()
        .num_worker_threads(threads)
        .memory_budget_per_thread(48 << 20)
        .num_merge_threads(1)
        .build();
    let writer: IndexWriter = store
        .index
        .writer_with_options(options)
        .with_context(|| format!("opening the index at {} for writing", store.dir.display()))?;
    writer.set_merge_policy(Box::new(merge_policy()));
    Ok(writer)
}

/// Segments merge four at a time, and only while smaller than [`MERGE_MAX_DOCS`]. A merge reads its
/// segments through memory maps, and every page it touches counts as resident until it ends: tantivy's
/// default (eight at a time, up to ten million documents) made the last merges of a large corpus map
/// most of the index. Bounded merges keep peak memory flat in corpus size, at the price of one segment
/// per ~100k documents for search to visit.
fn merge_policy() -> LogMergePolicy {
    let mut p = LogMergePolicy::default();
    p.set_min_num_segments(4);
    p.set_max_docs_before_merge(MERGE_MAX_DOCS);
    p
}

/// Segments this large are not merged further.
const MERGE_MAX_DOCS: usize = 100_000;

/// Workers that read and clean files: by default one more than the cores. A corpus larger than the page
/// cache is read from disk, and a worker waiting on a read leaves its core to the spare one (1M files:
/// 146 s with two workers, 131 s with three, the same at 41.5k files, where every read is cached).
fn thread_pool(threads: Option<usize>) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or_else(|| num_cpus() + 1))
        .build()
        .context("starting worker threads")
}

fn num_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn read_and_process(
    root: &Path,
    file: &CorpusFile,
    known: Option<FileStamp>,
    fields: &Fields,
    max_bytes: u64,
    (lines, lists): (Option<&CorpusLines>, Option<&ListIndex>),
    progress: &Progress,
) -> FileOutcome {
    let decoded = match read_file(&file.path(root), max_bytes) {
        Ok(d) => d,
        Err(e) => {
            progress.skipped(&file.rel, &e.to_string());
            return FileOutcome::Skipped;
        }
    };
    if decoded.lossy {
        progress.warn(&format!(
            "{}: not valid UTF-8; undecodable bytes replaced with U+FFFD",
            file.rel
        ));
    }
    let stamp = FileStamp {
        hash: decoded.hash,
        size: file.size,
        mtime: file.mtime,
    };
    let (raws, warnings) = split_documents(&file.rel, file.format, decoded.text);
    for w in &warnings {
        progress.warn(&w.0);
    }
    if raws.is_empty() {
        progress.skipped(&file.rel, "no article in the file");
        return FileOutcome::Skipped;
    }
    let docs: Vec<_> = raws
        .into_iter()
        .filter_map(|raw| {
            let id = raw.id.clone();
            // A bug in cleaning or extraction loses that one document, never the run.
            let Some(processed) = try_process(raw, lines) else {
                progress.warn(&internal_error(&file.rel, &id));
                return None;
            };
            let mut article = processed.article;
            if let Some(lists) = lists {
                article.links = crate::link::link_article(&article, lists);
            }
            Some(to_document(fields, &article, stamp))
        })
        .collect();
    if docs.is_empty() {
        progress.skipped(&file.rel, "no article could be processed");
        return FileOutcome::Skipped;
    }
    if known.is_some_and(|k| k.hash == decoded.hash) {
        FileOutcome::Same { docs }
    } else {
        FileOutcome::Indexed {
            docs,
            bad_lines: warnings.len(),
        }
    }
}
