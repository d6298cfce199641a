//! Page metadata (title, date, authors, source, JSON-LD `articleBody`) read from the parsed document:
//! JSON-LD first because sites write it for search engines and it is the least ambiguous, then `<meta>` tags,
//! then what a reader sees (`<h1>`, `<time>`, a date line near the headline).

use dom_query::Document;
use serde_json::Value;

use super::{date, title};

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub date: Option<String>,
    pub authors: Vec<String>,
    pub source: Option<String>,
    /// The full body as the page gives it in JSON-LD, when it does.
    pub article_body: Option<String>,
}

/// Collapse runs of whitespace into single spaces.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` with whitespace collapsed, or None when nothing is left.
pub fn nonempty(s: &str) -> Option<String> {
    let s = squash(s);
    (!s.is_empty()).then_some(s)
}

/// What one JSON-LD article object says.
#[derive(Default)]
struct Ld {
    headline: Option<String>,
    date: Option<String>,
    modified: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
    body: Option<String>,
    is_article: bool,
}

fn type_is_article(v: &Value) -> bool {
    let is = |s: &str| {
        let s = s.to_ascii_lowercase();
        s.contains("article") || s.contains("posting") || s.contains("report") || s == "newsarticle"
    };
    match v {
        Value::String(s) => is(s),
        Value::Array(a) => a.iter().any(|x| x.as_str().is_some_and(is)),
        _ => false,
    }
}

fn names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            if let Some(s) = clean_name(s) {
                out.push(s);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| names(x, out)),
        Value::Object(o) => {
            if let Some(n) = o.get("name") {
                names(n, out);
            }
        }
        _ => {}
    }
}

fn read_ld(o: &serde_json::Map<String, Value>) -> Ld {
    let s = |k: &str| o.get(k).and_then(Value::as_str).and_then(nonempty);
    let mut authors = Vec::new();
    if let Some(a) = o.get("author") {
        names(a, &mut authors);
    }
    let publisher = o.get("publisher").and_then(|p| match p {
        Value::Object(p) => p.get("name").and_then(Value::as_str).and_then(nonempty),
        Value::String(p) => nonempty(p),
        _ => None,
    });
    Ld {
        headline: s("headline").or_else(|| s("name")),
        date: s("datePublished")
            .or_else(|| s("dateCreated"))
            .and_then(|d| date::parse_iso(&d)),
        modified: s("dateModified").and_then(|d| date::parse_iso(&d)),
        authors,
        publisher,
        body: o
            .get("articleBody")
            .and_then(Value::as_str)
            .map(str::to_string),
        is_article: o.get("@type").is_some_and(type_is_article),
    }
}

/// Depth-first over a JSON-LD value, visiting every object (inside `@graph` and arrays too).
fn each_object<'a>(
    v: &'a Value,
    f: &mut dyn FnMut(&'a serde_json::Map<String, Value>),
    depth: usize,
) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| each_object(x, f, depth + 1)),
        Value::Object(o) => {
            f(o);
            if let Some(g) = o.get("@graph") {
                each_object(g, f, depth + 1);
            }
            if let Some(m) = o.get("mainEntity") {
                each_object(m, f, depth + 1);
            }
        }
        _ => {}
    }
}

fn json_ld(doc: &Document) -> Ld {
    let mut best = Ld::default();
    let mut publisher_any = None;
    let (mut date_any, mut modified_any, mut authors_any) = (None, None, Vec::new());
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        let text = script.text();
        let Ok(v) = serde_json::from_str::<Value>(text.trim()) else {
            continue;
        };
        each_object(
            &v,
            &mut |o| {
                let ld = read_ld(o);
                if publisher_any.is_none() {
                    publisher_any = ld.publisher.clone();
                }
                // A `WebPage` object often carries the dates and author when no Article object does.
                if date_any.is_none() {
                    date_any = ld.date.clone();
                }
                if modified_any.is_none() {
                    modified_any = ld.modified.clone();
                }
                if authors_any.is_empty() {
                    authors_any = ld.authors.clone();
                }
                if ld.is_article && !best.is_article {
                    best = ld;
                }
            },
            0,
        );
    }
    if best.publisher.is_none() {
        best.publisher = publisher_any;
    }
    if best.date.is_none() {
        best.date = date_any;
    }
    if best.modified.is_none() {
        best.modified = modified_any;
    }
    if best.authors.is_empty() {
        best.authors = authors_any;
    }
    best
}

