//! `embargo index`: incremental rebuilds, formats, bad input, locking, through the real binary.

mod common;

use std::io::Write;

use common::*;
use serde_json::Value;

fn summary(out: &std::process::Output) -> String {
    assert!(out.status.success(), "index failed: {}", stderr(out));
    stdout(out)
}

/// Every file in the index, each copy listed (a grouped hit stands for its duplicates too).
fn ids(sb: &Sandbox) -> Vec<String> {
    let mut all: Vec<String> = sb.search(&["*", "--limit", "1000"])["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .flat_map(|h| {
            let mut v = vec![h["path"].as_str().expect("path").to_string()];
            v.extend(
                h["duplicates"]
                    .as_array()
                    .expect("dups")
                    .iter()
                    .map(|d| d.as_str().expect("dup").to_string()),
            );
            v
        })
        .collect();
    all.sort();
    all
}

#[test]
fn incremental_add_change_delete_touch_exactly_those_files() {
    let sb = Sandbox::with_seeds();
    assert_eq!(counts(&summary(&sb.index_run())), [5, 0, 0, 0, 0]);
    assert_eq!(
        counts(&summary(&sb.index_run())),
        [0, 0, 0, 5, 0],
        "nothing changed"
    );

    sb.write(
        "new/extra.txt",
        "Canberra sanctions\n\nAustralia imposed sanctions on the tanker Zeta Star today.\n",
    );
    std::fs::write(
        sb.corpus().join(S004),
        "Seoul blacklisted the freighter Bluebird Nine for carrying coal from North Korea.\n",
    )
    .expect("change 004");
    std::fs::remove_file(sb.corpus().join(S001)).expect("delete 001");
    assert_eq!(counts(&summary(&sb.index_run())), [1, 1, 1, 3, 0]);

    assert_eq!(
        sb.hit_paths(&["zeta star"]),
        vec!["new/extra.txt".to_string()]
    );
    assert_eq!(sb.hit_paths(&["bluebird"]), vec![S004.to_string()]);
    assert!(
        sb.hit_paths(&["sodeistvie"]).is_empty(),
        "old text of 004 is gone"
    );
    assert!(
        sb.hit_paths(&["allegedprocurement OR onpeople OR WION"])
            .is_empty(),
        "001 is gone"
    );
    let all = ids(&sb);
    assert_eq!(all.len(), 5, "one document per file, none doubled: {all:?}");

    // Touching a file without changing it re-reads it but changes nothing.
    let f = std::fs::OpenOptions::new()
        .append(true)
        .open(sb.corpus().join(S000))
        .expect("open");
    f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        .expect("touch");
    assert_eq!(counts(&summary(&sb.index_run())), [0, 0, 0, 5, 0]);
    assert_eq!(ids(&sb).len(), 5);

    // --full rebuilds everything from scratch.
    assert_eq!(
        counts(&summary(&sb.run(&["index", "--full"]))),
        [5, 0, 0, 0, 0]
    );
    assert_eq!(ids(&sb).len(), 5);
}

#[test]
fn index_remembers_its_corpus() {
    let sb = Sandbox::with_seeds();
    let other = sb.dir.path().join("other");
    std::fs::create_dir(&other).expect("mkdir");
    std::fs::write(
        other.join("a.txt"),
        "Title\n\nBrussels extended sanctions on Minsk.\n",
    )
    .expect("write");
    sb.ok(&["index", "--corpus", "other", "--index", "idx2"]);
    std::fs::write(
        other.join("b.txt"),
        "Title\n\nOttawa froze assets of a Caracas bank.\n",
    )
    .expect("write");
    let line = sb.ok(&["index", "--index", "idx2"]);
    assert_eq!(counts(&line), [1, 0, 0, 1, 0], "{line}");
}

