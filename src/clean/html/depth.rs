//! Capping how deep a page's elements nest, before it is parsed.
//!
//! The HTML parser looks through its stack of open elements at many tags (is a `<p>` in scope?), and
//! Readability scores a candidate by the text of all its descendants: both cost the depth of the tree at
//! every node, so a page nested a hundred thousand deep costs that depth squared, minutes for a few
//! megabytes. Real pages nest a few dozen deep. Past [`MAX_DEPTH`] start tags are dropped with their end
//! tags and their text stays where it was, so the work per node is bounded. (Browsers cap the tree the
//! same way: Chromium's parser stops nesting at 512.)

use std::borrow::Cow;

/// The deepest nesting kept: 2.5 times the deepest of 391 real pages measured (AEB and WCXB dev pages,
/// 51 levels), low enough that parsing and scoring cost a bounded amount per node.
pub const MAX_DEPTH: usize = 128;

/// Elements with no content and no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "frame", "basefont", "bgsound",
];

/// Elements whose content is text, not markup: passed over whole.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Start tags that close an open paragraph (as the parser does): without this, a page of unclosed `<p>`s
/// would seem to nest one level deeper per paragraph.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
    "li",
    "dd",
    "dt",
];

/// An element a start tag implicitly closes, and the containers the parser does not search past.
fn implied_close(name: &str) -> Option<(&'static [&'static str], &'static [&'static str])> {
    let is = |n: &str| name.eq_ignore_ascii_case(n);
    Some(if is("li") {
        (&["li"], &["ul", "ol", "menu", "table"])
    } else if is("dd") || is("dt") {
        (&["dd", "dt"], &["dl", "table"])
    } else if is("td") || is("th") {
        (&["td", "th"], &["tr", "table"])
    } else if is("tr") {
        (&["tr"], &["table", "tbody", "thead", "tfoot"])
    } else if is("option") {
        (&["option"], &["select", "datalist"])
    } else {
        return None;
    })
}

fn one_of(name: &str, set: &[&str]) -> bool {
    set.iter().any(|n| name.eq_ignore_ascii_case(n))
}

/// A tag name as a key: lower case, cut at 16 bytes (a shared key for two long names only costs a search).
type Key = [u8; 16];

fn key(name: &str) -> Key {
    let mut k = [0u8; 16];
    for (d, s) in k.iter_mut().zip(name.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    k
}

/// The open elements as the parser would see them, with a count per name so that looking for one that is
/// not open (a stray end tag, an `<li>` outside any list item) costs nothing.
#[derive(Default)]
struct Open<'a> {
    stack: Vec<(&'a str, Key)>,
    count: std::collections::HashMap<Key, usize>,
}

impl<'a> Open<'a> {
    fn push(&mut self, name: &'a str) {
        let k = key(name);
        *self.count.entry(k).or_insert(0) += 1;
        self.stack.push((name, k));
    }

    /// Pop the innermost open element named in `names`, and everything above it, unless a container in
    /// `stop` comes first. Bounded by the stack's depth, itself bounded by [`MAX_DEPTH`].
    fn close(&mut self, names: &[&str], stop: &[&str]) -> bool {
        if !names
            .iter()
            .any(|n| self.count.get(&key(n)).is_some_and(|&c| c > 0))
        {
            return false;
        }
        for k in (0..self.stack.len()).rev() {
            if one_of(self.stack[k].0, names) {
                for (_, key) in self.stack.drain(k..) {
                    if let Some(c) = self.count.get_mut(&key) {
                        *c -= 1;
                    }
                }
                return true;
            }
            if one_of(self.stack[k].0, stop) {
                return false;
            }
        }
        false
    }
}

enum Kind<'a> {
    Start {
        name: &'a str,
        self_closing: bool,
    },
    End(&'a str),
    /// A comment, doctype or processing instruction.
    Other,
}

/// What a `<` at `lt` opens and where it ends: None when it opens no tag (`a < b`), Err when it is
/// never closed (the rest of the page is then left as it is, so nothing is scanned twice).
fn read_tag(html: &str, lt: usize) -> Result<Option<(Kind<'_>, usize)>, ()> {
    let b = html.as_bytes();
    let find = |from: usize, pat: &str| html[from..].find(pat).map(|i| from + i);
    match b.get(lt + 1) {
        Some(b'!') if html[lt..].starts_with("<!--") => {
            let end = find(lt + 4, "-->").ok_or(())?;
            Ok(Some((Kind::Other, end + 3)))
        }
        Some(b'!' | b'?') => Ok(Some((Kind::Other, find(lt, ">").ok_or(())? + 1))),
        Some(b'/') if b.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) => {
            let name = tag_name(html, lt + 2);
            let end = find(lt + 2 + name.len(), ">").ok_or(())?;
            Ok(Some((Kind::End(name), end + 1)))
        }
        Some(c) if c.is_ascii_alphabetic() => {
            let name = tag_name(html, lt + 1);
            let gt = attributes_end(b, lt + 1 + name.len()).ok_or(())?;
            let self_closing = b[gt - 1] == b'/';
            Ok(Some((Kind::Start { name, self_closing }, gt + 1)))
        }
        _ => Ok(None),
    }
}