/// The page's `<meta>` tags as (lower-cased `property`/`name`/`itemprop`, `content`), read once.
struct Metas(Vec<(String, String)>);

impl Metas {
    fn read(doc: &Document) -> Metas {
        let mut v = Vec::new();
        for m in doc.select("meta[content]").iter() {
            let Some(content) = m.attr("content").and_then(|c| nonempty(&c)) else {
                continue;
            };
            for a in ["property", "name", "itemprop"] {
                if let Some(k) = m.attr(a) {
                    v.push((k.to_ascii_lowercase(), content.clone()));
                }
            }
        }
        Metas(v)
    }

    /// The content of the first tag named by one of `keys`, in key order.
    fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.0
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(k))
                .map(|(_, c)| c.clone())
        })
    }
}

/// The headline: see [`title::choose`] for how the candidates are weighed.
fn title(doc: &Document, metas: &Metas, ld: &Ld, site: Option<&str>) -> Option<String> {
    let (title_tag, h1s) = title::read_title_and_h1s(doc);
    let og = metas.get(&["og:title"]);
    let twitter = metas.get(&["twitter:title"]);
    let headline = ld.headline.as_deref().map(unescape_entities);
    title::choose(&title::Sources {
        title_tag: title_tag.as_deref(),
        og: og.as_deref(),
        twitter: twitter.as_deref(),
        ld: headline.as_deref(),
        site,
        h1s,
    })
}

/// JSON-LD strings written by CMSs often carry HTML entities (`&#8217;`, `&amp;`) that no parser decoded.
fn unescape_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    squash(&Document::fragment(s).root().text())
}

/// The first date that a `<time>` element or a short line near the top of the page states.
/// A date written in a short text next to the headline (`<span>Nov 21, 2018</span>` under the `<h1>`).
fn date_near_headline(doc: &Document) -> Option<String> {
    let h1 = doc.select("h1");
    let h = h1.nodes().first()?;
    let mut anc = h.parent();
    for _ in 0..6 {
        let a = anc?;
        for (i, n) in a.descendants_it().enumerate() {
            if i > 600 {
                break;
            }
            if n.is_text() {
                let t = n.text();
                if t.len() < 80 {
                    if let Some(d) = date::parse_text(&t) {
                        return Some(d);
                    }
                }
            }
        }
        anc = a.parent();
    }
    None
}

/// Keys that page-building frameworks use for the publication date in their inline JSON state (also when that
/// JSON sits HTML-escaped in an attribute).
const SCRIPT_DATE_KEYS: &[&str] = &[
    "datePublished",
    "publishedDate",
    "publishDate",
    "publishedAt",
    "published_at",
    "postDate",
    "date_published",
    "data-pubdate",
];

/// The first ISO date within a few characters after one of [`SCRIPT_DATE_KEYS`] in the raw page.
fn script_date(raw: &str) -> Option<String> {
    for key in SCRIPT_DATE_KEYS {
        if let Some(i) = raw.find(key) {
            let rest = raw.get(i + key.len()..)?;
            let window = rest.get(..rest.len().min(40)).unwrap_or(rest);
            if let Some(j) = window.find(|c: char| c.is_ascii_digit()) {
                if let Some(d) = rest.get(j..j + 10).and_then(date::parse_iso) {
                    return Some(d);
                }
            }
        }
    }
    None
}

