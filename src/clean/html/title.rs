//! Choosing the headline among what a page offers: the `<title>` tag, `og:title`, `twitter:title`, the JSON-LD
//! `headline` and the `<h1>`s.
//!
//! What readers call the title is the `<h1>` when the page has a real one, and otherwise the `<title>` tag
//! without the site's name. The rules below only look at how titles are shaped: separators (` | `, ` - `, ...)
//! between the headline and the site's name, a site name that equals `og:site_name` or a logo `<h1>`, word
//! overlap between candidates, letter case.

use dom_query::Document;

use super::meta::nonempty;

/// Separators sites put between a headline and their own (or a section's) name in `<title>`.
const SEPARATORS: [&str; 8] = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "];

/// An `<h1>` longer than this is a paragraph styled as a heading (a teaser, a standfirst), not a headline.
const MAX_HEADLINE_WORDS: usize = 25;

/// Below this word overlap (Jaccard) with every title tag, an `<h1>` is about something else: a section
/// name, a call to action, a logo.
const MIN_OVERLAP: f64 = 0.15;

/// How much word overlap a later `<h1>` needs beyond the first one's to be preferred to it: the first real
/// `<h1>` is usually the headline, later ones are teasers and widget titles.
const FIRST_H1_BONUS: f64 = 0.1;

/// Longest label (in letters and digits) that an h1 may put before the title tag's headline ("Blog",
/// "Dec 18 2025"); more than that is a longer headline.
const LABEL_CHARS: usize = 10;

/// What the page offers, as read from it.
#[derive(Default)]
pub struct Sources<'a> {
    pub title_tag: Option<&'a str>,
    pub og: Option<&'a str>,
    pub twitter: Option<&'a str>,
    pub ld: Option<&'a str>,
    /// `og:site_name` (or the publisher's name).
    pub site: Option<&'a str>,
    /// Texts of the first few `<h1>`s, in page order.
    pub h1s: Vec<String>,
}

/// The `<title>` and the first few `<h1>` texts of `doc`; the meta and JSON-LD fields come from the caller.
pub fn read_title_and_h1s(doc: &Document) -> (Option<String>, Vec<String>) {
    let title = nonempty(&doc.select("head title").text());
    let h1s = doc
        .select("h1")
        .iter()
        .take(8)
        .filter_map(|h| nonempty(&h.text()))
        .collect();
    (title, h1s)
}

/// Letters and digits only, lower-cased: the same headline spelled with other quotes, dashes or case compares
/// equal.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The parts of a title tag between separators, trimmed, empty ones dropped.
fn segments(t: &str) -> Vec<&str> {
    let mut parts = vec![t];
    for sep in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether a title part is (a variant of) one of the site names: equal, a piece of it ("Blog" of
/// "Acme Blog"), or the name with a word or two added ("Acme Blog" for "Acme").
fn site_like(part: &str, sites: &[String]) -> bool {
    let n = norm(part);
    n.is_empty()
        || sites.iter().any(|s| {
            n == *s || s.contains(&n) || (n.contains(s.as_str()) && n.len() <= s.len() * 2)
        })
}

/// The headline inside a title tag: the part that another source (`og:title`, JSON-LD) states on its own,
/// else the first part that is not the site's name ("Acme | Headline - Section" gives "Headline"), without a
/// "Site: " prefix.
fn headline_of(t: &str, sites: &[String], others: &[String]) -> String {
    let parts = segments(t);
    let agreed = parts
        .iter()
        .filter(|p| !site_like(p, sites))
        .find(|p| parts.len() > 1 && others.contains(&norm(p)));
    let first = agreed
        .or_else(|| parts.iter().find(|p| !site_like(p, sites)))
        .or(parts.first())
        .copied()
        .unwrap_or(t);
    strip_name_prefix(first, sites).to_string()
}

/// "Acme Blog: Headline" -> "Headline" when "Acme Blog" is a site name; a colon inside a headline stays.
fn strip_name_prefix<'t>(t: &'t str, sites: &[String]) -> &'t str {
    for (i, _) in t.match_indices(": ") {
        let name = &t[..i];
        let rest = t[i + 2..].trim();
        if norm(name).len() >= 4 && site_like(name, sites) && rest.split_whitespace().count() >= 2 {
            return rest;
        }
    }
    t
}

