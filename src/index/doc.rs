//! Article <-> tantivy document.

use anyhow::{Context, Result};
use tantivy::schema::{Facet, OwnedValue, Value};
use tantivy::{DateTime, TantivyDocument};

use super::schema::Fields;
use crate::article::{Article, Facets, Target};

/// What the indexer remembers of the file an article came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    pub hash: u64,
    pub size: u64,
    pub mtime: i64,
}

pub fn to_document(f: &Fields, a: &Article, stamp: FileStamp) -> TantivyDocument {
    let mut d = TantivyDocument::default();
    d.add_text(f.id, &a.id);
    d.add_text(f.file, &a.path);
    d.add_u64(f.file_hash, stamp.hash);
    d.add_u64(f.file_size, stamp.size);
    d.add_i64(f.file_mtime, stamp.mtime);
    if let Some(t) = &a.title {
        d.add_text(f.title, t);
        d.add_text(f.body, t);
    }
    d.add_text(f.body, &a.body);
    d.add_text(f.body_text, &a.body);
    if let Some(day) = a.date.as_deref().and_then(day_timestamp) {
        d.add_date(f.date, DateTime::from_timestamp_secs(day));
    }
    if let Some(s) = &a.source {
        d.add_text(f.source, s);
        d.add_facet(f.source_facet, Facet::from_path([s.as_str()]));
    }
    if let Some(u) = &a.url {
        d.add_text(f.url, u);
    }
    for author in &a.authors {
        d.add_text(f.authors, author);
    }
    let facets = &a.facets;
    for (field, values) in [
        (f.countries, &facets.countries),
        (f.sanctioners, &facets.sanctioners),
        (f.target_countries, &facets.target_countries),
        (f.target_types, &facets.target_types),
    ] {
        for v in values {
            d.add_facet(field, Facet::from_path([v.as_str()]));
        }
    }
    for t in &facets.targets {
        d.add_text(f.targets, &t.name);
        d.add_facet(f.target_facet, Facet::from_path([t.name.as_str()]));
    }
    if !facets.targets.is_empty() {
        d.add_text(
            f.targets_json,
            serde_json::to_string(&facets.targets).unwrap_or_default(),
        );
    }
    add_links(f, &mut d, &a.links, &facets.targets);
    d.add_u64(f.dup_key, dup_key(&a.body, &a.id));
    d.add_u64(f.meta_score, a.metadata_score());
    d
}

/// The links as stored JSON, and as the terms `--listed`, `--list`, `--program`, `--entry` and the
/// `lists`, `programs` and `listed` facets search: only `match` links count there, every link for
/// `any:` keys (screening shows `possible` ones too).
fn add_links(
    f: &Fields,
    d: &mut TantivyDocument,
    links: &[crate::article::Link],
    targets: &[Target],
) {
    if links.is_empty() {
        return;
    }
    d.add_text(
        f.links_json,
        serde_json::to_string(links).unwrap_or_default(),
    );
    let mut seen = std::collections::HashSet::new();
    for l in links {
        let mut once = |field: tantivy::schema::Field, value: String, facet: bool| {
            if seen.insert((field, value.clone())) {
                if facet {
                    d.add_facet(field, Facet::from_path([value.as_str()]));
                } else {
                    d.add_text(field, &value);
                }
            }
        };
        once(f.link_status, l.status.clone(), true);
        once(f.link_key, format!("any:{}:{}", l.list, l.entry_id), false);
        if l.is_match() {
            once(
                f.link_key,
                format!("match:{}:{}", l.list, l.entry_id),
                false,
            );
            once(f.link_key, format!("match:{}", l.entry_id), false);
            once(f.link_list, l.list.clone(), true);
            for p in &l.programs {
                once(f.link_program, p.clone(), true);
            }
            once(
                f.listed,
                format!("{}:{}\t{}", l.list, l.entry_id, l.entry_name),
                true,
            );
            // A listed party the article names as a target of its action is one of its named
            // targets, as the text spells it (`targets` facet, `--target`).
            let found = targets
                .iter()
                .any(|t| t.name.eq_ignore_ascii_case(&l.mention));
            if l.target && !found && seen.insert((f.target_facet, l.mention.clone())) {
                d.add_facet(f.target_facet, Facet::from_path([l.mention.as_str()]));
                d.add_text(f.targets, &l.mention);
            }
            // The list's spelling is searchable too: `search Intellekt` finds the article that
            // says `Intellect`, `--target "INTELLEKT LLC"` the one linked to it.
            if seen.insert((f.body, l.entry_name.clone())) {
                d.add_text(f.body, &l.entry_name);
                d.add_text(f.targets, &l.entry_name);
            }
        }
    }
}