fn tag_name(html: &str, from: usize) -> &str {
    let len = html.as_bytes()[from..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_'))
        .count();
    &html[from..from + len]
}

/// The `>` closing a start tag whose attributes begin at `j`; a quoted value may hold a `>`.
fn attributes_end(b: &[u8], mut j: usize) -> Option<usize> {
    loop {
        match *b.get(j)? {
            b'>' => return Some(j),
            b'=' => {
                j += 1;
                while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                    j += 1;
                }
                if let Some(&q @ (b'"' | b'\'')) = b.get(j) {
                    j += 1 + b[j + 1..].iter().position(|&c| c == q)?;
                }
                j += 1;
            }
            _ => j += 1,
        }
    }
}

/// Where the raw-text element `name` whose content starts at `from` ends (after its end tag's `>`).
fn raw_text_end(html: &str, from: usize, name: &str) -> Option<usize> {
    let b = html.as_bytes();
    let mut i = from;
    loop {
        let lt = i + b[i..].iter().position(|&c| c == b'<')?;
        let rest = &b[lt + 1..];
        if rest.first() == Some(&b'/')
            && rest.len() > name.len()
            && rest[1..=name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return html[lt..].find('>').map(|g| lt + g + 1);
        }
        i = lt + 1;
    }
}

/// The page with its nesting cut at [`MAX_DEPTH`]; borrowed unchanged when it nests less deeply.
pub fn cap_depth(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut open = Open::default();
    let mut dropped = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let lt = i + off;
        let (kind, end) = match read_tag(html, lt) {
            Ok(Some(t)) => t,
            Ok(None) => {
                i = lt + 1;
                continue;
            }
            Err(()) => break,
        };
        i = end;
        let keep = match kind {
            Kind::Other => true,
            // A stray end tag is the parser's business, unless it may close an element dropped here.
            Kind::End(name) => open.close(&[name], &[]) || dropped == 0,
            Kind::Start { name, .. } if one_of(name, RAW_TEXT) => {
                match raw_text_end(html, end, name) {
                    Some(e) => i = e,
                    None => break,
                }
                true
            }
            Kind::Start { name, self_closing } => {
                if self_closing || one_of(name, VOID) {
                    true
                } else {
                    if one_of(name, CLOSES_P) {
                        open.close(&["p"], &["table", "td", "th", "button"]);
                    }
                    if let Some((names, stop)) = implied_close(name) {
                        open.close(names, stop);
                    }
                    let room = open.stack.len() < MAX_DEPTH;
                    if room {
                        open.push(name);
                    } else {
                        dropped += 1;
                    }
                    room
                }
            }
        };
        if !keep {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..lt]);
            copied = end;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            Cow::Owned(o)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_of(html: &str) -> usize {
        let mut open = Open::default();
        let mut deepest = 0;
        let mut i = 0;
        while let Some(off) = html[i..].find('<') {
            let lt = i + off;
            match read_tag(html, lt) {
                Ok(Some((Kind::Start { name, self_closing }, end))) => {
                    if !self_closing && !one_of(name, VOID) {
                        open.push(name);
                        deepest = deepest.max(open.stack.len());
                    }
                    i = end;
                }
                Ok(Some((Kind::End(name), end))) => {
                    open.close(&[name], &[]);
                    i = end;
                }
                Ok(Some((Kind::Other, end))) => i = end,
                _ => i = lt + 1,
            }
        }
        deepest
    }

    #[test]
    fn ordinary_pages_are_left_as_they_are() {
        let page = "<!DOCTYPE html><html><head><title>a < b</title><meta charset=utf-8>\
            <script>if (a<b) {}</script></head><body><!-- <div><div> -->\
            <div class='x>y'><p>One<p>Two<ul><li>a<li>b</ul><img src=x.png/><br></div></body></html>";
        assert!(matches!(cap_depth(page), Cow::Borrowed(_)));
        // Unclosed paragraphs and list items do not add up to depth.
        let sloppy = format!(
            "<html><body>{}</body></html>",
            "<p>text<div>block</div><ul><li>one<li>two</ul>".repeat(2 * MAX_DEPTH)
        );
        assert!(matches!(cap_depth(&sloppy), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_cut_and_the_text_kept() {
        let n = 10 * MAX_DEPTH;
        let page = format!(
            "<html><body>{}Sanctions were imposed.{}<p>After.</p></body></html>",
            "<div><span>".repeat(n),
            "</span></div>".repeat(n)
        );
        let capped = cap_depth(&page);
        assert!(depth_of(&capped) <= MAX_DEPTH, "{}", depth_of(&capped));
        assert!(capped.contains("Sanctions were imposed."));
        assert!(capped.ends_with("<p>After.</p></body></html>"));
        assert!(capped.len() < page.len() / 4);
    }

    #[test]
    fn unterminated_markup_ends_the_scan() {
        for page in [
            "<div a='x",
            "<!-- open",
            "<div><textarea>a < b",
            "<b",
            "</b",
        ] {
            assert_eq!(cap_depth(page), page);
        }
    }
}