/// `<h1>`s that open the title tag and are followed by a longer headline ("Engora Data Blog" for the title
/// "Engora Data Blog: Small adventures with small language models") are the site's logo. Their names count as
/// site names from then on.
fn logo_names<'h>(title: &str, h1s: &'h [String]) -> Vec<&'h str> {
    let mut out = Vec::new();
    for h in h1s.iter().take(3) {
        let words = h.split_whitespace().count();
        let Some(rest) = title.strip_prefix(h.as_str()) else {
            continue;
        };
        let after_colon = rest.strip_prefix(": ");
        let after_space = rest
            .strip_prefix(' ')
            .filter(|r| r.chars().next().is_some_and(char::is_alphanumeric));
        let Some(rest) = after_colon.or(after_space) else {
            continue;
        };
        let rest_words = segments(rest)
            .first()
            .map_or(0, |p| p.split_whitespace().count());
        if h.len() >= 3 && words <= 4 && rest.len() > 10 && rest_words > words {
            out.push(h.as_str());
        }
    }
    out
}

fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

fn words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// Word overlap (Jaccard) of two sorted, deduplicated word lists.
fn overlap(a: &[String], b: &[String]) -> f64 {
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// An `<h1>` as a headline: a pipe is never part of one ("Headline | Section" -> "Headline"), nor is the
/// site's name after a separator ("Headline – Site").
fn h1_headline<'h>(h: &'h str, sites: &[String]) -> &'h str {
    let h = h.split(" | ").next().unwrap_or(h).trim();
    for sep in SEPARATORS {
        if let Some((head, tail)) = h.rsplit_once(sep) {
            if !norm(tail).is_empty()
                && site_like(tail, sites)
                && head.split_whitespace().count() >= 2
            {
                return head.trim();
            }
        }
    }
    h
}

/// The site's names: `og:site_name` unless it is itself a whole title ("Headline | Site"), which names
/// nothing.
fn declared_site(site: Option<&str>) -> Option<String> {
    site.filter(|n| n.len() <= 40 && !SEPARATORS.iter().any(|sep| n.contains(sep)))
        .map(norm)
        .filter(|n| !n.is_empty())
}

/// The string the headline is cut from. The title tag is what the headline is measured against; a page
/// without any h1 is better served by its JSON-LD headline, which carries no site name to cut, unless that is
/// the title tag cut short (Google reads 110 characters of it, and CMSs truncate there).
fn base_title<'a>(s: &Sources<'a>) -> Option<&'a str> {
    let truncated = |l: &&str| {
        s.title_tag
            .is_some_and(|t| t.len() > l.len() && norm(t).starts_with(&norm(l)))
    };
    if s.h1s.is_empty() {
        s.ld.filter(|l| !truncated(l)).or(s.title_tag)
    } else {
        s.title_tag.or(s.ld)
    }
    .or(s.og)
    .or(s.twitter)
}

/// The headline among the sources; see the module comment.
pub fn choose(s: &Sources) -> Option<String> {
    let mut sites: Vec<String> = declared_site(s.site).into_iter().collect();
    let base = base_title(s);
    let logos = base.map_or(Vec::new(), |b| logo_names(b, &s.h1s));
    sites.extend(logos.iter().map(|l| norm(l)));
    // "Logo Headline": the logo's words open the title tag.
    let base = base.map(|b| {
        logos
            .iter()
            .find_map(|l| b.strip_prefix(l).map(|r| r.trim_start_matches(':').trim()))
            .unwrap_or(b)
    });
    // Not the h1s: a logo h1 repeats the site's part of the title tag.
    let others: Vec<String> = [s.og, s.ld, s.twitter]
        .into_iter()
        .flatten()
        .filter(|o| Some(*o) != base)
        .map(norm)
        .collect();
    let tag = base
        .map(|b| headline_of(b, &sites, &others))
        .filter(|t| !t.is_empty());
    let h1s: Vec<&str> = s
        .h1s
        .iter()
        .map(|h| h1_headline(h, &sites))
        .filter(|h| {
            norm(h).len() >= 4
                && !site_like(h, &sites)
                && h.split_whitespace().count() <= MAX_HEADLINE_WORDS
        })
        .collect();
    let Some(tag) = tag else {
        return h1s.first().map(|h| h.to_string());
    };
    let mut refs: Vec<String> = vec![tag.clone()];
    refs.extend(s.og.map(|o| headline_of(o, &sites, &[])));
    refs.extend(s.ld.map(str::to_string));
    refs.extend(s.twitter.map(|t| headline_of(t, &sites, &[])));
    Some(h1_or_tag(tag, &h1s, &refs))
}

