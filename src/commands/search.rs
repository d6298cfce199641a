use std::io::{BufRead, BufReader, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::{FacetsArgs, IndexArgs, MatchMode, SearchArgs, DEFAULT_MAX_FILE_MB};
use crate::index::{store, Store};
use crate::render::human::Human;
use crate::render::json::{hits, BatchError, BatchLine, FacetsJson, SearchJson};
use crate::search::{build_query, explain_if_empty, facet_counts, search, Filters};

const DEFAULT_INDEX: &str = "index";
const DEFAULT_CORPUS: &str = "corpus";

/// Open the index; the default one is built from the default corpus on first use.
pub(crate) fn open_or_build(index: &Path) -> Result<Store> {
    if !store::exists(index)
        && index == Path::new(DEFAULT_INDEX)
        && Path::new(DEFAULT_CORPUS).is_dir()
    {
        eprintln!("embargo: no index yet; building {DEFAULT_INDEX}/ from {DEFAULT_CORPUS}/ first");
        let args = IndexArgs {
            corpus: Some(DEFAULT_CORPUS.into()),
            index: index.to_path_buf(),
            full: false,
            max_file_mb: DEFAULT_MAX_FILE_MB,
            threads: None,
            no_corpus_boilerplate: false,
            json: false,
        };
        let mut summary = Vec::new();
        super::index::run(&args, &mut summary)?;
        eprint!("embargo: {}", String::from_utf8_lossy(&summary));
    }
    store::open(index)
}

pub fn run(args: &SearchArgs, color: bool, out: &mut dyn Write) -> Result<()> {
    let mut filters = Filters::resolve(&args.filters)?;
    if args.queries.is_none() && args.query.is_none() && !args.facets && filters_empty(&filters) {
        return crate::error::usage(
            "give a query, a filter (--country, --since...) or --queries FILE",
        );
    }
    let store = open_or_build(&args.index)?;
    resolve_target(&mut filters, &args.index)?;
    let searcher = store
        .index
        .reader()
        .context("opening an index reader")?
        .searcher();
    if let Some(file) = &args.queries {
        return run_batch(&store, &searcher, args, &filters, file, out);
    }
    let parsed = build_query(
        &store.index,
        &store.fields,
        args.query.as_deref(),
        args.match_mode,
        &filters,
    )?;
    for w in &parsed.warnings {
        eprintln!("embargo: warning: {w}");
    }
    let results = search(&store, &searcher, &parsed, args.limit, args.offset)?;
    let why_empty = explain_if_empty(
        &store,
        &searcher,
        args.query.as_deref(),
        args.match_mode,
        &filters,
        results.articles,
    )?;
    let facets = if args.facets {
        Some(facet_counts(&searcher, parsed.query.as_ref(), 20)?)
    } else {
        None
    };
    if args.json {
        let doc = SearchJson {
            query: args.query.as_deref(),
            total: results.total,
            articles: results.articles,
            offset: args.offset,
            limit: args.limit,
            hits: hits(&results, args.offset),
            facets: facets.as_ref(),
            no_hits: why_empty.as_ref(),
        };
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)?;
    } else {
        let human = Human { color };
        match &why_empty {
            Some(why) => writeln!(out, "{}", why.line(args.query.is_some()))?,
            None => human.hits(out, &results.hits, args.offset, results.total)?,
        }
        if let Some(f) = &facets {
            writeln!(out)?;
            human.facets(out, f)?;
        }
    }
    Ok(())
}

fn filters_empty(f: &Filters) -> bool {
    f.countries.is_empty()
        && f.sanctioners.is_empty()
        && f.target_countries.is_empty()
        && f.target_types.is_empty()
        && f.target.is_none()
        && f.source.is_none()
        && f.since.is_none()
        && f.until.is_none()
        && !f.listed
        && f.list.is_none()
        && f.program.is_none()
        && f.entry.is_none()
}

/// `--target NAME` also finds the articles linked to the list entries the name stands for.
fn resolve_target(filters: &mut Filters, index: &Path) -> Result<()> {
    let Some(name) = filters.target.clone() else {
        return Ok(());
    };
    if let Some(lists) = crate::link::load_index(index)? {
        filters.target_entries = crate::link::entries_for_name(&name, &lists);
    }
    Ok(())
}

/// `--queries FILE`: one JSON line per query line; a failing line prints an error object and the
/// run goes on.
fn run_batch(
    store: &Store,
    searcher: &tantivy::Searcher,
    args: &SearchArgs,
    filters: &Filters,
    file: &Path,
    out: &mut dyn Write,
) -> Result<()> {
    let f = std::fs::File::open(file)
        .with_context(|| format!("opening the queries file {}", file.display()))?;
    for (i, line) in BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("reading {} line {}", file.display(), i + 1))?;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let lineno = (i + 1).to_string();
        let (id, text) = match line.split_once('\t') {
            Some((id, q)) => (id.trim(), q),
            None => (lineno.as_str(), line),
        };
        let outcome = build_query(
            &store.index,
            &store.fields,
            Some(text),
            args.match_mode,
            filters,
        )
        .and_then(|parsed| search(store, searcher, &parsed, args.limit, args.offset));
        match outcome {
            Ok(results) => {
                let doc = BatchLine {
                    query_id: id,
                    query: text,
                    total: results.total,
                    hits: hits(&results, args.offset),
                };
                serde_json::to_writer(&mut *out, &doc)?;
            }
            Err(e) => {
                let doc = BatchError {
                    query_id: id,
                    query: text,
                    error: format!("{e:#}"),
                };
                serde_json::to_writer(&mut *out, &doc)?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

pub fn run_facets(args: &FacetsArgs, color: bool, out: &mut dyn Write) -> Result<()> {
    let mut filters = Filters::resolve(&args.filters)?;
    let store = open_or_build(&args.index)?;
    resolve_target(&mut filters, &args.index)?;
    let searcher = store
        .index
        .reader()
        .context("opening an index reader")?
        .searcher();
    let mode: MatchMode = args.match_mode;
    let parsed = build_query(
        &store.index,
        &store.fields,
        args.query.as_deref(),
        mode,
        &filters,
    )?;
    for w in &parsed.warnings {
        eprintln!("embargo: warning: {w}");
    }
    let counts = facet_counts(&searcher, parsed.query.as_ref(), args.top)?;
    let total = searcher.search(parsed.query.as_ref(), &tantivy::collector::Count)?;
    let why_empty = explain_if_empty(
        &store,
        &searcher,
        args.query.as_deref(),
        mode,
        &filters,
        total,
    )?;
    if args.json {
        serde_json::to_writer(
            &mut *out,
            &FacetsJson {
                query: args.query.as_deref(),
                total,
                facets: &counts,
                no_hits: why_empty.as_ref(),
            },
        )?;
        writeln!(out)?;
    } else if let Some(why) = &why_empty {
        writeln!(out, "{}", why.line(args.query.is_some()))?;
    } else {
        writeln!(out, "{total} matching articles")?;
        Human { color }.facets(out, &counts)?;
    }
    Ok(())
}
