//! Score the list linker on the labelled linking set (`bench/linking/`, issue 11):
//!
//! `cargo run --release --example link_eval` (from the repository root; paths below are the defaults)
//!
//! - `--cases FILE`  the labelled cases (`bench/linking/cases.jsonl`, written by `bench/linking/make_set.py`
//!   plus the hand-checked real mentions of `bench/linking/real.jsonl`)
//! - `--real FILE`   the hand-checked real mentions (`bench/linking/real.jsonl`)
//! - `--ofac FILE`   the OFAC SDN CSV (`../shared/data/sanctions/ofac-sdn-2024-05-03.csv`)
//! - `--news FILE`   the 41.5k stories the real mentions point into (`../shared/data/scale/news-41k.jsonl.gz`)
//! - `--time`      instead of scoring: time building the OFAC index and linking every story (cleaned and
//!   faceted first, untimed), single-threaded
//! - `--scan FILE`   instead of scoring: link every story and write each link (match and possible) as a
//!   TSV row with its context, the raw material for hand-checking real mentions
//!
//! Prints precision and recall per type (person, organisation, vessel, aircraft) at the `match`
//! threshold, the same per case class, then every error with the case it came from.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};

use embargo::article::Link;
use embargo::clean::clean_text;
use embargo::extract::extract_facets;
use embargo::link::{find_mentions, Context, ListIndex};
use embargo::lists::{parse_list, List};
use serde_json::Value;

struct Args {
    cases: String,
    real: String,
    ofac: String,
    news: String,
    scan: Option<String>,
    time: bool,
}

fn args() -> Args {
    let mut a = Args {
        cases: "bench/linking/cases.jsonl".into(),
        real: "bench/linking/real.jsonl".into(),
        ofac: "../shared/data/sanctions/ofac-sdn-2024-05-03.csv".into(),
        news: "../shared/data/scale/news-41k.jsonl.gz".into(),
        scan: None,
        time: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        if k == "--time" {
            a.time = true;
            continue;
        }
        let v = it
            .next()
            .unwrap_or_else(|| usage(&format!("{k} needs a value")));
        match k.as_str() {
            "--cases" => a.cases = v,
            "--real" => a.real = v,
            "--ofac" => a.ofac = v,
            "--news" => a.news = v,
            "--scan" => a.scan = Some(v),
            _ => usage(&format!("unknown option {k}")),
        }
    }
    a
}

fn usage(msg: &str) -> ! {
    eprintln!("link_eval: {msg}\nusage: link_eval [--cases F] [--real F] [--ofac F] [--news F] [--scan OUT.tsv]");
    std::process::exit(2);
}

fn fail(msg: String) -> ! {
    eprintln!("link_eval: {msg}");
    std::process::exit(1);
}

fn read_jsonl(path: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(format!("{path}: {e}")));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| fail(format!("{path} line {}: {e}", i + 1)))
        })
        .collect()
}

fn ofac_list(path: &str, hold_out: &HashMap<String, HashSet<String>>) -> List {
    let bytes = std::fs::read(path).unwrap_or_else(|e| fail(format!("{path}: {e}")));
    let mut entries = parse_list(&bytes).entries;
    for e in &mut entries {
        if let Some(h) = hold_out.get(&e.id) {
            e.aliases.retain(|a| !h.contains(a));
        }
    }
    List {
        name: "ofac".into(),
        format: "ofac-sdn".into(),
        added: String::new(),
        source: path.into(),
        entries,
    }
}

/// A story of the 41.5k corpus as `embargo index` stores it: cleaned body, title, facets.
struct Story {
    body: String,
    countries: Vec<String>,
    targets: Vec<embargo::article::Target>,
    year: Option<u16>,
}

