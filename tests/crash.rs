//! Crash safety and concurrency of `embargo index`, through the real binary.
//!
//! `index_survives_sigkill_at_20_random_moments`: `embargo index` is killed with SIGKILL at 20 random
//! moments (seeded; `EMBARGO_CRASH_SEED` picks another seed) while it adds, changes, deletes or fully
//! rebuilds a corpus of generated stories. After each kill the index must open, searches must
//! answer, and no article may be doubled; a final run must converge to exactly one document per
//! file, each holding the file's current text.
//!
//! `search_during_index_answers_from_the_last_commit`: while an index run adds files, searches keep
//! answering from the last commit (the old articles all there, the new ones all or none), and a
//! second `index` on the same index fails at once.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use tantivy::collector::DocSetCollector;
use tantivy::query::AllQuery;
use tantivy::TantivyDocument;

/// Small, fast, seeded generator: the test needs reproducible randomness, not quality.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// The vocabulary of the generated stories.
const WORDS: &str =
    "ministry vessel tanker sanctions assets frozen officials said exports bank minister shipment \
    port cargo oil coal network company director listed treasury council measures trade \
    imports weapons drones evasion customs insurance freight refinery broker registry flag captain \
    crew";

/// A story whose text names its file (`fileN`) and version (`verV`), so the index's copy can be
/// checked against the file on disk.
fn story(rng: &mut XorShift, n: usize, version: usize) -> String {
    marked_story(rng, n, version, "")
}

