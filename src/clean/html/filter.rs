//! Boilerplate rules over the blocks of an article candidate. Each rule describes how page furniture looks
//! (captions, link lists, bylines, calls to action, cookie notices, counters), never a particular site.

use super::blocks::Block;
use crate::article::Removed;

/// Words that, in a short block, mark a call to action or page furniture rather than article prose.
const CTA_WORDS: &[&str] = &[
    "subscribe to",
    "subscribe now",
    "subscribe here",
    "subscribe for",
    "subscribe!",
    "newsletter",
    "sign up",
    "signup",
    "log in",
    "follow us",
    "follow me",
    "follow him",
    "follow her",
    "share this",
    "share on",
    "share article",
    "click here",
    "read also",
    "see also",
    "related:",
    "read more:",
    "sponsored content",
    "related articles",
    "related stories",
    "advertisement",
    "cookie",
    "terms of use",
    "privacy policy",
    "download the app",
    "get the latest",
    "sent to your inbox",
    "in your inbox",
    "have a tip",
    "leave a comment",
    "tags:",
    "filed under",
    "posted in",
    "book a demo",
    "request a quote",
    "download our",
    "talk to our",
    "contact us today",
    "first to comment",
    "post a comment",
    "what do you think",
    "stay connected",
    "spread the word",
    "table of contents",
    "jump to",
    "continues below",
    "you may also like",
    "you may be interested",
    "more from",
    "continue reading",
    "clicking here",
];

/// Marks of a photo credit or caption line that escaped caption markup.
const CREDIT_WORDS: &[&str] = &[
    "photo:",
    "photos:",
    "image:",
    "photograph:",
    "photo credit",
    "image credit",
    "image source:",
    "getty images",
    "reuters/",
    "(ap photo",
    "[file:",
    "(file photo",
];

/// Marks of a site's legal footer.
const LEGAL_WORDS: &[&str] = &[
    "©",
    "all rights reserved",
    "copyright (c)",
    "terms of use",
    "terms of service",
];

/// Words of an affiliate or advertising disclosure, dropped at any length up to a short paragraph.
const DISCLOSURE_WORDS: &[&str] = &[
    "affiliate link",
    "earn a commission",
    "earn a small commission",
    "may earn",
    "may be compensated",
    "receive compensation",
    "chosen independently by our editors",
];

/// Prefixes of a short line that states who wrote it or when: bylines and timestamps.
const META_PREFIXES: &[&str] = &[
    "by ",
    "updated",
    "posted",
    "published",
    "last updated",
    "written by",
    "words by",
    "story by",
    "reporting by",
];

fn lower(s: &str) -> String {
    s.to_lowercase()
}

fn ends_like_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', '”', '’', ')', ' ']);
    t.ends_with(['.', '!', '?', ':', ';', '…', '。', '！', '？', '؟', '।'])
}

/// `Image 1 of 8`, `3 / 12`, `Slide 2 of 10`: gallery counters.
fn is_counter(s: &str) -> bool {
    let w: Vec<&str> = s.split_whitespace().collect();
    let numbers = w
        .iter()
        .filter(|x| x.chars().all(|c| c.is_ascii_digit()))
        .count();
    w.len() <= 4 && (w.contains(&"of") || w.contains(&"/")) && numbers >= 2
}

/// All letters upper-case: how promos and cross-links shout inside article bodies.
fn is_shouting(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 10
}

fn in_table_or_list(b: &Block) -> bool {
    matches!(b.tag.as_str(), "td" | "th" | "tr" | "li" | "dd" | "dt")
}