fn stories(path: &str, only: Option<&HashSet<String>>) -> Vec<(String, Story)> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| fail(format!("{path}: {e}")));
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut out = Vec::new();
    for line in reader.lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<Value>(&line) else {
            continue;
        };
        let id = v["id"].as_str().unwrap_or_default().to_string();
        if only.is_some_and(|o| !o.contains(&id)) {
            continue;
        }
        let raw = format!(
            "{}\n\n{}",
            v["title"].as_str().unwrap_or(""),
            v["text"].as_str().unwrap_or("")
        );
        let c = clean_text(&raw, None, None);
        let body = c.paragraphs.join("\n\n");
        let f = extract_facets(c.title.as_deref(), &body, c.source.as_deref());
        out.push((
            id,
            Story {
                body,
                countries: f.countries,
                targets: f.targets,
                year: v["date"].as_str().and_then(embargo::link::year_of),
            },
        ));
    }
    out
}

fn link(
    text: &str,
    countries: &[String],
    targets: &[embargo::article::Target],
    year: Option<u16>,
    idx: &ListIndex,
) -> Vec<Link> {
    find_mentions(
        text,
        &Context {
            countries,
            targets,
            year,
        },
        idx,
    )
}

fn kind_label(kind: &str) -> &'static str {
    match kind {
        "individual" | "person" => "person",
        "organization" | "organisation" => "organisation",
        "vessel" => "vessel",
        "aircraft" => "aircraft",
        _ => "other",
    }
}

#[derive(Default, Clone, Copy)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn line(&self, name: &str) -> String {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        format!(
            "{name:<28} P {p:.3}  R {r:.3}  (tp {}, fp {}, fn {})",
            self.tp, self.fp, self.fn_
        )
    }
}

/// Positives the rule caps at `possible` (`expect: "possible"` in the cases).
#[derive(Default)]
struct Capped {
    total: usize,
    possible: usize,
    matched: usize,
}