/// The h1 that states the headline, or the title tag's headline `tag` when none does. `refs` are the
/// headlines of all title tags (`tag` first).
fn h1_or_tag(tag: String, h1s: &[&str], refs: &[String]) -> String {
    let tag_n = norm(&tag);
    // The same headline in both: the h1 is how the page spells it, unless it is set in capitals for display.
    if let Some(h) = h1s.iter().find(|h| norm(h) == tag_n) {
        return if all_caps(h) && !all_caps(&tag) {
            tag
        } else {
            h.to_string()
        };
    }
    // The title tag is the h1 with a count or a year added ("15 Best Online Tutoring Platforms 2025"): the
    // fuller, dated form is the one indexed and cited.
    let dated = |h: &&str| {
        let hn = norm(h);
        let extra = tag_n
            .strip_prefix(hn.as_str())
            .or_else(|| tag_n.strip_suffix(hn.as_str()));
        hn.len() >= 10
            && extra.is_some_and(|e| e.len() <= 6 && e.chars().any(|c| c.is_ascii_digit()))
    };
    if h1s.first().is_some_and(dated) {
        return tag;
    }
    let refs_n: Vec<String> = refs.iter().map(|r| norm(r)).collect();
    if let Some(h) = h1s.iter().find(|h| refs_n.contains(&norm(h))) {
        return h.to_string();
    }
    // The h1 is the headline after a short label ("Blog: ", a date): the title tag has it bare.
    let labelled = |h: &&str| {
        let hn = norm(h);
        let extra = hn.len().saturating_sub(tag_n.len());
        tag_n.len() >= 15 && (4..=LABEL_CHARS).contains(&extra) && hn.ends_with(&tag_n)
    };
    if h1s.iter().take(3).any(labelled) {
        return tag;
    }
    // No exact agreement: the h1 that shares most words with the title tags (the first h1 slightly favoured),
    // if it shares enough; else the title tag. Capitals-only h1s are display banners, not headlines.
    let refs_w: Vec<Vec<String>> = refs.iter().map(|r| words(r)).collect();
    let mut best: Option<(&str, f64)> = None;
    for (i, h) in h1s.iter().enumerate() {
        if all_caps(h) && !all_caps(&tag) {
            continue;
        }
        let hw = words(h);
        let score = refs_w.iter().map(|r| overlap(&hw, r)).fold(0.0, f64::max)
            - if i > 0 { FIRST_H1_BONUS } else { 0.0 };
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((h, score));
        }
    }
    match best {
        Some((h, score)) if score >= MIN_OVERLAP => h.to_string(),
        _ => tag,
    }
}

#[cfg(test)]
mod tests {
    use super::super::meta;
    use dom_query::Document;

    /// The title `meta::extract` reads from a page with this `<head>` and `<body>`.
    fn title_of(head: &str, body: &str) -> Option<String> {
        let html = format!("<html><head>{head}</head><body>{body}</body></html>");
        meta::extract(&Document::from(html.as_str()), &html).title
    }

    #[test]
    fn h1_loses_a_trailing_site_name() {
        let head = r#"<title>Critics Choice: Best Exhibitions 2025 - Artlyst</title>
            <meta property="og:site_name" content="Artlyst">"#;
        let body = "<h1>Critics Choice: Best Exhibitions 2025 – Artlyst</h1>";
        assert_eq!(
            title_of(head, body).as_deref(),
            Some("Critics Choice: Best Exhibitions 2025")
        );
        // A dash inside a headline that does not name the site stays.
        let body = "<h1>Zero Waste – A Beginner's Guide</h1>";
        let head = r#"<title>Zero Waste – A Beginner's Guide | Eartheasy</title>
            <meta property="og:site_name" content="Eartheasy">"#;
        assert_eq!(
            title_of(head, body).as_deref(),
            Some("Zero Waste – A Beginner's Guide")
        );
    }