/// Rebuild the Article from a stored document.
pub fn from_document(f: &Fields, d: &TantivyDocument) -> Result<Article> {
    let text = |field| {
        d.get_first(field)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    let texts = |field| -> Vec<String> {
        d.get_all(field)
            .filter_map(|v| v.as_str())
            .map(str::to_string)
            .collect()
    };
    let facets = |field| -> Vec<String> {
        d.get_all(field)
            .filter_map(|v| match OwnedValue::from(v) {
                OwnedValue::Facet(fc) => fc.to_path().last().map(|s| s.to_string()),
                _ => None,
            })
            .collect()
    };
    let targets: Vec<Target> = match text(f.targets_json) {
        Some(j) => serde_json::from_str(&j).context("reading stored targets")?,
        None => Vec::new(),
    };
    let date = d
        .get_first(f.date)
        .and_then(|v| v.as_datetime())
        .and_then(|dt| chrono::DateTime::from_timestamp(dt.into_timestamp_secs(), 0))
        .map(|dt| dt.date_naive().to_string());
    Ok(Article {
        id: text(f.id).context("stored document has no id")?,
        path: text(f.file).unwrap_or_default(),
        title: text(f.title),
        date,
        source: text(f.source),
        url: text(f.url),
        authors: texts(f.authors),
        body: text(f.body_text).unwrap_or_default(),
        facets: Facets {
            countries: facets(f.countries),
            sanctioners: facets(f.sanctioners),
            target_countries: facets(f.target_countries),
            target_types: facets(f.target_types),
            targets,
        },
        links: match text(f.links_json) {
            Some(j) => serde_json::from_str(&j).context("reading stored links")?,
            None => Vec::new(),
        },
    })
}

/// Seconds since the epoch at midnight UTC of a `YYYY-MM-DD` day; None outside the years tantivy's
/// nanosecond dates can hold (1678-2261), which no news date is.
pub fn day_timestamp(day: &str) -> Option<i64> {
    let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    let secs = d.and_hms_opt(0, 0, 0)?.and_utc().timestamp();
    (MIN_DATE_SECS..=MAX_DATE_SECS)
        .contains(&secs)
        .then_some(secs)
}

/// 1678-01-01 and 2261-12-31, the whole days inside the `i64` nanosecond range of tantivy's dates.
pub const MIN_DATE_SECS: i64 = -9_214_560_000;
pub const MAX_DATE_SECS: i64 = 9_214_560_000;

/// Copies of one text share this key: the hash of the body's lowercased words, so spacing,
/// punctuation and case do not matter. An empty body groups with nothing.
///
/// The words are written as bytes, each followed by one space, in a single pass over the characters:
/// splitting into `&str` words and extending a `String` char by char cost more than the hash itself.
/// The bytes, and so the keys stored in existing indexes, are the same as that simpler form's.
pub fn dup_key(body: &str, id: &str) -> u64 {
    let mut words: Vec<u8> = Vec::with_capacity(body.len() + 1);
    let mut in_word = false;
    for c in body.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                words.push(c.to_ascii_lowercase() as u8);
                in_word = true;
                continue;
            }
        } else if c.is_alphanumeric() {
            let mut utf8 = [0u8; 4];
            for l in c.to_lowercase() {
                words.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
            }
            in_word = true;
            continue;
        }
        if in_word {
            words.push(b' ');
            in_word = false;
        }
    }
    if in_word {
        words.push(b' ');
    }
    if words.is_empty() {
        return crate::ingest::hash_bytes(format!("\0{id}").as_bytes());
    }
    crate::ingest::hash_bytes(&words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dup_key_ignores_spacing_case_and_punctuation() {
        assert_eq!(
            dup_key("North Korea,  fires.", "a"),
            dup_key("north korea fires", "b")
        );
        assert_ne!(
            dup_key("North Korea fires", "a"),
            dup_key("South Korea fires", "a")
        );
        assert_ne!(dup_key("", "a"), dup_key("", "b"));
    }

    /// The key of the plain form the fast one replaced: existing indexes store these values.
    fn dup_key_reference(body: &str, id: &str) -> u64 {
        let mut words = String::new();
        for w in body
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            words.extend(w.chars().flat_map(char::to_lowercase));
            words.push(' ');
        }
        if words.is_empty() {
            words = format!("\0{id}");
        }
        crate::ingest::hash_bytes(words.as_bytes())
    }

    #[test]
    fn dup_key_matches_the_stored_form() {
        for body in [
            "",
            "  ,. ",
            "North Korea fires",
            "Ünïcödé ÉTÉ straße İstanbul, ΣΟΦΙΑ — Kozlov's 2024 «Lady R»",
            "trailing word",
            "日本語のテキスト and 123",
        ] {
            assert_eq!(dup_key(body, "x"), dup_key_reference(body, "x"), "{body:?}");
        }
    }

    #[test]
    fn day_timestamps() {
        assert_eq!(day_timestamp("1970-01-02"), Some(86_400));
        assert_eq!(day_timestamp("2024-02-30"), None);
        assert_eq!(day_timestamp("9999-12-31"), None, "beyond tantivy's dates");
        assert_eq!(day_timestamp("1500-01-01"), None);
        assert_eq!(day_timestamp("1678-01-01"), Some(MIN_DATE_SECS));
        assert_eq!(day_timestamp("2261-12-31"), Some(MAX_DATE_SECS));
        // Both ends convert without overflow.
        let _ = DateTime::from_timestamp_secs(MIN_DATE_SECS);
        let _ = DateTime::from_timestamp_secs(MAX_DATE_SECS);
    }
}
