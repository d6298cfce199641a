//! Sanctions lists (issue 11): loading, linking the seeds, search filters, screening, bad lists.
//! Drives the real binary on the seed articles and an excerpt of the real OFAC SDN list.

mod common;

use std::path::{Path, PathBuf};

use common::{stderr, Sandbox, S001, S004};
use serde_json::Value;

fn excerpt() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lists/ofac-sdn-excerpt.csv")
}

/// The seeds indexed, then the OFAC excerpt added as `ofac` (which relinks them).
fn seeds_with_ofac() -> Sandbox {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    let out = sb.ok(&[
        "lists",
        "add",
        excerpt().to_str().unwrap(),
        "--name",
        "ofac",
    ]);
    assert!(
        out.contains("added list ofac (ofac-sdn): 24 entries"),
        "{out}"
    );
    sb
}

fn links(sb: &Sandbox, id: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(&sb.ok(&["show", id, "--json"])).unwrap();
    v["links"].as_array().expect("links array").clone()
}

fn field<'a>(l: &'a Value, k: &str) -> &'a str {
    l[k].as_str().unwrap_or_default()
}

#[test]
fn seed_004_links_exactly_its_four_listed_targets() {
    let sb = seeds_with_ofac();
    let links = links(&sb, S004);
    let mut matched: Vec<(&str, &str)> = links
        .iter()
        .filter(|l| field(l, "status") == "match")
        .map(|l| (field(l, "mention"), field(l, "entry_id")))
        .collect();
    matched.sort();
    // The four named targets, and Kim Jong-un (on the list too, mentioned in passing).
    assert_eq!(
        matched,
        [
            ("Angara", "37059"),
            ("Intellect", "36217"),
            ("Kim Jong-un", "20157"),
            ("Lady R", "37095"),
            ("Sergei Kozlov", "37621"),
        ]
    );
    let near = [
        "37177", "36400", "37085", "36399", "36401", "37089", "47661", "41029", "41185", "35647",
        "47943", "44245", "48480",
    ];
    for l in &links {
        assert!(
            !near.contains(&field(l, "entry_id")),
            "near entry linked: {l}"
        );
        let m = field(l, "mention");
        assert!(!m.contains("Pamfilov") && !m.contains("Sodeistvie"), "{l}");
        assert!(!field(l, "why").is_empty());
        let body: Value = serde_json::from_str(&sb.ok(&["show", S004, "--json"])).unwrap();
        let body = body["body"].as_str().unwrap();
        let (s, e) = (
            l["start"].as_u64().unwrap() as usize,
            l["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&body[s..e], m, "offsets point at the mention");
    }
    let kozlov = links
        .iter()
        .find(|l| field(l, "entry_id") == "37621")
        .unwrap();
    assert_eq!(field(kozlov, "entry_name"), "KOZLOV, Sergey Mikhaylovich");
    assert_eq!(field(kozlov, "type"), "individual");
    assert_eq!(kozlov["programs"][0], "DPRK2");
    assert!(field(kozlov, "why").contains("name variant"), "{kozlov}");
}

#[test]
fn show_prints_each_link_with_its_why() {
    let sb = seeds_with_ofac();
    let out = sb.ok(&["show", S004]);
    assert!(
        out.contains("\"Lady R\" -> LADY R (ofac:37095, vessel"),
        "{out}"
    );
    assert!(out.contains("why: ship: exact name LADY R"), "{out}");
}

#[test]
fn search_filters_by_lists_programs_and_entries() {
    let sb = seeds_with_ofac();
    let mut listed = sb.hit_paths(&["--listed"]);
    listed.sort();
    assert_eq!(listed, [S001, S004]);
    assert_eq!(
        sb.hit_paths(&["--list", "ofac", "--program", "DPRK2"]),
        [S004]
    );
    assert_eq!(sb.hit_paths(&["--entry", "37095"]), [S004]);
    assert_eq!(sb.hit_paths(&["--entry", "ofac:36853"]), [S001]);
    assert!(sb.hit_paths(&["--list", "other"]).is_empty());
    assert!(sb.hit_paths(&["--program", "IRAN"]).is_empty());
    // Another spelling of a linked name finds the article, by filter and by word.
    assert_eq!(sb.hit_paths(&["--target", "Sergey Kozlov"]), [S004]);
    assert_eq!(sb.hit_paths(&["Intellekt"]), [S004]);
    // A surname alone is no list entry: only the facet stage's own targets answer it.
    assert!(sb.hit_paths(&["--target", "Kozlova"]).is_empty());
    let hit = &sb.search(&["--entry", "37621"])["hits"][0];
    assert!(hit["links"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["entry_id"] == "37621"));
}

#[test]
fn facets_count_lists_programs_and_listed_entries() {
    let sb = seeds_with_ofac();
    let v: Value = serde_json::from_str(&sb.ok(&["facets", "--json"])).unwrap();
    let f = &v["facets"];
    assert_eq!(f["lists"][0]["value"], "ofac");
    assert_eq!(f["lists"][0]["count"], 2);
    assert!(f["programs"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["value"] == "DPRK2"));
    let listed = f["listed"].as_array().unwrap();
    let kim = listed.iter().find(|e| e["value"] == "ofac:20157").unwrap();
    assert_eq!(
        (kim["name"].as_str(), kim["count"].as_u64()),
        (Some("KIM, Jong Un"), Some(2))
    );
}

#[test]
fn lists_survive_rebuilds_and_removal_unlinks() {
    let sb = seeds_with_ofac();
    let v: Value = serde_json::from_str(&sb.ok(&["lists", "--json"])).unwrap();
    assert_eq!(v[0]["name"], "ofac");
    assert_eq!(v[0]["format"], "ofac-sdn");
    assert_eq!(v[0]["entries"], 24);
    assert!(v[0]["names"].as_u64().unwrap() >= 24);
    assert!(v[0]["added"].as_str().unwrap().ends_with('Z'));
    sb.ok(&["index", "--full"]);
    assert_eq!(
        sb.hit_paths(&["--entry", "37621"]),
        [S004],
        "linked again by the rebuild"
    );
    sb.write(
        "extra.txt",
        "The tanker Lady R was seen off the coast of Syria today.",
    );
    sb.ok(&["index"]);
    assert_eq!(sb.hit_paths(&["--entry", "37095", "tanker"]), ["extra.txt"]);
    let out = sb.ok(&["lists", "remove", "ofac"]);
    assert!(out.contains("removed list ofac"), "{out}");
    assert!(sb.hit_paths(&["--listed"]).is_empty());
    assert!(links(&sb, S004).is_empty());
}

#[test]
fn screen_a_list_and_only_new_articles() {
    let sb = seeds_with_ofac();
    let out = sb.ok(&["screen", "--list", "ofac", "--json"]);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let lady = lines
        .iter()
        .find(|l| l["entry_id"] == "37095")
        .expect("LADY R screened");
    assert_eq!(lady["name"], "LADY R");
    let hit = &lady["hits"][0];
    assert_eq!(
        (hit["id"].as_str(), hit["status"].as_str()),
        (Some(S004), Some("match"))
    );
    assert_eq!(hit["mention"], "Lady R");
    assert!(hit["snippet"]
        .as_str()
        .unwrap()
        .contains("Lady R and Angara"));
    assert!(hit["score"].as_f64().unwrap() >= 0.85);
    assert!(lines
        .iter()
        .all(|l| !l["hits"].as_array().unwrap().is_empty()));

    // --new: everything the first time, nothing the second, then only the added article.
    assert!(!sb
        .ok(&["screen", "--list", "ofac", "--new", "--json"])
        .is_empty());
    assert_eq!(sb.ok(&["screen", "--list", "ofac", "--new", "--json"]), "");
    sb.write(
        "later.txt",
        "Border guards stopped the ship Angara near the port of Rajin.",
    );
    sb.ok(&["index"]);
    let out = sb.ok(&["screen", "--list", "ofac", "--new", "--json"]);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{out}");
    assert_eq!(lines[0]["entry_id"], "37059");
    assert_eq!(lines[0]["hits"][0]["path"], "later.txt");
}

#[test]
fn screen_a_names_file_as_csv_and_by_date() {
    let sb = seeds_with_ofac();
    let names = sb.dir.path().join("watch.txt");
    std::fs::write(
        &names,
        "# our watch list\nGrigory Rapota\nNobody Anywhere\n",
    )
    .unwrap();
    let out = sb.ok(&["screen", names.to_str().unwrap(), "--csv"]);
    let rows: Vec<&str> = out.lines().collect();
    assert!(rows[0].starts_with("name,entry_id,id,path,date,title,mention,status,score,snippet"));
    assert_eq!(rows.len(), 2, "{out}");
    assert!(rows[1].starts_with("Grigory Rapota,L2,001_"), "{out}");
    // Seed 001 states no date: a --since filter drops it.
    let out = sb.ok(&[
        "screen",
        names.to_str().unwrap(),
        "--since",
        "2024-01-01",
        "--json",
    ]);
    assert_eq!(out, "");
}

#[test]
fn bad_lists_are_refused_with_reasons() {
    let sb = Sandbox::with_seeds();
    sb.ok(&["index"]);
    let dir = sb.dir.path();
    // An existing name without --replace is a usage error; with it, the list is replaced.
    sb.ok(&[
        "lists",
        "add",
        excerpt().to_str().unwrap(),
        "--name",
        "ofac",
    ]);
    let again = sb.run(&[
        "lists",
        "add",
        excerpt().to_str().unwrap(),
        "--name",
        "ofac",
    ]);
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
    assert!(stderr(&again).contains("--replace"));
    sb.ok(&[
        "lists",
        "add",
        excerpt().to_str().unwrap(),
        "--name",
        "ofac",
        "--replace",
    ]);
    // Empty and unreadable files: exit 1, nothing added.
    let empty = dir.join("empty.csv");
    std::fs::write(&empty, "\n# nothing here\n").unwrap();
    let out = sb.run(&["lists", "add", empty.to_str().unwrap(), "--name", "empty"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no list entries"), "{}", stderr(&out));
    let out = sb.run(&["lists", "add", "missing.csv", "--name", "missing"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing.csv"));
    // Bad rows are skipped with their line numbers; the good ones load.
    let mixed = dir.join("mixed.csv");
    std::fs::write(
        &mixed,
        "name,type\nLady R,vessel\n,company\nSergey Kozlov,person\n",
    )
    .unwrap();
    let out = sb.run(&["lists", "add", mixed.to_str().unwrap(), "--name", "mine"]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("line 3: no name"), "{}", stderr(&out));
    // A bad list name, and removing a list that is not there: usage errors.
    let out = sb.run(&["lists", "add", mixed.to_str().unwrap(), "--name", "a/b"]);
    assert_eq!(out.status.code(), Some(2));
    let out = sb.run(&["lists", "remove", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_str(&sb.ok(&["lists", "--json"])).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["mine", "ofac"]);
    // screen needs an input.
    assert_eq!(sb.run(&["screen"]).status.code(), Some(2));
    assert_eq!(sb.run(&["screen", "--list", "nope"]).status.code(), Some(2));
}

#[test]
fn a_listed_party_named_as_the_target_of_an_action_is_a_named_target() {
    let sb = Sandbox::empty();
    sb.write(
        "designation.txt",
        "Washington blacklists a trading house\n\n\
         The U.S. Treasury on Tuesday imposed sanctions on three shipping firms over drone parts \
         sent to Russia.\n\n\
         Officials said Orlen Vastrakov has also been added to the blacklist.\n\n\
         Tomas Brell Quint said the sanctions would not stop the trade.\n",
    );
    sb.ok(&["index"]);
    let list = sb.dir.path().join("watch.csv");
    std::fs::write(
        &list,
        "name,type,countries\n\
         \"VASTRAKOV, Orlen Petrovich\",individual,RU\n\
         \"BRELL QUINT, Tomas\",individual,RU\n",
    )
    .unwrap();
    sb.ok(&["lists", "add", list.to_str().unwrap(), "--name", "watch"]);
    let links = links(&sb, "designation.txt");
    let target = |mention: &str| {
        links
            .iter()
            .find(|l| field(l, "mention") == mention)
            .map(|l| l["target"].as_bool().unwrap_or(false))
    };
    // The subject of `has been added to the blacklist` is a target; the one who speaks of the
    // sanctions is not.
    assert_eq!(target("Orlen Vastrakov"), Some(true), "{links:?}");
    assert_eq!(target("Tomas Brell Quint"), Some(false), "{links:?}");
    assert_eq!(
        sb.hit_paths(&["--target", "Orlen Vastrakov"]),
        ["designation.txt"]
    );
    let facets: Value = serde_json::from_str(&sb.ok(&["facets", "--json"])).unwrap();
    let names: Vec<&str> = facets["facets"]["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["value"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Orlen Vastrakov"), "{names:?}");
    assert!(!names.contains(&"Tomas Brell Quint"), "{names:?}");
}
