//! `embargo search`, `facets` and `show` on the seeds corpus, through the real binary.

mod common;

use common::*;
use serde_json::Value;

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn first_search_builds_the_default_index_and_ranks_with_highlights() {
    let sb = Sandbox::with_seeds();
    let out = sb.run(&["search", "north korea vessels"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("building"),
        "says it builds the index: {}",
        stderr(&out)
    );
    assert!(sb.index().join("meta.json").exists());
    let text = stdout(&out);
    assert!(text.contains(" 1. "), "numbered hits: {text}");
    assert!(text.contains("*vessels*"), "highlighted match: {text}");

    let v = sb.search(&["north korea vessels"]);
    let hits = v["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    let scores: Vec<f64> = hits
        .iter()
        .map(|h| h["score"].as_f64().expect("score"))
        .collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "ranked by score: {scores:?}"
    );
    for h in hits {
        let snip = &h["snippet"];
        let text = snip["text"].as_str().expect("snippet text");
        let ranges = snip["highlights"].as_array().expect("highlights");
        assert!(!ranges.is_empty(), "each hit highlights a match: {h}");
        for r in ranges {
            let (s, e) = (
                r[0].as_u64().expect("start") as usize,
                r[1].as_u64().expect("end") as usize,
            );
            let word = text[s..e].to_lowercase();
            assert!(
                ["north", "korea", "vessels", "vessel"].contains(&word.as_str()),
                "highlighted {word:?}"
            );
        }
    }
}

#[test]
fn country_filters_take_codes_names_and_aliases() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    let by_code = sorted(sb.hit_paths(&["--country", "KP"]));
    assert_eq!(
        by_code.len(),
        4,
        "five seeds mention North Korea, two are one text: {by_code:?}"
    );
    assert_eq!(sorted(sb.hit_paths(&["--country", "north korea"])), by_code);
    assert_eq!(sorted(sb.hit_paths(&["--country", "DPRK"])), by_code);
    // Syria is named only in the wire story.
    assert_eq!(
        sb.hit_paths(&["--country", "Syria"]),
        vec![S000.to_string()]
    );
    // China only in 004's body (003's teaser mentions it, but teasers are not the article).
    assert_eq!(sb.hit_paths(&["--country", "CN"]), vec![S004.to_string()]);
}

#[test]
fn role_and_type_filters() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    assert_eq!(
        sorted(sb.hit_paths(&["--sanctioner", "JP"])),
        vec![S000.to_string(), S001.to_string()]
    );
    assert_eq!(
        sb.hit_paths(&["--sanctioner", "US"]).len(),
        1,
        "002/003: joint US-ROK sanctions"
    );
    assert_eq!(sb.hit_paths(&["--target-type", "vessel"]).len(), 4);
    assert_eq!(
        sb.hit_paths(&["--target", "lady r"]),
        vec![S004.to_string()]
    );
    assert_eq!(
        sb.hit_paths(&["--target-country", "RU", "--sanctioner", "KR", "ships"])
            .len(),
        3
    );
}

#[test]
fn date_filters() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    // 001 gives its date without a year ("Friday (May 24)"), so only the wire story surely qualifies.
    let since = sb.hit_paths(&["--since", "2024-05-01"]);
    assert!(since.contains(&S000.to_string()), "{since:?}");
    assert!(
        !since.iter().any(|p| p == S002 || p == S003 || p == S004),
        "{since:?}"
    );
    let april = sb.hit_paths(&["--since", "2024-04", "--until", "2024-04"]);
    assert_eq!(april.len(), 1, "002/003 dated April 2, one hit: {april:?}");
    assert!(sb.hit_paths(&["--until", "2023"]).is_empty());
}

#[test]
fn copies_of_one_text_are_one_hit_listing_the_other() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    let v = sb.search(&["jointly coordinated sanctions"]);
    let hits = v["hits"].as_array().expect("hits");
    let grouped: Vec<&Value> = hits
        .iter()
        .filter(|h| h["path"] == S003 || h["path"] == S002)
        .collect();
    assert_eq!(grouped.len(), 1, "002 and 003 show as one hit: {v}");
    let h = grouped[0];
    assert_eq!(
        h["path"], S003,
        "the copy with the most metadata (title, authors) is shown"
    );
    assert_eq!(h["duplicates"], serde_json::json!([S002]));
    // Different outlets' reports of one event stay separate.
    let both = sb.hit_paths(&["Japan sanctions"]);
    assert!(
        both.contains(&S000.to_string()) && both.contains(&S001.to_string()),
        "{both:?}"
    );
}

