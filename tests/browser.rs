//! The page in a real browser: headless Chromium driven over WebDriver (chromedriver), against the
//! real server. Skipped, saying why, only when Chromium or chromedriver cannot be found.

mod common;
mod server;

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::{Client, ClientBuilder, Locator};
use server::{sandbox, Server};

/// The first of these that exists (an environment variable names one explicitly).
fn find(var: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(var) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    names
        .iter()
        .flat_map(|n| std::env::split_paths(&path).map(move |d| d.join(n)))
        .find(|p| p.is_file())
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Poll a browser-side expression, once the page shows the answer to its URL, until it is truthy
/// (10 s at most); returns its value.
async fn until(c: &Client, what: &str, js: &str) -> serde_json::Value {
    let start = Instant::now();
    let js = format!(
        "if (document.body.dataset.state !== 'ready') return null; {}",
        js
    );
    loop {
        let v = c.execute(&js, vec![]).await.expect("execute");
        let truthy = !(v.is_null() || v == false || v == 0 || v == "");
        if truthy {
            return v;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn search_filter_and_read_in_chromium() {
    let chromium = find(
        "EMBARGO_CHROMIUM",
        &["chromium", "chromium-browser", "google-chrome"],
    );
    let driver = find("EMBARGO_CHROMEDRIVER", &["chromedriver"]);
    let (Some(chromium), Some(driver)) = (chromium, driver) else {
        println!(
            "browser test skipped: no Chromium or chromedriver on PATH (install the Debian packages \
             chromium and chromium-driver, or set EMBARGO_CHROMIUM and EMBARGO_CHROMEDRIVER)"
        );
        return;
    };
    let sb = sandbox();
    let srv = Server::start(&sb, &[]);
    let port = free_port();
    let _driver = Driver(
        Command::new(&driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver"),
    );
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--user-data-dir=".to_string() + &sb.dir.path().join("chrome").to_string_lossy()]
        }),
    );
    let c = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session");
    // Run the steps as a task, so that a failed assertion still closes the browser before the test fails.
    let steps = tokio::spawn(drive(c.clone(), srv.url.clone())).await;
    c.close().await.ok();
    if let Err(e) = steps {
        std::panic::resume_unwind(e.into_panic());
    }
}

async fn drive(client: Client, url: String) {
    let c = &client;
    c.goto(&format!("{url}/")).await.unwrap();
    // `/` focuses the search box; then type a query and send it.
    c.find(Locator::Css("h2")).await.ok();
    let keys = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: '/' })
        .then(KeyAction::Up { value: '/' });
    c.perform_actions(keys).await.unwrap();
    until(
        c,
        "the / key to focus the box",
        "return document.activeElement.id === 'q'",
    )
    .await;
    c.find(Locator::Css("#q"))
        .await
        .unwrap()
        .send_keys("sanctions")
        .await
        .unwrap();
    c.find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    until(
        c,
        "highlighted hits",
        "return document.querySelectorAll('#results .snippet mark').length",
    )
    .await;
    let marks = c.execute("return [...document.querySelectorAll('#results .snippet mark')].map(m => m.textContent.toLowerCase())", vec![]).await.unwrap();
    assert!(
        marks
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m.as_str().unwrap().starts_with("sanction")),
        "{marks}"
    );
    let before = until(
        c,
        "results",
        "return document.querySelectorAll('#results > li').length",
    )
    .await;
    assert!(c
        .current_url()
        .await
        .unwrap()
        .query()
        .unwrap()
        .contains("q=sanctions"));
    let shot = c.screenshot().await.unwrap();
    std::fs::write(target_file("browser-results.png"), &shot).unwrap();

    // A click on a country in the sidebar narrows the list, and the URL says so.
    c.find(Locator::Css(
        "#facets button[data-param=country][data-value=IR]",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    let after = until(c, "the list to narrow", "return location.search.includes('country=IR') && document.querySelectorAll('#results > li').length").await;
    assert!(after.as_u64() < before.as_u64(), "{after} < {before}");
    let titles = c
        .execute(
            "return [...document.querySelectorAll('#results h3')].map(h => h.textContent)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        titles,
        serde_json::json!(["EU freezes assets of Iranian drone maker"])
    );
    // A second click takes the filter off again.
    c.find(Locator::Css("#facets button.on[data-value=IR]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    until(c, "the filter to go", &format!("return !location.search.includes('country=IR') && document.querySelectorAll('#results > li').length == {before}")).await;

    // A timeline bar sets the date range to its month.
    c.find(Locator::Css("#timeline .bar[data-key='2022-03']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    until(c, "the month's articles", "return location.search.includes('since=2022-03') && location.search.includes('until=2022-03') && document.querySelectorAll('#results > li').length === 1").await;
    c.find(Locator::Css(".chip")).await.ok();

    // Open an article: the full text, the query words marked, its copies.
    c.goto(&format!("{}/?q=ballistic+sanctions", url))
        .await
        .unwrap();
    let link = c
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("#results h3 a"))
        .await
        .unwrap();
    link.click().await.unwrap();
    until(c, "the article view", "return !document.getElementById('article').hidden && document.querySelectorAll('#article .body mark').length").await;
    let view = c.execute("return {body: document.querySelector('#article .body').textContent, dups: document.querySelector('#article details.dups summary')?.textContent}", vec![]).await.unwrap();
    assert!(view["body"].as_str().unwrap().len() > 500, "{view}");
    assert_eq!(view["dups"], "same text: 1 copy", "{view}");
    assert!(!view["body"].as_str().unwrap().contains("null"), "{view}");
    let head = c
        .execute(
            "return document.getElementById('article').textContent.slice(0, 400)",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        !head.as_str().unwrap().contains("null"),
        "a missing field printed as null: {head}"
    );
    std::fs::write(
        target_file("browser-article.png"),
        c.screenshot().await.unwrap(),
    )
    .unwrap();

    // Hostile strings render as text: no script ran, no element was made from them, no javascript: link.
    c.goto(&format!("{}/?source=Hostile+Wire", url))
        .await
        .unwrap();
    until(
        c,
        "the hostile article's hit",
        "return document.querySelectorAll('#results > li').length",
    )
    .await;
    let title = c
        .find(Locator::Css("#results h3"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        title.contains("<script>document.title='pwned'</script>"),
        "{title}"
    );
    c.find(Locator::Css("#results h3 a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    until(
        c,
        "the hostile article",
        "return !document.getElementById('article').hidden",
    )
    .await;
    let probe = c.execute(
        "return {pwned: document.body.dataset.pwned || null, title: document.title, \
         imgs: document.querySelectorAll('#content img, #content script').length, \
         js: [...document.querySelectorAll('a')].filter(a => a.href.startsWith('javascript')).length, \
         text: document.getElementById('article').textContent}",
        vec![],
    ).await.unwrap();
    assert_eq!(probe["pwned"], serde_json::Value::Null, "{probe}");
    assert_eq!(probe["imgs"], 0, "{probe}");
    assert_eq!(probe["js"], 0, "{probe}");
    assert!(
        !probe["title"].as_str().unwrap().contains("pwned"),
        "{probe}"
    );
    let text = probe["text"].as_str().unwrap();
    assert!(
        text.contains("onerror") && text.contains("javascript:"),
        "{text}"
    );
}

/// Screenshots land beside the build (target/), where a person can look at them.
fn target_file(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&dir).ok();
    let path = dir.join(name);
    println!("screenshot: {}", path.display());
    path
}
