//! The CLI habits users expect: completions, a man page, `index --json`, wrapped snippets that start at
//! a sentence, cut titles, and empty results that say which filter emptied them.

mod common;

use common::*;
use serde_json::Value;

#[test]
fn completions_for_every_shell_name_the_commands_and_flags() {
    let sb = Sandbox::empty();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = sb.ok(&["completions", shell]);
        for word in ["search", "facets", "sanctioner", "target-type"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
    }
    let bad = sb.run(&["completions", "tcsh"]);
    assert_eq!(bad.status.code(), Some(2), "unknown shell is a usage error");
}

#[test]
fn man_pages_for_the_program_and_each_command() {
    let sb = Sandbox::empty();
    let page = sb.ok(&["man"]);
    assert!(
        page.starts_with(".ie") || page.contains(".TH embargo"),
        "roff: {page:.200}"
    );
    assert!(page.contains("completions") && page.contains("search"));
    let search = sb.ok(&["man", "search"]);
    assert!(search.contains(".TH embargo-search"), "{search:.300}");
    assert!(search.contains("sanctioner"));
    let bad = sb.run(&["man", "nosuch"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("no command \"nosuch\""),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn index_json_lists_counts_skips_with_reasons_and_seconds() {
    let sb = Sandbox::with_seeds();
    sb.write("scan.txt", b"\x00\x01binary\x00");
    sb.write("blank.md", b"");
    let out = sb.ok(&["index", "--json"]);
    assert_eq!(out.lines().count(), 1, "one JSON object: {out}");
    let v: Value = serde_json::from_str(&out).expect("index --json prints JSON");
    assert_eq!(v["added"], 5);
    assert_eq!(v["updated"], 0);
    assert_eq!(v["removed"], 0);
    assert_eq!(v["unchanged"], 0);
    assert_eq!(v["articles"], 5);
    assert!(v["seconds"].as_f64().expect("seconds") > 0.0);
    let skipped = v["skipped"].as_array().expect("skipped list");
    let paths: Vec<&str> = skipped
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["blank.md", "scan.txt"]);
    assert!(skipped[0]["reason"].as_str().unwrap().contains("empty"));
    assert!(skipped[1]["reason"].as_str().unwrap().contains("binary"));

    std::fs::remove_file(sb.corpus().join(S001)).unwrap();
    let v: Value = serde_json::from_str(&sb.ok(&["index", "--json"])).unwrap();
    assert_eq!(v["removed"], 1);
    assert_eq!(v["articles"], 4);
}

#[test]
fn zero_hits_name_the_filter_that_emptied_them() {
    let sb = Sandbox::with_seeds();
    let all = sb.search(&["sanctions", "--match", "any"])["articles"]
        .as_u64()
        .unwrap();
    assert!(all > 0);
    // No seed story reports Australia imposing sanctions.
    let text = sb.ok(&[
        "search",
        "sanctions",
        "--match",
        "any",
        "--sanctioner",
        "AU",
    ]);
    assert_eq!(
        text.trim(),
        format!("0 hits: {all} match the query, none with --sanctioner AU")
    );
    let v = sb.search(&["sanctions", "--match", "any", "--sanctioner", "AU"]);
    assert_eq!(v["total"], 0);
    assert_eq!(v["no_hits"]["query_matches"], all);
    assert_eq!(v["no_hits"]["emptied_by"], "--sanctioner AU");
    // A filter that keeps some, then one that empties: both steps are counted.
    let v = sb.search(&[
        "sanctions",
        "--match",
        "any",
        "--country",
        "KP",
        "--since",
        "2031",
    ]);
    let steps = v["no_hits"]["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 2, "{v}");
    assert_eq!(steps[0]["filter"], "--country KP");
    assert!(steps[0]["matches"].as_u64().unwrap() > 0);
    assert_eq!(steps[1]["filter"], "--since 2031-01-01");
    assert_eq!(steps[1]["matches"], 0);
    // With hits there is no explanation.
    assert!(sb.search(&["sanctions"]).get("no_hits").is_none());
    // Words that match nothing blame no filter.
    let text = sb.ok(&["search", "zyzzyva", "--country", "KP"]);
    assert_eq!(text.trim(), "0 hits: nothing matches the query");

    let facets = sb.ok(&["facets", "sanctions", "--sanctioner", "AU"]);
    assert!(
        facets.contains("none with --sanctioner AU"),
        "facets explains too: {facets}"
    );
    let fj: Value =
        serde_json::from_str(&sb.ok(&["facets", "--json", "--sanctioner", "AU"])).unwrap();
    assert_eq!(fj["no_hits"]["emptied_by"], "--sanctioner AU");
}

#[test]
fn snippets_start_at_a_sentence_and_wrap_under_the_title() {
    let sb = Sandbox::empty();
    let long_title = "Harbour authorities in three countries detain a fleet of ageing tankers accused of moving sanctioned crude under false flags";
    let body = "The inspectors boarded the ships at dawn and checked their papers against the registers kept by the port. \
                They counted the crew and the cargo. The owners filed their appeals within the week. \
                Prosecutors said the tankers had switched off their transponders near the strait before loading crude from another vessel at night.";
    let record =
        serde_json::json!({"id": "fleet", "title": long_title, "date": "2026-03-02", "text": body});
    sb.write("fleet.jsonl", format!("{record}\n"));
    sb.write(
        "other.txt",
        "Grain prices\n\nFarmers sold their grain at the market in the spring and bought new seed for the next season.\n",
    );
    let v = sb.search(&["transponders"]);
    assert_eq!(
        v["hits"][0]["title"], long_title,
        "JSON keeps the whole title"
    );
    let snippet = v["hits"][0]["snippet"]["text"].as_str().unwrap();
    assert!(
        snippet.starts_with("Prosecutors said"),
        "snippet starts at its sentence: {snippet:?}"
    );

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_embargo"))
        .args(["search", "transponders"])
        .current_dir(sb.dir.path())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "50")
        .output()
        .unwrap();
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    // The title is cut at a word, to the width, with an ellipsis.
    assert!(lines[0].starts_with(" 1. Harbour authorities"), "{text}");
    assert!(lines[0].ends_with('…'), "{text}");
    assert!(lines[0].chars().count() <= 50, "{text}");
    let kept = lines[0][4..].trim_end_matches('…');
    assert!(
        long_title.starts_with(kept) && long_title[kept.len()..].starts_with(' '),
        "cut at a word: {kept:?}"
    );
    let snippet_lines: Vec<&&str> = lines
        .iter()
        .skip(2)
        .take_while(|l| !l.trim_start().starts_with("countries:") && !l.is_empty())
        .collect();
    assert!(snippet_lines.len() > 1, "wrapped: {text}");
    for l in &snippet_lines {
        assert!(
            l.starts_with("    ") && !l.starts_with("     "),
            "hanging indent: {l:?}"
        );
        assert!(l.chars().count() <= 50, "within the width: {l:?}");
    }
    assert!(snippet_lines[0]
        .trim_start()
        .starts_with("Prosecutors said"));

    // In a pipe without COLUMNS a snippet stays on one line.
    let flat = sb.ok(&["search", "transponders"]);
    let snippet_line = flat.lines().nth(2).unwrap();
    assert!(snippet_line.contains("Prosecutors") && snippet_line.contains("*transponders*"));
}