#[test]
fn facet_counts_for_everything_and_for_a_query() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    let out = sb.ok(&["facets", "--json"]);
    let v: Value = serde_json::from_str(&out).expect("facets json");
    assert_eq!(v["total"], 5);
    let count = |facet: &str, value: &str| -> u64 {
        v["facets"][facet]
            .as_array()
            .expect("facet list")
            .iter()
            .find(|c| c["value"] == value)
            .map_or(0, |c| c["count"].as_u64().expect("count"))
    };
    assert_eq!(count("countries", "KP"), 5);
    assert_eq!(count("sanctioners", "JP"), 2);
    assert_eq!(count("target_types", "vessel"), 5);
    assert_eq!(count("targets", "Lady R"), 1);
    let kp = v["facets"]["countries"]
        .as_array()
        .expect("countries")
        .iter()
        .find(|c| c["value"] == "KP")
        .expect("KP counted")
        .clone();
    assert_eq!(kp["name"], "North Korea");

    let human = sb.ok(&["search", "japan", "--facets"]);
    assert!(
        human.contains("North Korea (KP)"),
        "facet names in human output: {human}"
    );
    let q = sb.search(&["japan", "--facets"]);
    let jp = q["facets"]["sanctioners"].as_array().expect("sanctioners");
    assert!(
        jp.iter().any(|c| c["value"] == "JP" && c["count"] == 2),
        "{q}"
    );
}

#[test]
fn json_shapes_are_stable() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    let v = sb.search(&["sanctions", "--limit", "2"]);
    for key in ["query", "total", "articles", "offset", "limit", "hits"] {
        assert!(v.get(key).is_some(), "search json has {key}: {v}");
    }
    assert_eq!(v["hits"].as_array().expect("hits").len(), 2);
    let hit = &v["hits"][0];
    for key in [
        "rank",
        "score",
        "id",
        "path",
        "title",
        "date",
        "source",
        "url",
        "authors",
        "countries",
        "sanctioners",
        "target_countries",
        "target_types",
        "targets",
        "snippet",
        "duplicates",
    ] {
        assert!(hit.get(key).is_some(), "hit has {key}: {hit}");
    }
    assert!(hit.get("body").is_none(), "hits leave the body to `show`");

    let shown: Value = serde_json::from_str(&sb.ok(&["show", S004, "--json"])).expect("show json");
    assert_eq!(shown["id"], S004);
    assert!(shown["body"].as_str().expect("body").contains("Lady R"));
    let targets = shown["targets"].as_array().expect("targets");
    assert!(
        targets
            .iter()
            .any(|t| t["name"] == "Lady R" && t["type"] == "vessel"),
        "{shown}"
    );
    let text = sb.ok(&["show", S004]);
    assert!(text.contains("Sodeistvie"));
}

#[test]
fn paging_with_offset() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    let all = sb.hit_paths(&["sanctions", "--match", "any"]);
    let page2 = sb.hit_paths(&[
        "sanctions",
        "--match",
        "any",
        "--offset",
        "1",
        "--limit",
        "2",
    ]);
    assert_eq!(page2, all[1..3].to_vec());
}

#[test]
fn match_all_requires_every_term_and_any_does_not() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    assert!(sb.hit_paths(&["sodeistvie wagner"]).is_empty());
    let any = sb.hit_paths(&["sodeistvie wagner", "--match", "any"]);
    assert_eq!(sorted(any), vec![S000.to_string(), S004.to_string()]);
}

#[test]
fn stemming_and_accent_folding() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    // "sanctioned" and "sanctions" share a stem; "Pyongyáng" folds to "pyongyang".
    assert!(!sb.hit_paths(&["sanctioned"]).is_empty());
    assert_eq!(
        sb.hit_paths(&["Pyongyáng"]).len(),
        sb.hit_paths(&["pyongyang"]).len()
    );
}

#[test]
fn bad_queries_exit_2_and_lenient_ones_warn() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    let out = sb.run(&["search", "\"russian vessels"]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("warning"), "{}", stderr(&out));
    assert!(stdout(&out).contains("vessels"));

    for bad in ["", "   ", "()", "-"] {
        let out = sb.run(&["search", bad]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "query {bad:?}: {}",
            stderr(&out)
        );
        assert!(!stderr(&out).contains("panicked"));
    }
    let out = sb.run(&["search", "x", "--country", "Atlantis"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("Atlantis"));
    let out = sb.run(&["search", "x", "--since", "last week"]);
    assert_eq!(out.status.code(), Some(2));
    let out = sb.run(&["search", "x", "--target-type", "submarine"]);
    assert_eq!(out.status.code(), Some(2));
    let out = sb.run(&["search", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn batch_queries_print_one_line_each_and_survive_bad_lines() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    let qfile = sb.dir.path().join("q.tsv");
    std::fs::write(&qfile, "q1\tlady r\n()\nsanctions japan\n").expect("write queries");
    let out = sb.ok(&[
        "search",
        "--json",
        "--queries",
        qfile.to_str().expect("path"),
    ]);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["query_id"], "q1");
    assert_eq!(lines[0]["hits"][0]["path"], S004);
    assert!(lines[0]["hits"][0]["score"].is_number());
    assert_eq!(lines[1]["query_id"], "2");
    assert!(lines[1]["error"].is_string(), "{}", lines[1]);
    assert_eq!(lines[2]["query_id"], "3");
    assert!(lines[2]["total"].as_u64().expect("total") >= 2);
}

#[test]
fn missing_non_default_index_is_an_error_naming_it() {
    let sb = Sandbox::with_seeds();
    let out = sb.run(&["search", "x", "--index", "elsewhere"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("elsewhere"));
}