fn main() {
    let a = args();
    if let Some(out) = &a.scan {
        scan(&a, out);
        return;
    }
    if a.time {
        time(&a);
        return;
    }
    if let Ok(list) = std::env::var("LINK_EVAL_MEM") {
        mem(&list);
        return;
    }
    let mut cases = read_jsonl(&a.cases);
    if std::path::Path::new(&a.real).exists() {
        cases.extend(read_jsonl(&a.real));
    }
    let mut hold: HashMap<String, HashSet<String>> = HashMap::new();
    for c in &cases {
        if let (Some(e), Some(h)) = (c["entry"].as_str(), c["hold_out"].as_str()) {
            hold.entry(e.to_string()).or_default().insert(h.to_string());
        }
    }
    let full = ListIndex::build(vec![ofac_list(&a.ofac, &HashMap::new())])
        .unwrap_or_else(|e| fail(format!("{e:#}")));
    let held = ListIndex::build(vec![ofac_list(&a.ofac, &hold)])
        .unwrap_or_else(|e| fail(format!("{e:#}")));
    let kinds: HashMap<String, &'static str> = full
        .entries()
        .map(|e| (e.id.to_string(), kind_label(e.kind.as_str())))
        .collect();
    let story_ids: HashSet<String> = cases
        .iter()
        .filter_map(|c| c["story"].as_str().map(str::to_string))
        .collect();
    let news = if story_ids.is_empty() {
        HashMap::new()
    } else {
        stories(&a.news, Some(&story_ids)).into_iter().collect()
    };

    let mut by_type: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut by_class: BTreeMap<String, Tally> = BTreeMap::new();
    let mut errors: Vec<String> = Vec::new();
    let mut capped = Capped::default();
    for c in &cases {
        let id = c["id"].as_str().unwrap_or("?");
        let class = c["class"].as_str().unwrap_or("?").to_string();
        let want = c["entry"].as_str();
        let idx = if c["hold_out"].is_string() {
            &held
        } else {
            &full
        };
        let (links, text_for_errors) = match c["story"].as_str() {
            Some(sid) => {
                let Some(s) = news.get(sid) else {
                    fail(format!("case {id}: story {sid} not in {}", a.news));
                };
                let (start, end) = locate(&s.body, c).unwrap_or_else(|| {
                    fail(format!(
                        "case {id}: mention {} not found in {sid}",
                        c["mention"]
                    ))
                });
                let links: Vec<Link> = link(&s.body, &s.countries, &s.targets, s.year, idx)
                    .into_iter()
                    .filter(|l| l.start < end && start < l.end)
                    .collect();
                let ctx = context(&s.body, start, end, 80);
                (links, ctx)
            }
            None => {
                let text = c["text"].as_str().unwrap_or_default();
                let f = extract_facets(None, text, None);
                (
                    link(text, &f.countries, &f.targets, None, idx),
                    text.to_string(),
                )
            }
        };
        let matched: Vec<&Link> = links.iter().filter(|l| l.status == "match").collect();
        let mut tally = |kind: &'static str, f: &dyn Fn(&mut Tally)| {
            f(by_type.entry(kind).or_default());
            f(by_class.entry(format!("{class} / {kind}")).or_default());
        };
        // A positive the rule caps at `possible` (a one-word organisation with nothing to
        // corroborate it) is scored apart: found as `possible` or not, and a `match` there breaks the rule.
        if let (Some(w), Some("possible")) = (want, c["expect"].as_str()) {
            capped.total += 1;
            match links.iter().find(|l| l.entry_id == w).map(|l| l.status.as_str()) {
                Some("possible") => capped.possible += 1,
                Some(_) => {
                    capped.matched += 1;
                    errors.push(format!("RULE {id} [{class}] {w} linked as match\n     {text_for_errors}"));
                }
                None => errors.push(format!("CAPPED-MISS {id} [{class}] want {w} as possible; got nothing\n     {text_for_errors}")),
            }
        } else if let Some(w) = want {
            let kind = kinds.get(w).copied().unwrap_or("other");
            if matched.iter().any(|l| l.entry_id == w) {
                tally(kind, &|t| t.tp += 1);
            } else {
                tally(kind, &|t| t.fn_ += 1);
                let got: Vec<String> = links
                    .iter()
                    .map(|l| {
                        format!(
                            "{} {} {:.2} {:?}: {}",
                            l.entry_id, l.status, l.score, l.mention, l.why
                        )
                    })
                    .collect();
                errors.push(format!(
                    "MISS {id} [{class}] want {w} ({kind}); got [{}]\n     {text_for_errors}",
                    got.join(", ")
                ));
            }
        }
        for l in matched.iter().filter(|l| Some(l.entry_id.as_str()) != want) {
            let kind = kind_label(&l.kind);
            tally(kind, &|t| t.fp += 1);
            errors.push(format!(
                "FALSE {id} [{class}] {:?} -> {} {} ({kind}, {:.2}): {}\n     {text_for_errors}",
                l.mention, l.entry_id, l.entry_name, l.score, l.why
            ));
        }
    }
    println!(
        "linking set: {} cases ({} real mentions), match threshold {}",
        cases.len(),
        cases.iter().filter(|c| c["story"].is_string()).count(),
        embargo::link::MATCH_THRESHOLD
    );
    println!("\nper type:");
    for (k, t) in &by_type {
        println!("  {}", t.line(k));
    }
    println!("\nper class / type:");
    for (k, t) in &by_class {
        println!("  {}", t.line(k));
    }
    println!(
        "\nat most possible by the rule (one-word organisation, nothing corroborates it; not in P/R):\n  \
         {} cases: {} found as possible, {} linked as match (breaks the rule)",
        capped.total, capped.possible, capped.matched
    );
    println!("\nerrors ({}):", errors.len());
    for e in &errors {
        println!("  {e}");
    }
}

