//! `embargo screen`: for every name of a file, or every entry of a loaded list, the articles that
//! mention it. A loaded list is screened through the links stored in the index (one term lookup per
//! entry); a names file is linked against every stored article's text.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::article::{Article, Link};
use crate::clean::date::parse_bound;
use crate::cli::ScreenArgs;
use crate::error::usage;
use crate::index::doc::from_document;
use crate::index::{store, Store};
use crate::link::{link_article, ListIndex};
use crate::lists::{self, parse_list, List};
use crate::progress::Progress;

/// One article mentioning a screened name.
#[derive(Debug, Clone, Serialize)]
pub struct ScreenHit {
    pub id: String,
    pub path: String,
    pub date: Option<String>,
    pub title: Option<String>,
    pub mention: String,
    pub status: String,
    pub score: f32,
    pub snippet: String,
}

/// One screened name with its hits (JSON Lines: one per name that has hits).
#[derive(Debug, Clone, Serialize)]
pub struct ScreenLine {
    pub name: String,
    pub entry_id: String,
    pub hits: Vec<ScreenHit>,
}

const SNIPPET_BYTES: usize = 90;

pub fn run(args: &ScreenArgs, out: &mut dyn Write) -> Result<()> {
    let since = match &args.since {
        Some(s) => match parse_bound(s, false) {
            Some(d) => Some(d.to_string()),
            None => {
                return usage(format!(
                    "--since {s:?} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"
                ))
            }
        },
        None => None,
    };
    let (input_key, list, from_links) = match (&args.names, &args.list) {
        (Some(file), None) => (
            format!("file:{}", absolute(file).display()),
            read_names(file)?,
            false,
        ),
        (None, Some(name)) => match lists::load_one(&args.index, name)? {
            Some(l) => (format!("list:{name}"), l, true),
            None => {
                return usage(format!(
                    "no list named {name:?} in {} (see `embargo lists`)",
                    args.index.display()
                ))
            }
        },
        _ => return usage("give a NAMES_FILE or --list NAME to screen"),
    };
    let store = store::open(&args.index)?;
    let searcher = store
        .index
        .reader()
        .context("opening an index reader")?
        .searcher();
    let progress = Progress::new();
    let mut lines = if from_links {
        screen_links(&store, &searcher, &list, &progress)?
    } else {
        screen_text(&store, &searcher, list, &progress)?
    };
    let (seen, current) = if args.new {
        (
            Some(NewState::load(&args.index, &input_key)),
            crate::index::indexed_hashes(&store.index)?,
        )
    } else {
        (None, HashMap::new())
    };
    for line in &mut lines {
        line.hits.retain(|h| {
            since
                .as_ref()
                .is_none_or(|s| h.date.as_ref().is_some_and(|d| d >= s))
                && seen.as_ref().is_none_or(|st| st.is_new(&h.path, &current))
        });
    }
    lines.retain(|l| !l.hits.is_empty());
    if args.new {
        NewState::save(&args.index, &input_key, current)?;
    }
    write_lines(args, &lines, out)
}

fn absolute(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

fn read_names(file: &Path) -> Result<List> {
    let bytes = std::fs::read(file)
        .with_context(|| format!("reading the names file {}", file.display()))?;
    let parsed = parse_list(&bytes);
    for s in &parsed.skipped {
        eprintln!("embargo: {}: {s}: row skipped", file.display());
    }
    if parsed.entries.is_empty() {
        bail!("{}: no names found", file.display());
    }
    Ok(List {
        name: "screen".into(),
        format: parsed.format.into(),
        added: String::new(),
        source: file.display().to_string(),
        entries: parsed.entries,
    })
}

/// A loaded list: its entries' links are already in the index.
fn screen_links(
    store: &Store,
    searcher: &Searcher,
    list: &List,
    progress: &Progress,
) -> Result<Vec<ScreenLine>> {
    let bar = progress.bar(list.entries.len() as u64, "screening");
    let mut cache: HashMap<DocAddress, Article> = HashMap::new();
    let mut out = Vec::new();
    for e in &list.entries {
        bar.inc(1);
        let term = Term::from_field_text(
            store.fields.link_key,
            &format!("any:{}:{}", list.name, e.id),
        );
        let docs = searcher.search(
            &TermQuery::new(term, IndexRecordOption::Basic),
            &DocSetCollector,
        )?;
        let mut docs: Vec<DocAddress> = docs.into_iter().collect();
        docs.sort();
        let mut hits = Vec::new();
        for addr in docs {
            let a = match cache.entry(addr) {
                std::collections::hash_map::Entry::Occupied(o) => o.into_mut(),
                std::collections::hash_map::Entry::Vacant(v) => {
                    let doc: TantivyDocument =
                        searcher.doc(addr).context("reading a stored article")?;
                    v.insert(from_document(&store.fields, &doc)?)
                }
            };
            if let Some(l) = best_link(&a.links, &list.name, &e.id) {
                hits.push(hit(a, l));
            }
        }
        out.push(ScreenLine {
            name: e.name.clone(),
            entry_id: e.id.clone(),
            hits,
        });
    }
    bar.finish_and_clear();
    Ok(out)
}

/// A names file: every stored article is linked against it.
fn screen_text(
    store: &Store,
    searcher: &Searcher,
    list: List,
    progress: &Progress,
) -> Result<Vec<ScreenLine>> {
    let mut out: Vec<ScreenLine> = list
        .entries
        .iter()
        .map(|e| ScreenLine {
            name: e.name.clone(),
            entry_id: e.id.clone(),
            hits: Vec::new(),
        })
        .collect();
    let slot: HashMap<String, usize> = list
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();
    let name = list.name.clone();
    let index = ListIndex::build(vec![list])?;
    let bar = progress.bar(searcher.num_docs(), "screening");
    for segment in searcher.segment_readers() {
        let docs = segment
            .get_store_reader(64)
            .context("reading stored articles")?;
        for doc_id in segment.doc_ids_alive() {
            bar.inc(1);
            let doc: TantivyDocument = docs.get(doc_id).context("reading a stored article")?;
            let mut a = from_document(&store.fields, &doc)?;
            a.links = link_article(&a, &index);
            let mut ids: Vec<&str> = a.links.iter().map(|l| l.entry_id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            for id in ids {
                if let (Some(&i), Some(l)) = (slot.get(id), best_link(&a.links, &name, id)) {
                    out[i].hits.push(hit(&a, l));
                }
            }
        }
    }
    bar.finish_and_clear();
    Ok(out)
}

/// The entry's strongest link in the article (a `match` before any `possible`).
fn best_link<'a>(links: &'a [Link], list: &str, id: &str) -> Option<&'a Link> {
    links
        .iter()
        .filter(|l| l.list == list && l.entry_id == id)
        .max_by(|a, b| a.score.total_cmp(&b.score).then(b.start.cmp(&a.start)))
}