    #[test]
    fn title_tag_loses_the_site_name_on_either_side() {
        let head = r#"<title>Best Camping Hammocks of 2026 | CleverHiker</title>
            <meta property="og:site_name" content="CleverHiker">"#;
        assert_eq!(
            title_of(head, "").as_deref(),
            Some("Best Camping Hammocks of 2026")
        );
        let head = r#"<title>Tastify | Top 7 Corporate Catering Trends for 2024</title>
            <meta property="og:site_name" content="Tastify">"#;
        assert_eq!(
            title_of(head, "<p>Text</p>").as_deref(),
            Some("Top 7 Corporate Catering Trends for 2024")
        );
        // Without a declared site name the first part is the headline: sites append their name.
        let head = "<title>Learn web development - web.dev - Google</title>";
        assert_eq!(title_of(head, "").as_deref(), Some("Learn web development"));
    }

    #[test]
    fn a_logo_h1_opening_the_title_tag_is_the_site_name() {
        let head = "<title>Engora Data Blog: Small adventures with small language models</title>";
        let body = "<h1>Engora Data Blog</h1><h1>Small is the new large</h1><p>...</p>";
        assert_eq!(
            title_of(head, body).as_deref(),
            Some("Small adventures with small language models")
        );
        let head = "<title>davidbau.com Vibe Coding</title>";
        assert_eq!(
            title_of(head, "<h1>davidbau.com</h1>").as_deref(),
            Some("Vibe Coding")
        );
        // A short h1 that is the start of the headline is not a logo.
        let head = "<title>Easy Everyday Sourdough Bread Recipe | King Arthur Baking</title>";
        assert_eq!(
            title_of(head, "<h1>Easy Everyday Sourdough Bread</h1>").as_deref(),
            Some("Easy Everyday Sourdough Bread")
        );
    }

    #[test]
    fn an_h1_about_something_else_gives_way_to_the_title_tag() {
        let head = "<title>Cybersecurity Sector Update: Fall 2025 | Capstone Partners</title>";
        assert_eq!(
            title_of(head, "<h1>M&amp;A Updates</h1>").as_deref(),
            Some("Cybersecurity Sector Update: Fall 2025")
        );
        // A reworded headline shares most words: the h1 is what readers see.
        let head = "<title>7 Mental Health Trends to Watch in 2024 | Clinic</title>";
        assert_eq!(
            title_of(head, "<h1>7 Mental Health Trends to Watch in 2025</h1>").as_deref(),
            Some("7 Mental Health Trends to Watch in 2025")
        );
    }

    #[test]
    fn the_first_real_h1_wins_among_several() {
        let head = r#"<title>Where to Bike in Houston | Houstonia Magazine</title>
            <meta property="og:title" content="Our Favorite Biking Spots in Houston">
            <meta property="og:site_name" content="Houstonia Magazine">"#;
        let body = "<h1>Houstonia Magazine</h1>\
            <h1>The Best Trails and Neighborhoods in Houston for Biking</h1>\
            <h1>Next in Your Guide to Being Outside in Houston</h1>";
        assert_eq!(
            title_of(head, body).as_deref(),
            Some("The Best Trails and Neighborhoods in Houston for Biking")
        );
    }

    #[test]
    fn capitals_only_h1_is_a_display_banner() {
        let head = "<title>Weekend Coding Agent | TheFocus Labs</title>";
        assert_eq!(
            title_of(head, "<h1>WEEKEND CODING AGENT</h1>").as_deref(),
            Some("Weekend Coding Agent")
        );
        let head =
            "<title>GAAP Compliance: Applying Accounting Best Practices To Your Business</title>";
        assert_eq!(
            title_of(head, "<h1>SUPPORTING GAAP COMPLIANCE</h1>").as_deref(),
            Some("GAAP Compliance: Applying Accounting Best Practices To Your Business")
        );
    }