#[test]
fn jsonl_and_gzip_and_html_and_markdown_are_read() {
    let sb = Sandbox::empty();
    let lines = concat!(
        r#"{"id": "a1", "title": "EU widens Belarus sanctions", "text": "The European Union imposed sanctions on Belarusian potash exporters.", "date": "2021-06-24", "source": "Wire"}"#,
        "\n",
        "{broken json\n",
        r#"{"title": "Second", "body": "Washington sanctioned the tanker Ocean Pearl.", "published": "2022-01-05T10:00:00Z"}"#,
        "\n",
    );
    sb.write("dump.jsonl", lines);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(lines.as_bytes()).expect("gzip");
    sb.write("dump2.ndjson.gz", gz.finish().expect("gzip"));
    sb.write(
        "page.html",
        "<html><head><title>Tokyo sanctions</title></head><body><article><h1>Tokyo sanctions</h1>\
         <p>Japan froze the assets of eleven organizations supplying drones.</p></article></body></html>",
    );
    sb.write(
        "notes/note.md",
        "# Canada and Iran\n\nOttawa listed the Kestrel airline for sanctions.\n",
    );
    let out = sb.index_run();
    let line = summary(&out);
    assert_eq!(counts(&line), [4, 0, 0, 0, 0], "{line}");
    assert!(line.contains("2 bad JSON lines"), "{line}");
    assert!(
        stderr(&out).contains("dump.jsonl:2:"),
        "bad line named: {}",
        stderr(&out)
    );

    assert_eq!(
        sb.hit_paths(&["potash"]).len(),
        1,
        "same text in dump and dump2: one hit"
    );
    let v = sb.search(&["potash"]);
    assert_eq!(v["hits"][0]["id"], "dump.jsonl#a1");
    assert_eq!(v["hits"][0]["title"], "EU widens Belarus sanctions");
    assert_eq!(v["hits"][0]["date"], "2021-06-24");
    assert_eq!(v["hits"][0]["source"], "Wire");
    assert_eq!(
        v["hits"][0]["duplicates"],
        serde_json::json!(["dump2.ndjson.gz"])
    );
    let pearl = sb.search(&["ocean pearl"]);
    assert_eq!(
        pearl["hits"][0]["id"], "dump.jsonl#3",
        "line number when there is no id"
    );
    assert_eq!(pearl["hits"][0]["date"], "2022-01-05");
    assert_eq!(sb.hit_paths(&["drones"]), vec!["page.html".to_string()]);
    assert_eq!(
        sb.hit_paths(&["kestrel"]),
        vec!["notes/note.md".to_string()]
    );
}

/// A bug in cleaning or extraction loses the one document it hit, with a line saying so; the other
/// records of the same file and the rest of the corpus are indexed. (The fault is a debug build's
/// test marker, so the test runs in debug builds.)
#[cfg(debug_assertions)]
#[test]
fn a_document_that_fails_inside_the_pipeline_is_skipped_alone() {
    let sb = Sandbox::with_seeds();
    sb.write(
        "pair.jsonl",
        "{\"id\": \"ok\", \"title\": \"Oslo fines a ferry firm\", \"text\": \"The ferry firm Nordlys paid a fine in Tromsoe.\"}\n{\"id\": \"bad\", \"title\": \"Broken\", \"text\": \"embargo-test-fault-7d1e in this record.\"}\n",
    );
    let out = sb.run(&["index"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l.contains("pair.jsonl") && l.contains("bad") && l.contains("internal error")),
        "{err}"
    );
    assert_eq!(sb.hit_paths(&["tromsoe"]), vec!["pair.jsonl".to_string()]);
}

#[test]
fn bad_files_are_skipped_with_a_reason_and_the_rest_indexed() {
    let sb = Sandbox::with_seeds();
    sb.write("empty.txt", "");
    sb.write("blank.txt", "\n \n");
    sb.write("binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0IHDR");
    sb.write("bad.txt.gz", b"this is not gzip");
    sb.write("huge.txt", vec![b'a'; 2 << 20]);
    sb.write("latin1.txt", b"Caf\xe9 owners in Minsk face sanctions.\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        sb.corpus().join("nowhere.txt"),
        sb.corpus().join("dangling.txt"),
    )
    .expect("symlink");
    #[cfg(unix)]
    std::os::unix::fs::symlink(sb.corpus(), sb.corpus().join("loop")).expect("symlink loop");
    sb.write("ignored.png", b"\x89PNG");

    let out = sb.run(&["index", "--max-file-mb", "1"]);
    assert_eq!(out.status.code(), Some(0));
    let line = stdout(&out);
    let err = stderr(&out);
    let [added, _, _, _, skipped] = counts(&line);
    assert_eq!(added, 6, "the five seeds and the lossy file: {line}\n{err}");
    let expect_skipped = if cfg!(unix) { 7 } else { 5 };
    assert_eq!(skipped, expect_skipped, "{line}\n{err}");
    for (file, why) in [
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("binary.txt", "binary"),
        ("bad.txt.gz", "gzip"),
        ("huge.txt", "limit"),
        ("latin1.txt", "UTF-8"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(file) && l.contains(why)),
            "{file}: expected a line with {why:?} in:\n{err}"
        );
    }
    if cfg!(unix) {
        assert!(err.contains("dangling.txt"), "{err}");
        assert!(err.contains("loop"), "{err}");
    }
    assert!(!err.contains("ignored.png"));
    assert_eq!(sb.hit_paths(&["minsk"]), vec!["latin1.txt".to_string()]);

    // A full rebuild streams the walk (no listing) after a first pass that samples it: the same files
    // are indexed and skipped, and each problem is reported once, not once per pass.
    let out = sb.run(&["index", "--full", "--max-file-mb", "1"]);
    assert_eq!(out.status.code(), Some(0));
    let (line, err) = (stdout(&out), stderr(&out));
    let [added, _, _, _, skipped] = counts(&line);
    assert_eq!(added, 6, "{line}\n{err}");
    assert_eq!(skipped, expect_skipped, "{line}\n{err}");
    for file in ["empty.txt", "huge.txt", "dangling.txt"] {
        if file != "dangling.txt" || cfg!(unix) {
            let n = err.lines().filter(|l| l.contains(file)).count();
            assert_eq!(n, 1, "{file} reported {n} times:\n{err}");
        }
    }
    assert_eq!(sb.hit_paths(&["minsk"]), vec!["latin1.txt".to_string()]);

    // An update walks the same corpus against the index: the good files are unchanged, the bad ones
    // (never indexed) are tried and skipped again, and nothing is removed.
    let out = sb.run(&["index", "--max-file-mb", "1"]);
    let (line, err) = (stdout(&out), stderr(&out));
    assert_eq!(
        counts(&line),
        [0, 0, 0, 6, expect_skipped],
        "added, updated, removed, unchanged, skipped: {line}\n{err}"
    );
}