/// A story whose first body paragraph also holds `marker`, a word to search for.
fn marked_story(rng: &mut XorShift, n: usize, version: usize, marker: &str) -> String {
    let words: Vec<&str> = WORDS.split_whitespace().collect();
    let mut s = format!("Story {n} revision {version}\n\n{marker} file{n} ver{version} ");
    let len = 40 + rng.below(120) as usize;
    for i in 0..len {
        s.push_str(words[rng.below(words.len() as u64) as usize]);
        s.push(if i % 15 == 14 { '.' } else { ' ' });
        if i % 45 == 44 {
            s.push_str("\n\n");
        }
    }
    s.push('\n');
    s
}

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("corpus")).expect("mkdir corpus");
        Sandbox { dir }
    }
    fn corpus(&self) -> PathBuf {
        self.dir.path().join("corpus")
    }
    fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_embargo"));
        c.args(args)
            .arg("--index")
            .arg(self.index())
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1");
        c
    }
    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("run embargo")
    }
    fn spawn_index(&self, extra: &[&str]) -> Child {
        let mut args = vec!["index", "--corpus", "corpus"];
        args.extend_from_slice(extra);
        self.cmd(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn embargo index")
    }
    fn index_ok(&self) -> String {
        let out = self.run(&["index", "--corpus", "corpus"]);
        assert!(
            out.status.success(),
            "index failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
    fn write(&self, n: usize, text: &str) {
        std::fs::write(self.corpus().join(name(n)), text).expect("write story");
    }
    /// `search --json` through the binary; panics unless it answers.
    fn search(&self, query: &str) -> serde_json::Value {
        let out = self.run(&["search", "--json", "--limit", "1", query]);
        assert!(
            out.status.success(),
            "search {query:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("search prints JSON")
    }
}

fn name(n: usize) -> String {
    format!("s{n:05}.txt")
}

/// Every document in the index: id -> bodies (more than one body means a doubled article).
fn indexed(index: &Path) -> BTreeMap<String, Vec<String>> {
    let store = embargo::index::store::open(index).expect("the index opens");
    let searcher = store.index.reader().expect("reader").searcher();
    let all = searcher
        .search(&AllQuery, &DocSetCollector)
        .expect("list documents");
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for addr in all {
        let doc: TantivyDocument = searcher.doc(addr).expect("stored document");
        let a =
            embargo::index::doc::from_document(&store.fields, &doc).expect("document reads back");
        out.entry(a.id).or_default().push(a.body);
    }
    out
}

fn assert_no_doubles(docs: &BTreeMap<String, Vec<String>>, when: &str) {
    let doubled: Vec<&String> = docs
        .iter()
        .filter(|(_, b)| b.len() > 1)
        .map(|(id, _)| id)
        .collect();
    assert!(doubled.is_empty(), "{when}: doubled articles {doubled:?}");
}

#[test]
fn index_survives_sigkill_at_20_random_moments() {
    let seed = std::env::var("EMBARGO_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_cafe_u64);
    eprintln!("crash test seed {seed} (set EMBARGO_CRASH_SEED to replay another)");
    let mut rng = XorShift(seed | 1);
    let sb = Sandbox::new();
    // file number -> version currently on disk
    let mut live: HashMap<usize, usize> = HashMap::new();
    let mut next_file = 0;
    for _ in 0..300 {
        sb.write(next_file, &story(&mut rng, next_file, 0));
        live.insert(next_file, 0);
        next_file += 1;
    }

    // One uninterrupted full build: the kill moments are drawn over its length.
    let started = Instant::now();
    assert!(sb.index_ok().contains("300 added"));
    let full_run = started.elapsed();
    let mut killed_mid_run = 0;
    // Kill moments are drawn below this bound. On a loaded machine the first build can take longer than
    // later ones, so a kill that lands after the run ended shrinks the bound: the rounds keep hitting runs.
    let mut bound = full_run.as_micros() as u64 / 2 + 1;

    for round in 1..=20 {
        let version = round;
        // Give the run work to do: change a third of the files, add and delete some.
        let files: Vec<usize> = live.keys().copied().collect();
        for &n in &files {
            match rng.below(12) {
                0..=3 => {
                    sb.write(n, &story(&mut rng, n, version));
                    live.insert(n, version);
                }
                4 => {
                    std::fs::remove_file(sb.corpus().join(name(n))).expect("delete story");
                    live.remove(&n);
                }
                _ => {}
            }
        }
        for _ in 0..20 {
            sb.write(next_file, &story(&mut rng, next_file, version));
            live.insert(next_file, version);
            next_file += 1;
        }
        let full = round % 4 == 0;
        let mut child = sb.spawn_index(if full { &["--full"] } else { &[] });
        // Over (at first) the first half of a full build's length: an update reads a third of the files,
        // so later moments would mostly find it finished.
        let delay = Duration::from_micros(rng.below(bound));
        std::thread::sleep(delay);
        if child.try_wait().expect("poll index").is_none() {
            killed_mid_run += 1;
        } else {
            bound = (bound * 2 / 3).max(1_000);
        }
        let _ = child.kill(); // SIGKILL on Unix
        child.wait().expect("reap index");

        // Whatever moment it died at, the last commit answers.
        let when = format!("round {round} (seed {seed}, killed after {delay:?}, full={full})");
        if sb.index().join("meta.json").exists() {
            let docs = indexed(&sb.index());
            assert!(!docs.is_empty(), "{when}: the index lost its documents");
            assert_no_doubles(&docs, &when);
            let v = sb.search("sanctions");
            assert_eq!(
                v["total"], v["articles"],
                "{when}: every story is distinct text"
            );
        }
    }
    assert!(
        killed_mid_run >= 6,
        "only {killed_mid_run} of 20 kills landed while index was running: the corpus is too small"
    );

    // A rerun converges: exactly the files on disk, once each, at their current version.
    sb.index_ok();
    let docs = indexed(&sb.index());
    assert_no_doubles(&docs, "after the final run");
    let want: Vec<String> = {
        let mut v: Vec<String> = live.keys().map(|&n| name(n)).collect();
        v.sort();
        v
    };
    let got: Vec<String> = docs.keys().cloned().collect();
    assert_eq!(
        got.len(),
        want.len(),
        "one document per file, none lost or doubled"
    );
    assert_eq!(got, want);
    for (&n, &version) in &live {
        let body = &docs[&name(n)][0];
        assert!(
            body.contains(&format!("ver{version} ")),
            "{} holds a stale version, want ver{version}: {body:.60}",
            name(n)
        );
    }
    let again = sb.index_ok();
    assert!(
        again.contains(" 0 added, 0 updated, 0 removed"),
        "a second run has nothing to do: {again}"
    );
}

#[test]
fn search_during_index_answers_from_the_last_commit() {
    let mut rng = XorShift(0x00c0_ffee);
    let sb = Sandbox::new();
    for n in 0..200 {
        sb.write(n, &marked_story(&mut rng, n, 0, "oldmarker"));
    }
    sb.index_ok();
    // A batch large enough that the run lasts a while, even in a release build.
    for n in 200..1400 {
        sb.write(n, &marked_story(&mut rng, n, 0, "newmarker"));
    }
    let mut child = sb.spawn_index(&[]);
    let started = Instant::now();

    // (A second writer being refused is tested in tests/index.rs with a lock the test holds itself:
    // started from here, the second run could take the lock before this one does.)

    let mut searches_during_run = 0;
    loop {
        let running_before = child.try_wait().expect("poll").is_none();
        let old = sb.search("oldmarker");
        let new = sb.search("newmarker");
        let running_after = child.try_wait().expect("poll").is_none();
        assert_eq!(old["articles"], 200, "the committed articles always answer");
        let n = new["articles"].as_u64().expect("articles");
        assert!(
            n == 0 || n == 1200,
            "a commit is all or nothing, saw {n} of 1200 new articles"
        );
        if running_before && running_after {
            searches_during_run += 1;
        }
        if !running_after {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "index run hangs"
        );
    }
    assert!(
        child.wait().expect("reap").success(),
        "the index run succeeds"
    );
    assert!(
        searches_during_run > 0,
        "no search completed while the index was running"
    );
    let new = sb.search("newmarker");
    assert_eq!(new["articles"], 1200);
}