fn hit(a: &Article, l: &Link) -> ScreenHit {
    ScreenHit {
        id: a.id.clone(),
        path: a.path.clone(),
        date: a.date.clone(),
        title: a.title.clone(),
        mention: l.mention.clone(),
        status: l.status.clone(),
        score: l.score,
        snippet: snippet(&a.body, l.start, l.end),
    }
}

/// The text around a mention, on character boundaries, whitespace collapsed.
pub fn snippet(body: &str, start: usize, end: usize) -> String {
    let lo = crate::text::floor_boundary(body, start.saturating_sub(SNIPPET_BYTES).min(body.len()));
    let hi = crate::text::ceil_boundary(body, end.saturating_add(SNIPPET_BYTES).min(body.len()));
    let text = body[lo..hi]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let open = if lo > 0 { "…" } else { "" };
    let close = if hi < body.len() { "…" } else { "" };
    format!("{open}{text}{close}")
}

fn write_lines(args: &ScreenArgs, lines: &[ScreenLine], out: &mut dyn Write) -> Result<()> {
    if args.json {
        for l in lines {
            serde_json::to_writer(&mut *out, l)?;
            writeln!(out)?;
        }
    } else if args.csv {
        let mut w = csv::Writer::from_writer(out);
        w.write_record([
            "name", "entry_id", "id", "path", "date", "title", "mention", "status", "score",
            "snippet",
        ])?;
        for l in lines {
            for h in &l.hits {
                let score = format!("{:.2}", h.score);
                let (date, title) = (
                    h.date.as_deref().unwrap_or(""),
                    h.title.as_deref().unwrap_or(""),
                );
                w.write_record([
                    &l.name,
                    &l.entry_id,
                    &h.id,
                    &h.path,
                    date,
                    title,
                    &h.mention,
                    &h.status,
                    &score,
                    &h.snippet,
                ])?;
            }
        }
        w.flush()?;
    } else {
        if lines.is_empty() {
            writeln!(out, "no name screened has a hit")?;
        }
        for l in lines {
            let n = l.hits.len();
            writeln!(
                out,
                "{} [{}]: {n} article{}",
                l.name,
                l.entry_id,
                if n == 1 { "" } else { "s" }
            )?;
            for h in &l.hits {
                let date = h.date.as_deref().unwrap_or("-");
                writeln!(
                    out,
                    "  {} {:.2}  {}  {}  {:?}",
                    h.status, h.score, h.id, date, h.mention
                )?;
                writeln!(out, "      {}", h.snippet)?;
            }
        }
    }
    Ok(())
}

/// `--new`: the files (and their content hashes) the last `screen --new` of the same input saw.
#[derive(Debug, Default, Serialize, Deserialize)]
struct NewState {
    input: String,
    files: HashMap<String, u64>,
    #[serde(skip)]
    first_run: bool,
}

impl NewState {
    fn path(index: &Path, input: &str) -> PathBuf {
        let h = crate::ingest::hash_bytes(input.as_bytes());
        index.join("screen-state").join(format!("{h:016x}.json"))
    }

    fn load(index: &Path, input: &str) -> NewState {
        std::fs::read(Self::path(index, input))
            .ok()
            .and_then(|b| serde_json::from_slice::<NewState>(&b).ok())
            .filter(|s| s.input == input)
            .unwrap_or(NewState {
                first_run: true,
                ..NewState::default()
            })
    }

    /// An article is new when its file was not seen, or was seen with other content. On the first
    /// run everything is new.
    fn is_new(&self, path: &str, current: &HashMap<String, u64>) -> bool {
        self.first_run || self.files.get(path) != current.get(path)
    }

    fn save(index: &Path, input: &str, files: HashMap<String, u64>) -> Result<()> {
        let state = NewState {
            input: input.to_string(),
            files,
            first_run: false,
        };
        let path = Self::path(index, input);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, serde_json::to_vec(&state)?)
            .with_context(|| format!("writing {}", tmp.display()))?;
        std::fs::rename(&tmp, &path).with_context(|| format!("saving {}", path.display()))?;
        Ok(())
    }
}