    #[test]
    fn h1_shapes_that_are_not_headlines() {
        // A pipe in an h1 separates a section or a tagline.
        let head =
            "<title>Best Residential Movers in NYC 2025 | Top 19 Companies | Supermove</title>";
        let body = "<h1>Best Residential Movers in NYC 2025 | Top 19 Companies</h1>";
        assert_eq!(
            title_of(head, body).as_deref(),
            Some("Best Residential Movers in NYC 2025")
        );
        // A paragraph set as a heading.
        let head = "<title>The 10 Best Home Improvement ROI Projects of 2023 | RenoFi</title>";
        let body = "<h1>Learn which home renovations have the best ROI (return on investment)? Get expert tips \
            on how to understand and calculate home improvement ROI. We'll help you learn everything you need \
            to know about the potential value of your home renovation project.</h1>";
        assert_eq!(
            title_of(head, body).as_deref(),
            Some("The 10 Best Home Improvement ROI Projects of 2023")
        );
    }

    #[test]
    fn a_site_name_that_is_a_whole_title_is_ignored() {
        let head = r#"<title>How to Design a Website: a Complete Guide for 2026 | Clay</title>
            <meta property="og:site_name" content="How to Design a Website: a Complete Guide for 2026 | Clay">"#;
        assert_eq!(
            title_of(
                head,
                "<h1>How to Design a Website: a Complete Guide for 2026</h1>"
            )
            .as_deref(),
            Some("How to Design a Website: a Complete Guide for 2026")
        );
    }

    #[test]
    fn json_ld_entities_and_full_width_punctuation_are_decoded() {
        let head = r#"<script type="application/ld+json">{"@type":"BlogPosting",
            "headline":"2025 Renovation Trends &amp; Why They&#8217;re Smart"}</script>"#;
        assert_eq!(
            title_of(head, "").as_deref(),
            Some("2025 Renovation Trends & Why They're Smart")
        );
        let head = "<title>How Does Robot Vacuum Mapping Work？</title>";
        assert_eq!(
            title_of(head, "").as_deref(),
            Some("How Does Robot Vacuum Mapping Work?")
        );
    }

    #[test]
    fn the_title_part_another_source_states_is_the_headline() {
        // No site name declared and the blog's name comes first: og:title settles which part is the headline.
        let head = r#"<title>The Objective Dad - How I Built Robust Local DNS Services for My Homelab Cluster</title>
            <meta property="og:title" content="How I Built Robust Local DNS Services for My Homelab Cluster">"#;
        assert_eq!(
            title_of(head, "<p>...</p>").as_deref(),
            Some("How I Built Robust Local DNS Services for My Homelab Cluster")
        );
        // A logo h1 repeating the site's part of the title does not make that part the headline.
        let head = "<title>Reflections on Building a Pixel-Perfect UI Pipeline - Part 1 | Playful Tones</title>";
        assert_eq!(
            title_of(head, "<h1>Playful Tones</h1>").as_deref(),
            Some("Reflections on Building a Pixel-Perfect UI Pipeline")
        );
    }

    #[test]
    fn a_label_before_the_headline_in_the_h1_is_dropped() {
        let head = r#"<title>Preparing a transition in Debusine | Colin Watson's blog</title>"#;
        assert_eq!(
            title_of(
                head,
                "<h1>Dec 18 2025 Preparing a transition in Debusine</h1>"
            )
            .as_deref(),
            Some("Preparing a transition in Debusine")
        );
        // A longer h1 that continues the title tag's headline is a fuller headline, not a label.
        let head =
            "<title>2025 Software Development Price Guide & Hourly Rate | FullStack Blog</title>";
        assert_eq!(
            title_of(
                head,
                "<h1>2025 Software Development Price Guide &amp; Hourly Rate Comparison</h1>"
            )
            .as_deref(),
            Some("2025 Software Development Price Guide & Hourly Rate Comparison")
        );
    }

    #[test]
    fn a_title_tag_adding_a_year_or_count_to_the_h1_wins() {
        let head = r#"<title>Best Travel Insurance for Seniors in 2025</title>
            <script type="application/ld+json">{"@type":"Article","headline":"Best Travel Insurance for Seniors"}</script>"#;
        assert_eq!(
            title_of(head, "<h1>Best Travel Insurance for Seniors</h1>").as_deref(),
            Some("Best Travel Insurance for Seniors in 2025")
        );
        // Words added without a number are a different (SEO) headline: the h1 stays.
        let head =
            "<title>Best Camping Hammocks of 2026, Tested &amp; Reviewed | CleverHiker</title>";
        assert_eq!(
            title_of(head, "<h1>Best Camping Hammocks of 2026</h1>").as_deref(),
            Some("Best Camping Hammocks of 2026")
        );
    }
}