fn visible_date(doc: &Document) -> Option<String> {
    for t in doc.select("time").iter().take(5) {
        if let Some(d) = t.attr("datetime").and_then(|d| date::parse_iso(&d)) {
            return Some(d);
        }
        if let Some(d) = date::parse_text(&t.text()) {
            return Some(d);
        }
    }
    // Elements whose class says they carry the date (`date`, `posted-on`, `published`, `timestamp`).
    for e in doc
        .select(r#"[class*="date"], [class*="time"], [class*="posted"], [class*="publish"]"#)
        .iter()
        .take(20)
    {
        let text = e.text();
        if text.len() < 120 {
            if let Some(d) = date::parse_text(&text) {
                return Some(d);
            }
        }
    }
    None
}

/// A person's name as a byline writes it: "By Jane Doe, Staff Writer" -> "Jane Doe, Staff Writer".
fn clean_name(s: &str) -> Option<String> {
    let s = squash(&s.replace("&amp;", "&"));
    let mut t = s.as_str();
    for p in ["By ", "by ", "BY ", "Written by ", "Author: ", "Posted by "] {
        if let Some(rest) = t.strip_prefix(p) {
            t = rest;
        }
    }
    let t = t.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '·' | ':'));
    let words = t.split_whitespace().count();
    // Dates ("August 28, 2025 • 5 min read") sit in the same byline boxes as names.
    let not_a_date = date::parse_text(t).is_none();
    (!t.is_empty()
        && words <= 8
        && t.len() <= 80
        && not_a_date
        && !t.starts_with("http")
        && t.chars().any(char::is_alphabetic))
    .then(|| t.to_string())
}

fn meta_authors(doc: &Document, metas: &Metas) -> Vec<String> {
    let mut out = Vec::new();
    for key in [
        "author",
        "article:author",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "byl",
    ] {
        if let Some(a) = metas.get(&[key]).and_then(|a| clean_name(&a)) {
            out.push(a);
            return out;
        }
    }
    // The visible byline: explicit author markup first, then links to an author page, then byline-classed text.
    for sel in [
        r#"[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]"#,
        r#"a[href*="/author/"], a[href*="/authors/"]"#,
        r#"[class*="author-name"], [class*="author__name"], [class*="byline"] a, [class*="author"] a"#,
        r#"[class*="byline"], [class*="author"]"#,
    ] {
        for e in doc.select(sel).iter().take(3) {
            if let Some(a) = clean_name(&e.text()) {
                if !out.contains(&a) {
                    out.push(a);
                }
            }
        }
        if !out.is_empty() {
            break;
        }
    }
    out
}

/// Typographic quotes as ASCII: the same headline is spelled both ways across a page's tags, and plain quotes
/// are what people type when they search or compare titles.
fn plain_quotes(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
            // Full-width forms of ASCII punctuation and letters (`？`, `！`) as in CJK-typeset pages.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect()
}

pub fn extract(doc: &Document, raw: &str) -> Meta {
    let ld = json_ld(doc);
    let metas = Metas::read(doc);
    let published = ld.date.clone().or_else(|| {
        metas
            .get(&[
                "article:published_time",
                "og:published_time",
                "datePublished",
                "publish-date",
                "pubdate",
                "date",
                "dc.date",
                "dc.date.issued",
                "sailthru.date",
                "parsely-pub-date",
                "article.published",
            ])
            .and_then(|d| date::parse_iso(&d).or_else(|| date::parse_text(&d)))
    });
    let modified = ld.modified.clone().or_else(|| {
        metas
            .get(&[
                "article:modified_time",
                "og:updated_time",
                "dateModified",
                "last-modified",
            ])
            .and_then(|d| date::parse_iso(&d).or_else(|| date::parse_text(&d)))
    });
    // The declared publication date first (an update date is not when the story came out), then what the page
    // shows closest to the headline (`<time>` and date-classed elements also sit in lists of other stories),
    // then dates embedded in its scripts, and the update date only as a last resort.
    let date = published
        .or_else(|| date_near_headline(doc))
        .or_else(|| visible_date(doc))
        .or_else(|| script_date(raw))
        .or(modified);
    let source = metas
        .get(&["og:site_name", "application-name"])
        .or(ld.publisher.clone());
    let mut authors = ld.authors.clone();
    if authors.is_empty() {
        authors = meta_authors(doc, &metas);
    }
    authors.dedup();
    Meta {
        title: title(doc, &metas, &ld, source.as_deref()).map(|t| plain_quotes(&t)),
        date,
        authors,
        source,
        article_body: ld.body,
    }
}
