//! Cutting what no later step reads out of the raw page before parsing: the bodies of `<script>` (except
//! JSON-LD), `<style>` and `<svg>`. These are often half of a modern page's bytes, and building DOM nodes for them
//! is most of the parse time wasted.

use std::borrow::Cow;

/// Elements whose content is dropped; the start and end tags stay so the document keeps its shape.
const HEAVY: [&[u8]; 3] = [b"script", b"style", b"svg"];

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

/// Position of the first `</name` (any case) at or after `from`.
fn find_end(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while i + 2 + name.len() <= b.len() {
        let j = i + b[i..].iter().position(|&c| c == b'<')?;
        if b.get(j + 1) == Some(&b'/') && starts_with_ci(&b[j + 2..], name) {
            return Some(j);
        }
        i = j + 1;
    }
    None
}

/// The page with the content of heavy elements removed; unchanged (borrowed) when there is nothing to cut.
pub fn prune(raw: &str) -> Cow<'_, str> {
    let b = raw.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0; // bytes of `raw` already handled
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let lt = i + off;
        i = lt + 1;
        let Some(name) = HEAVY.iter().find(|n| {
            starts_with_ci(&b[lt + 1..], n)
                && b.get(lt + 1 + n.len())
                    .is_some_and(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
        }) else {
            continue;
        };
        let Some(gt) = b[lt..].iter().position(|&c| c == b'>').map(|p| lt + p) else {
            break;
        };
        let tag = &raw[lt..gt];
        // JSON-LD carries the metadata; self-closing tags have no content.
        if tag.contains("ld+json") || tag.ends_with('/') {
            i = gt + 1;
            continue;
        }
        let Some(end) = find_end(b, gt + 1, name) else {
            break;
        };
        let o = out.get_or_insert_with(|| String::with_capacity(raw.len() / 2));
        o.push_str(&raw[copied..=gt]);
        copied = end;
        i = end + 1;
    }
    match out {
        Some(mut o) => {
            o.push_str(&raw[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(raw),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_script_style_svg_bodies_keeps_json_ld() {
        let page = r#"<head><script>var a = "<p>x</p>";</script><STYLE>p{color:red}</STYLE>
<script type="application/ld+json">{"headline":"Kept"}</script></head><body><svg viewBox="0 0 1 1"><path d="M0"/></svg><p>Body text</p></body>"#;
        let p = prune(page);
        assert!(
            !p.contains("var a") && !p.contains("color:red") && !p.contains("M0"),
            "{p}"
        );
        assert!(
            p.contains(r#"{"headline":"Kept"}"#) && p.contains("<p>Body text</p>"),
            "{p}"
        );
        assert!(
            p.contains("<script></script>") && p.contains("<svg viewBox=\"0 0 1 1\"></svg>"),
            "{p}"
        );
    }

    #[test]
    fn leaves_unclosed_and_plain_pages_alone() {
        assert!(matches!(prune("<p>no scripts</p>"), Cow::Borrowed(_)));
        let open = "<p>a</p><script>never closed";
        assert_eq!(prune(open), open);
        assert_eq!(prune("<scripts>"), "<scripts>");
        assert_eq!(prune("<"), "<");
    }
}