/// The labelled mention's offsets in the body: as recorded, or the occurrence nearest to them if the
/// cleaner has moved the text since.
fn locate(body: &str, c: &Value) -> Option<(usize, usize)> {
    let m = c["mention"].as_str()?;
    let start = c["start"].as_u64().unwrap_or(0) as usize;
    if body.get(start..start + m.len()) == Some(m) {
        return Some((start, start + m.len()));
    }
    body.match_indices(m)
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(start))
        .map(|i| (i, i + m.len()))
}

fn context(body: &str, start: usize, end: usize, width: usize) -> String {
    let mut lo = start.saturating_sub(width);
    while !body.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (end + width).min(body.len());
    while !body.is_char_boundary(hi) {
        hi += 1;
    }
    format!(
        "...{}[[{}]]{}...",
        &body[lo..start],
        &body[start..end],
        &body[end..hi]
    )
    .replace(['\n', '\t'], " ")
}

/// Link every story and write every link with its context, for hand-checking.
fn scan(a: &Args, out: &str) {
    let idx = ListIndex::build(vec![ofac_list(&a.ofac, &HashMap::new())])
        .unwrap_or_else(|e| fail(format!("{e:#}")));
    let mut w = std::io::BufWriter::new(
        std::fs::File::create(out).unwrap_or_else(|e| fail(format!("{out}: {e}"))),
    );
    let mut n = 0;
    for (id, s) in stories(&a.news, None) {
        for l in link(&s.body, &s.countries, &s.targets, s.year, &idx) {
            n += 1;
            let row = [
                id.clone(),
                l.start.to_string(),
                l.end.to_string(),
                l.mention.replace(['\n', '\t'], " "),
                l.entry_id.clone(),
                l.entry_name.clone(),
                l.kind.clone(),
                l.status.clone(),
                format!("{:.2}", l.score),
                l.why.replace('\t', " "),
                context(&s.body, l.start, l.end, 100),
            ];
            if writeln!(w, "{}", row.join("\t")).is_err() {
                fail(format!("writing {out}"));
            }
        }
    }
    eprintln!("link_eval: {n} links written to {out}");
}

/// Time the list index build and the linking of every story, single-threaded.
fn time(a: &Args) {
    let all = stories(&a.news, None);
    let t = std::time::Instant::now();
    let idx = ListIndex::build(vec![ofac_list(&a.ofac, &HashMap::new())])
        .unwrap_or_else(|e| fail(format!("{e:#}")));
    let build = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let mut links = 0;
    for (_, s) in &all {
        links += link(&s.body, &s.countries, &s.targets, s.year, &idx).len();
    }
    let linking = t.elapsed().as_secs_f64();
    println!(
        "stories={} build_s={build:.3} link_s={linking:.3} link_us_per_story={:.1} links={links}",
        all.len(),
        linking * 1e6 / all.len().max(1) as f64
    );
}

/// Peak and current memory after loading a list file and after building its index
/// (`LINK_EVAL_MEM=FILE link_eval`): where a big list's memory goes.
fn mem(path: &str) {
    let status = || {
        std::fs::read_to_string("/proc/self/status")
            .unwrap_or_default()
            .lines()
            .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
            .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    let bytes = std::fs::read(path).unwrap_or_else(|e| fail(format!("{path}: {e}")));
    let entries = parse_list(&bytes).entries;
    drop(bytes);
    println!("parsed {} entries: peak / rss {}", entries.len(), status());
    let list = List {
        name: "m".into(),
        format: "csv".into(),
        added: String::new(),
        source: String::new(),
        entries,
    };
    let idx = ListIndex::build(vec![list]).unwrap_or_else(|e| fail(format!("{e:#}")));
    if std::env::var("LINK_EVAL_TRIM").is_ok() {
        extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: glibc's malloc_trim only returns free heap pages to the system.
        unsafe {
            malloc_trim(0);
        }
    }
    println!(
        "built {} names: peak / rss {}; automaton and pattern table {} MB; entries, names and words {} MB",
        idx.names.len(),
        status(),
        idx.automaton_bytes() / 1_000_000,
        idx.table_bytes() / 1_000_000
    );
}