#[test]
fn a_second_concurrent_index_fails_at_once() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    let _held = embargo::index::store::lock_for_writing(&sb.index()).expect("take the lock");
    let started = std::time::Instant::now();
    let out = sb.index_run();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("another `embargo index`"),
        "{}",
        stderr(&out)
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "fails at once"
    );
    // Searching is not blocked by a writer.
    assert!(!sb.hit_paths(&["sanctions"]).is_empty());
}

#[test]
fn an_index_of_another_schema_asks_for_a_full_rebuild() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    // Rewrite the stored schema as an older embargo would have left it: one field fewer.
    let meta_path = sb.index().join("meta.json");
    let mut meta: Value =
        serde_json::from_str(&std::fs::read_to_string(&meta_path).expect("meta")).expect("json");
    meta["schema"]
        .as_array_mut()
        .expect("schema")
        .retain(|f| f["name"] != "meta_score");
    std::fs::write(&meta_path, meta.to_string()).expect("write meta");
    let out = sb.run(&["search", "sanctions"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--full"), "{}", stderr(&out));
    let out = sb.index_run();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--full"));
    sb.ok(&["index", "--full"]);
    assert!(!sb.hit_paths(&["sanctions"]).is_empty());
}

/// A made-up word per number, so generated stories differ in words, not only in digits.
fn word(mut n: usize) -> String {
    let mut w = String::new();
    loop {
        w.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
        if n == 0 {
            return w;
        }
    }
}

#[test]
fn killed_index_run_leaves_a_usable_index_and_the_rerun_converges() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    for i in 0..400 {
        sb.write(
            &format!("bulk/{i:04}.txt"),
            format!(
                "Story {i}\n\nThe ministry in Seoul listed the vessel {} for sanctions evasion, {} officials said.\n",
                word(i),
                word(i * 7 + 3)
            ),
        );
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_embargo"))
        .args(["index"])
        .current_dir(sb.dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    std::thread::sleep(std::time::Duration::from_millis(30));
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        !sb.hit_paths(&["sodeistvie"]).is_empty(),
        "the last commit still answers"
    );
    sb.ok(&["index"]);
    let v = sb.search(&["evasion", "--limit", "1000"]);
    assert_eq!(v["articles"], 400, "every story once: {}", v["articles"]);
    assert_eq!(v["total"], 400);
}

#[test]
fn lines_repeated_across_many_files_are_dropped_as_boilerplate() {
    let sb = Sandbox::empty();
    for i in 0..30 {
        sb.write(
            &format!("s{i:02}.txt"),
            format!(
                "Ministry lists the {a} network\n\nThe finance ministry said on Tuesday it had added the {a} network to its \
                 sanctions list, freezing assets held by {b} traders in three countries.\n\nKestrel Weekly Digest \
                 Edition\n\nOfficials said the {b} traders had moved fuel for the {a} network since last spring.\n",
                a = word(i + 100),
                b = word(i * 13 + 7),
            ),
        );
    }
    sb.ok(&["index"]);
    assert!(
        sb.hit_paths(&["kestrel digest"]).is_empty(),
        "the repeated line is not article text"
    );
    assert_eq!(sb.hit_paths(&["traders", "--limit", "100"]).len(), 30);
    // Without the saved counts (deleted here; an older version's file reads the same), an update still
    // knows the line from the rest of the corpus, not only from the one file it reads.
    std::fs::remove_file(sb.index().join("corpus-lines.json")).expect("saved line counts");
    sb.write(
        "s30.txt",
        "Ministry lists the Osprey network\n\nThe finance ministry said on Wednesday it had added the Osprey \
         network to its sanctions list.\n\nKestrel Weekly Digest Edition\n\nOfficials said the network had moved \
         fuel since last spring.\n",
    );
    assert!(sb.ok(&["index"]).contains("1 added"));
    assert!(
        sb.hit_paths(&["kestrel digest"]).is_empty(),
        "the repeated line is not article text in the file added later"
    );
    let explain = sb.ok(&["index", "--full", "--no-corpus-boilerplate"]);
    assert!(explain.contains("31 added"), "{explain}");
    assert_eq!(
        sb.hit_paths(&["kestrel digest", "--limit", "100"]).len(),
        31,
        "kept without corpus evidence"
    );
}
