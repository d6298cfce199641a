//! `embargo serve`: the API and the page's server side, against the real binary on a free port.

mod common;
mod server;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{S002, S003, S004};
use serde_json::Value;
use server::{enc, sandbox, Server};

fn ids(v: &Value) -> Vec<String> {
    v["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| h["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn search_answers_the_cli_shape_with_the_cli_hits() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    let api = srv.json("/api/search?q=sanctions+vessels");
    let cli = sb.search(&["sanctions vessels"]);
    assert_eq!(ids(&api), ids(&cli));
    assert!(!ids(&api).is_empty());
    for key in ["query", "total", "articles", "offset", "limit"] {
        assert_eq!(api[key], cli[key], "{key}");
    }
    let hit = &api["hits"][0];
    for key in [
        "rank",
        "score",
        "path",
        "title",
        "date",
        "source",
        "countries",
        "sanctioners",
        "target_types",
        "targets",
        "snippet",
        "duplicates",
    ] {
        assert!(hit.get(key).is_some(), "hit lacks {key}: {hit}");
    }
    let snippet = &hit["snippet"];
    let text = snippet["text"].as_str().unwrap();
    let [a, b] = [0, 1].map(|i| snippet["highlights"][0][i].as_u64().unwrap() as usize);
    assert!(
        text[a..b].to_lowercase().starts_with("sanction")
            || text[a..b].to_lowercase().starts_with("vessel")
    );
    assert_eq!(api["warnings"], serde_json::json!([]));
    assert!(api.get("facets").is_none() && api.get("timeline").is_none());
}

#[test]
fn filters_narrow_like_the_cli_flags() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    let all = srv.json("/api/search?q=sanctions&limit=50");
    let iran = srv.json("/api/search?q=sanctions&country=Iran&limit=50");
    assert_eq!(ids(&iran), vec!["extra/eu-iran-drones.txt"]);
    assert!(all["total"].as_u64() > iran["total"].as_u64());
    let cli = sb.search(&["sanctions", "--sanctioner", "EU", "--limit", "50"]);
    assert_eq!(
        ids(&srv.json("/api/search?q=sanctions&sanctioner=EU&limit=50")),
        ids(&cli)
    );
    // Repeated filters all apply; the underscore spelling of a flag works too.
    let both = srv.json("/api/search?country=KP&country=RU&target_type=vessel&limit=50");
    let cli = sb.search(&[
        "--country",
        "KP",
        "--country",
        "RU",
        "--target-type",
        "vessel",
        "--limit",
        "50",
    ]);
    assert_eq!(ids(&both), ids(&cli));
    // Dates: a month counts whole.
    let march = srv.json("/api/search?since=2022-03&until=2022-03");
    assert_eq!(ids(&march), vec!["extra/us-venezuela-oil.txt"]);
    let src = srv.json("/api/search?source=hostile+wire");
    assert_eq!(ids(&src), vec!["extra/hostile.jsonl#h1"]);
}