/// Decide for each block whether it is kept; dropped blocks are reported with the rule that dropped them.
pub fn filter(blocks: Vec<Block>, title: Option<&str>) -> (Vec<String>, Vec<Removed>) {
    let mut kept: Vec<String> = Vec::new();
    let mut removed = Vec::new();
    let title_l = title.map(|t| lower(t.trim()));
    // Blocks before the first prose paragraph are the headline area (kicker, byline, date, share bar).
    let is_prose =
        |b: &Block| b.words >= 15 && ends_like_sentence(&b.text) && b.link_density() < 0.3;
    let first_prose = blocks.iter().position(is_prose).unwrap_or(0);
    let last_prose = blocks.iter().rposition(is_prose).unwrap_or(blocks.len());
    // A candidate without a single prose block and made mostly of links is a menu, not an article.
    let total: usize = blocks.iter().map(|b| b.text.len()).sum();
    let links: usize = blocks.iter().map(|b| b.link_chars).sum();
    let menu_only = !blocks.iter().any(is_prose) && links * 2 > total;
    for (i, b) in blocks.into_iter().enumerate() {
        let words = b.words;
        let l = lower(&b.text);
        let short = words <= 25;
        let rule = if menu_only {
            Some("no-article")
        } else if b.caption {
            Some("caption")
        } else if Some(l.as_str()) == title_l.as_deref() {
            Some("title-repeat")
        } else if (i < first_prose || i > last_prose) && b.link_density() > 0.5 && words < 40 {
            Some("link-block")
        } else if b.furniture && short {
            Some("furniture-class")
        } else if short && is_counter(&b.text) {
            Some("counter")
        } else if short && crate::clean::is_loading_placeholder(&b.text) {
            Some("placeholder")
        } else if words <= 12 && META_PREFIXES.iter().any(|p| l.starts_with(p)) {
            Some("byline-date")
        } else if words <= 20
            && (b.link_chars > 0 || words <= 8 || b.furniture)
            && (CTA_WORDS.iter().any(|w| l.contains(w))
                || l.trim_end_matches(['.', '!']) == "subscribe")
        {
            Some("call-to-action")
        } else if words <= 50 && CREDIT_WORDS.iter().any(|w| l.contains(w)) {
            Some("photo-credit")
        } else if words <= 50 && LEGAL_WORDS.iter().any(|w| l.contains(w)) {
            Some("legal")
        } else if b.link_chars > 0 && words >= 3 && !b.is_heading() && is_shouting(&b.text) {
            Some("shouting-link")
        } else if words <= 60 && DISCLOSURE_WORDS.iter().any(|w| l.contains(w)) {
            Some("disclosure")
        } else if i < first_prose
            && !b.is_heading()
            && !in_table_or_list(&b)
            && words < 12
            && !ends_like_sentence(&b.text)
        {
            Some("headline-area")
        } else {
            None
        };
        match rule {
            Some(r) => removed.push(Removed {
                line: b.text,
                rule: r.to_string(),
            }),
            None => kept.push(b.text),
        }
    }
    (kept, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str, tag: &str, link_chars: usize) -> Block {
        Block {
            text: text.to_string(),
            words: text.split_whitespace().count(),
            tag: tag.to_string(),
            link_chars,
            ..Default::default()
        }
    }

    const PROSE: &str = "Vietnam is one of the region's most vocal critics of China's sweeping territorial claims in \
                         the South China Sea and has accused Beijing of encroaching into its waters.";

    #[test]
    fn rules_name_what_they_drop() {
        let blocks = vec![
            block("By ROBERT BURNS, AP National Security Writer", "div", 0),
            block(
                "Updated 5:27 am CST, Wednesday, November 20, 2019",
                "div",
                0,
            ),
            block(PROSE, "p", 0),
            block("Image 1 of 8", "div", 0),
            block(
                "Get the latest updates right in your inbox. Subscribe to our newsletters.",
                "p",
                11,
            ),
            block("Esper meets Vietnamese defense minister", "li", 39),
        ];
        let (kept, removed) = filter(blocks, None);
        assert_eq!(kept, vec![PROSE.to_string()]);
        let rules: Vec<&str> = removed.iter().map(|r| r.rule.as_str()).collect();
        assert_eq!(
            rules,
            [
                "byline-date",
                "byline-date",
                "counter",
                "call-to-action",
                "link-block"
            ]
        );
    }

    #[test]
    fn keeps_short_prose_and_tables() {
        let blocks = vec![
            block(PROSE, "p", 0),
            block("Just what is this priceless slogan?", "p", 0),
            block("Kyle Busch", "td", 0),
            block("5040", "td", 0),
            block(PROSE, "p", 0),
        ];
        let (kept, removed) = filter(blocks, None);
        assert_eq!(kept.len(), 5, "{removed:?}");
    }

    #[test]
    fn counters_need_two_numbers() {
        assert!(is_counter("Image 1 of 8"));
        assert!(is_counter("3 / 12"));
        assert!(!is_counter("One of 8"));
        assert!(!is_counter("Best of 2025 awards list here"));
    }
}
