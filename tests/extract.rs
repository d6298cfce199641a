//! `embargo extract`: the pipeline on files, without an index.

mod common;

use common::*;
use serde_json::Value;

fn extract(sb: &Sandbox, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["extract", "--json"];
    all.extend_from_slice(args);
    sb.ok(&all)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

#[test]
fn json_lines_have_every_documented_key() {
    let sb = Sandbox::with_seeds();
    let path = sb.corpus().join(S004);
    let out = extract(&sb, &[path.to_str().expect("path")]);
    assert_eq!(out.len(), 1);
    let a = &out[0];
    for key in [
        "path",
        "id",
        "title",
        "date",
        "source",
        "authors",
        "body",
        "countries",
        "sanctioners",
        "target_countries",
        "target_types",
        "targets",
    ] {
        assert!(a.get(key).is_some(), "extract json has {key}: {a}");
    }
    assert_eq!(a["path"], path.to_str().expect("path"));
    assert!(a["title"].is_null(), "004 states no title");
    assert!(a["date"].is_null(), "004 states no date");
    assert!(a.get("removed").is_none(), "removed only with --explain");
}

#[test]
fn explain_lists_dropped_lines_with_rules() {
    let sb = Sandbox::with_seeds();
    let path = sb.corpus().join(S003);
    let out = extract(&sb, &["--explain", path.to_str().expect("path")]);
    let removed = out[0]["removed"].as_array().expect("removed list");
    assert!(removed
        .iter()
        .any(|r| r["line"] == "Skip to content" && r["rule"].is_string()));
    assert!(removed.iter().any(|r| r["line"] == "News Feed"));
    let body = out[0]["body"].as_str().expect("body");
    assert!(!body.contains("Subscribe"));
    assert!(body.contains("South Korea has imposed new sanctions"));

    let human = sb.ok(&["extract", "--explain", path.to_str().expect("path")]);
    assert!(human.contains("removed:"));
}

#[test]
fn unreadable_files_are_reported_and_the_rest_still_print() {
    let sb = Sandbox::with_seeds();
    let good = sb.corpus().join(S000);
    let missing = sb.corpus().join("missing.txt");
    let out = sb.run(&[
        "extract",
        "--json",
        missing.to_str().expect("path"),
        good.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("missing.txt"));
    assert_eq!(stdout(&out).lines().count(), 1);
}

/// A bug in the pipeline on one record is reported with that record's id; the other records print.
/// (The fault is a debug build's test marker.)
#[cfg(debug_assertions)]
#[test]
fn a_record_that_fails_inside_the_pipeline_is_reported_and_the_rest_print() {
    let sb = Sandbox::empty();
    sb.write(
        "pair.jsonl",
        "{\"id\": \"ok\", \"text\": \"The ferry firm Nordlys paid a fine in Tromsoe.\"}\n{\"id\": \"bad\", \"text\": \"embargo-test-fault-7d1e in this record.\"}\n",
    );
    let file = sb.corpus().join("pair.jsonl");
    let out = sb.run(&["extract", "--json", file.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("#bad skipped"), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 1);
}

#[test]
fn jsonl_input_yields_one_object_per_line() {
    let sb = Sandbox::empty();
    let p = sb.write(
        "d.jsonl",
        "{\"id\": \"x\", \"title\": \"T\", \"text\": \"Seoul sanctioned two ships.\"}\n{\"text\": \"Tokyo froze assets.\"}\n",
    );
    let out = extract(&sb, &[p.to_str().expect("path")]);
    assert_eq!(out.len(), 2);
    assert!(out[0]["id"].as_str().expect("id").ends_with("d.jsonl#x"));
    assert!(out[1]["id"].as_str().expect("id").ends_with("d.jsonl#2"));
}