#[test]
fn facets_and_timeline_count_the_matching_set() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    let api = srv.json("/api/facets?q=sanctions&top=5");
    let cli: Value =
        serde_json::from_str(&sb.ok(&["facets", "sanctions", "--top", "5", "--json"])).unwrap();
    assert_eq!(api["facets"], cli["facets"]);
    assert_eq!(api["total"], cli["total"]);
    let kp = api["facets"]["countries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["value"] == "KP")
        .expect("KP counted");
    assert_eq!(kp["name"], "North Korea");

    let s = srv.json("/api/search?q=sanctions&facets=true&timeline=true");
    assert_eq!(s["facets"], srv.json("/api/facets?q=sanctions")["facets"]);
    let months: Vec<(String, u64)> = s["timeline"]["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["month"].as_str().unwrap().to_string(),
                m["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(months.contains(&("2023-11".to_string(), 1)), "{months:?}");
    assert!(months.contains(&("2022-03".to_string(), 1)), "{months:?}");
    assert!(
        months.windows(2).all(|w| w[0].0 < w[1].0),
        "oldest first: {months:?}"
    );
    let dated: u64 = months.iter().map(|m| m.1).sum();
    assert_eq!(
        dated + s["timeline"]["undated"].as_u64().unwrap(),
        s["articles"].as_u64().unwrap()
    );
    // The timeline spans all dates even when a range is chosen, so the page can widen it again.
    let narrowed = srv.json("/api/search?q=sanctions&since=2023&timeline=true");
    assert_eq!(narrowed["timeline"], s["timeline"]);
    assert!(narrowed["total"].as_u64() < s["total"].as_u64());
}

#[test]
fn paging_walks_through_every_hit_once() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    let whole = ids(&srv.json("/api/search?q=*&limit=100"));
    assert!(whole.len() >= 6, "{whole:?}");
    let mut paged = Vec::new();
    for offset in (0..whole.len()).step_by(2) {
        let page = srv.json(&format!("/api/search?q=*&limit=2&offset={offset}"));
        assert_eq!(page["offset"], offset);
        assert_eq!(page["hits"][0]["rank"], offset + 1);
        paged.extend(ids(&page));
    }
    assert_eq!(paged, whole);
    let past = srv.json(&format!("/api/search?q=*&offset={}", whole.len()));
    assert_eq!(past["hits"], serde_json::json!([]));
}

#[test]
fn the_article_view_has_the_body_its_copies_and_the_query_words() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    let a = srv.json(&format!("/api/articles/{S004}?q=vessels+Angara"));
    let cli: Value = serde_json::from_str(&sb.ok(&["show", S004, "--json"])).unwrap();
    for key in [
        "id",
        "path",
        "title",
        "date",
        "body",
        "countries",
        "sanctioners",
        "targets",
    ] {
        assert_eq!(a[key], cli[key], "{key}");
    }
    let body = a["body"].as_str().unwrap();
    let marked: Vec<&str> = a["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &body[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize])
        .collect();
    assert!(marked.contains(&"Angara"), "{marked:?}");
    assert!(
        marked
            .iter()
            .all(|w| w.eq_ignore_ascii_case("angara") || w.to_lowercase().starts_with("vessel")),
        "{marked:?}"
    );
    // 002 and 003 are the same text: each lists the other.
    let copy = srv.json(&format!("/api/articles/{S002}"));
    assert_eq!(copy["duplicates"], serde_json::json!([S003]));
    assert_eq!(copy["highlights"], serde_json::json!([]));
    // An id with a `#` and a folder, percent-encoded.
    let h = srv.json(&format!("/api/articles/{}", enc("extra/hostile.jsonl#h1")));
    assert_eq!(h["source"], "Hostile Wire");
    let msg = srv.error("/api/articles/no-such-article.txt", 404);
    assert!(msg.contains("no-such-article.txt"), "{msg}");
}

#[test]
fn bad_input_is_a_400_with_the_cli_message() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    for (query, flags) in [
        ("()", vec!["()"]),
        ("sanctions", vec!["sanctions", "--country", "Atlantis"]),
    ] {
        let out = sb.run(&[&["search"], &flags[..]].concat());
        assert_eq!(out.status.code(), Some(2));
        let cli_msg = common::stderr(&out)
            .trim()
            .trim_start_matches("embargo: error: ")
            .to_string();
        let path = if flags.len() > 1 {
            format!("/api/search?q={query}&country=Atlantis")
        } else {
            format!("/api/search?q={}", enc(query))
        };
        assert_eq!(srv.error(&path, 400), cli_msg);
    }
    assert!(srv
        .error("/api/search?since=last+week", 400)
        .contains("is not a date"));
    assert!(srv
        .error("/api/search?q=a&limit=1000", 400)
        .contains("limit"));
    assert!(srv
        .error("/api/search?q=a&offset=-1", 400)
        .contains("offset"));
    assert!(srv
        .error("/api/search?q=a&colour=red", 400)
        .contains("unknown parameter"));
    let long = "sanctions ".repeat(60);
    assert!(srv
        .error(&format!("/api/search?q={}", enc(&long)), 400)
        .contains("limit is"));
    let huge = "a".repeat(5000);
    assert!(srv
        .error(&format!("/api/facets?q={huge}"), 400)
        .contains("query string"));
    // A lenient parse answers, with the CLI's warning.
    let relaxed = srv.json(&format!("/api/search?q={}", enc("\"lady r")));
    assert!(
        relaxed["warnings"][0]
            .as_str()
            .unwrap()
            .contains("not valid query syntax"),
        "{relaxed}"
    );
}

#[test]
fn a_request_body_is_refused_and_no_path_reaches_the_disk() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    let addr = srv.url.trim_start_matches("http://").to_string();
    let mut tcp = TcpStream::connect(&addr).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let body = "x".repeat(100_000);
    let req = format!(
        "GET /api/search?q=a HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tcp.write_all(req.as_bytes());
    let mut answer = String::new();
    let _ = tcp.read_to_string(&mut answer);
    assert!(
        answer.starts_with("HTTP/1.1 400"),
        "{}",
        &answer[..answer.len().min(300)]
    );
    assert!(answer.contains("request body is larger"), "{answer}");

    for path in [
        "/assets/..%2FCargo.toml",
        "/assets/../../Cargo.toml",
        "/../corpus/000_22263dbcbc2afd08.txt",
        "/index/meta.json",
        "/corpus/",
        "/assets/app.js.map",
    ] {
        let (status, body) = srv.get(path);
        assert_eq!(status, 404, "{path}: {body}");
    }
    assert_eq!(
        srv.error("/api/nothing", 404),
        "no such API path \"/api/nothing\""
    );
}

#[test]
fn the_page_and_its_assets_are_embedded_and_never_trust_strings() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    let (status, page) = srv.get("/?q=north+korea&country=KP");
    assert_eq!(status, 200);
    assert!(page.contains("<script src=\"/assets/app.js\""));
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "no external resources"
    );
    let (status, js) = srv.get("/assets/app.js");
    assert_eq!(status, 200);
    // Every untrusted string goes through textContent or text nodes.
    for sink in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
    ] {
        assert!(!js.contains(sink), "app.js uses {sink}");
    }
    let (status, css) = srv.get("/assets/app.css");
    assert_eq!((status, css.contains("mark")), (200, true));
    // The hostile article's strings come back verbatim inside JSON, to be set as text by the page.
    let h = srv.json("/api/search?source=Hostile+Wire");
    let title = h["hits"][0]["title"].as_str().unwrap();
    assert!(title.contains("<script>"), "{title}");
    // And the browser is told to run nothing but the page's own script.
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let res = agent.get(format!("{}/", srv.url)).call().unwrap();
    let csp = res
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        csp.contains("script-src 'self'") && csp.contains("default-src 'none'"),
        "{csp}"
    );
    assert_eq!(
        res.headers().get("x-content-type-options").unwrap(),
        "nosniff"
    );
}

#[test]
fn a_new_commit_is_served_without_a_restart_and_serving_writes_nothing() {
    let sb = sandbox();
    let before = listing(&sb.index());
    let srv = Server::start(&sb, &[]);
    assert_eq!(srv.json("/api/search?q=zanzibarite")["total"], 0);
    for _ in 0..3 {
        srv.json("/api/search?q=sanctions&facets=1&timeline=1");
    }
    assert_eq!(
        listing(&sb.index()),
        before,
        "serving changed the index folder"
    );
    sb.write(
        "extra/late.txt",
        "Port officials found zanzibarite ore aboard a sanctioned freighter, customs said on Monday.\n",
    );
    let out = sb.run(&["index"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let start = Instant::now();
    loop {
        if srv.json("/api/search?q=zanzibarite")["total"] == 1 {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the server never saw the new commit"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Every file in the index folder with its size and modification time.
fn listing(dir: &std::path::Path) -> Vec<(String, u64, std::time::SystemTime)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let m = e.metadata().unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                m.len(),
                m.modified().unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn parallel_requests_are_all_answered() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    let queries = [
        "sanctions",
        "north+korea",
        "vessels",
        "Iran",
        "oil",
        "*",
        "drone",
        "Lady+R",
    ];
    let answers: Vec<Value> = std::thread::scope(|s| {
        let handles: Vec<_> = queries
            .iter()
            .map(|q| {
                let srv = &srv;
                s.spawn(move || srv.json(&format!("/api/search?q={q}&facets=1&timeline=1")))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (q, a) in queries.iter().zip(&answers) {
        assert_eq!(a["query"].as_str().unwrap(), q.replace('+', " "));
    }
}

#[test]
fn ctrl_c_stops_it_and_a_public_bind_warns() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    let (status, err) = srv.interrupt();
    assert!(status.success(), "{status:?} {err}");
    assert!(err.contains("serving") && err.contains("stopped"), "{err}");
    assert!(!err.contains("warning"), "{err}");

    let srv = Server::start(&sb, &["--bind", "0.0.0.0"]);
    let (_, err) = srv.interrupt();
    assert!(
        err.contains("warning: listening on 0.0.0.0: anyone who can reach"),
        "{err}"
    );

    let out = sb.run(&["serve", "--index", "nowhere", "--port", "0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(common::stderr(&out).contains("no index at nowhere"));
}

#[test]
fn list_filters_facets_and_list_spellings_once_a_list_is_added() {
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    assert_eq!(srv.json("/api/search?listed")["total"], 0);
    // Added while serving: the relink's commit and the new list are both picked up without a restart.
    let excerpt =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lists/ofac-sdn-excerpt.csv");
    sb.ok(&["lists", "add", excerpt.to_str().unwrap(), "--name", "ofac"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while srv.json("/api/search?listed")["total"] == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let listed = srv.json("/api/search?listed&limit=50");
    assert!(ids(&listed).contains(&S004.to_string()), "{listed}");
    assert_eq!(
        ids(&listed),
        ids(&sb.search(&["--listed", "--limit", "50"]))
    );
    for (param, flag, value) in [
        ("list", "--list", "ofac"),
        ("program", "--program", "RUSSIA-EO14024"),
        ("entry", "--entry", "ofac:37621"),
        ("target", "--target", "Sergey Kozlov"),
    ] {
        let api = srv.json(&format!("/api/search?{param}={}&limit=50", enc(value)));
        assert!(
            ids(&api).contains(&S004.to_string()),
            "{param}={value}: {api}"
        );
        if matches!(param, "entry" | "target") {
            assert_eq!(ids(&api), vec![S004.to_string()], "{param}={value}");
        }
        assert_eq!(ids(&api), ids(&sb.search(&[flag, value, "--limit", "50"])));
    }
    let facets = srv.json("/api/facets?listed");
    let values = |k: &str| -> Vec<String> {
        facets["facets"][k]
            .as_array()
            .unwrap_or_else(|| panic!("no {k} facet: {facets}"))
            .iter()
            .map(|v| v["value"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(values("lists"), vec!["ofac"]);
    assert!(values("programs").contains(&"RUSSIA-EO14024".to_string()));
    assert!(values("listed").contains(&"ofac:37621".to_string()));
    assert!(srv
        .error("/api/search?listed=maybe", 400)
        .contains("listed"));
}
