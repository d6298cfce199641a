//! Pages rendered by React with streaming (Next.js and others) send the slow parts of the page last, inside
//! `<div hidden id="S:0">`, and a script moves each into its place: the `<template id="B:0">` of a suspense
//! boundary, where a fallback ("Loading paragraph...") stood until then (`$RC("B:0","S:0")`), or the
//! `<template id="P:0">` of a postponed segment (`$RS("S:0","P:0")`). A browser shows the moved content; a
//! reader of the raw HTML sees hidden blocks at the end of the body and placeholders where the article
//! should be. [`reveal`] does what the scripts do, so the article is found where the reader sees it. Saved
//! pages often lack the scripts, so a block goes to the placeholder of its own number, which is what React
//! writes.

use std::collections::HashMap;

use dom_query::{Document, NodeData, NodeRef};

/// The comment that closes a boundary's fallback (`<!--$?--><template id="B:0"></template>...<!--/$-->`).
const BOUNDARY_END: &str = "/$";

fn is_boundary_end(n: &NodeRef) -> bool {
    n.query(
        |t| matches!(&t.data, NodeData::Comment { contents } if contents.trim() == BOUNDARY_END),
    )
    .unwrap_or(false)
}

/// A boundary's fallback runs from its placeholder to the closing comment; without that comment (pages
/// saved without comments) its extent is unknown, and it stays.
fn drop_fallback(placeholder: &NodeRef) {
    let mut fallback = Vec::new();
    let mut next = placeholder.next_sibling();
    while let Some(n) = next {
        if is_boundary_end(&n) {
            fallback.iter().for_each(NodeRef::remove_from_parent);
            return;
        }
        next = n.next_sibling();
        fallback.push(n);
    }
}

/// Move each streamed block into its placeholder, dropping the fallback; a block whose placeholder is
/// missing is shown where it is. Returns how many blocks were revealed.
pub fn reveal(doc: &Document) -> usize {
    let blocks: Vec<NodeRef> = doc.select(r#"div[hidden][id^="S:"]"#).nodes().to_vec();
    if blocks.is_empty() {
        return 0;
    }
    // Placeholders by id, read once. Selectors are never built from the page's ids: an id with a quote
    // or a bracket in it would make an invalid selector, and dom_query panics on those.
    let mut placeholders: HashMap<String, NodeRef> = HashMap::new();
    for t in doc.select("template[id]").nodes() {
        if let Some(id) = t.attr("id") {
            placeholders.entry(id.to_string()).or_insert(*t);
        }
    }
    for block in &blocks {
        let id = block.attr("id").map(|s| s.to_string()).unwrap_or_default();
        let Some(number) = id.strip_prefix("S:") else {
            continue;
        };
        let boundary = placeholders.remove(&format!("B:{number}"));
        let placeholder = match boundary {
            Some(b) => {
                drop_fallback(&b);
                b
            }
            None => match placeholders.remove(&format!("P:{number}")) {
                Some(p) => p,
                None => {
                    block.remove_attr("hidden");
                    continue;
                }
            },
        };
        for child in block.children() {
            placeholder.insert_before(&child);
        }
        placeholder.remove_from_parent();
        block.remove_from_parent();
    }
    blocks.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs of the page after [`reveal`], in document order.
    fn paragraphs(html: &str) -> Vec<String> {
        let doc = Document::from(html);
        reveal(&doc);
        doc.select("p")
            .nodes()
            .iter()
            .map(|p| p.text().to_string())
            .collect()
    }

    #[test]
    fn streamed_block_replaces_its_fallback() {
        let html = r#"<html><body><main><h1>Title</h1><!--$?--><template id="B:0"></template>
            <p>Loading paragraph...</p><!--/$--><p>After.</p></main>
            <div hidden id="S:0"><p>The article text.</p><p>More of it.</p></div>
            <script>$RC("B:0","S:0")</script></body></html>"#;
        assert_eq!(
            paragraphs(html),
            ["The article text.", "More of it.", "After."]
        );
    }

    #[test]
    fn streamed_segment_fills_its_placeholder() {
        let html = r#"<body><article><p>First.</p><template id="P:5"></template><p>Last.</p></article>
            <div hidden id="S:5"><p>Middle.</p></div></body>"#;
        assert_eq!(paragraphs(html), ["First.", "Middle.", "Last."]);
    }

    #[test]
    fn ids_that_are_not_selector_safe_do_not_panic() {
        let html = r#"<body><template id='B:0"]'></template><p>Fallback.</p>
            <div hidden id='S:0"]'><p>Text.</p></div><div hidden id="S:"><p>Empty.</p></div></body>"#;
        assert_eq!(paragraphs(html), ["Text.", "Fallback.", "Empty."]);
    }

    #[test]
    fn block_without_placeholder_is_shown_in_place() {
        let doc = Document::from(r#"<body><div hidden id="S:3"><p>Text.</p></div></body>"#);
        assert_eq!(reveal(&doc), 1);
        assert!(doc.select("div[hidden]").is_empty());
        assert_eq!(doc.select("p").text().to_string(), "Text.");
    }

    #[test]
    fn fallback_without_closing_comment_stays_and_other_hidden_divs_are_untouched() {
        let html = r#"<body><template id="B:0"></template><p>Loading...</p>
            <div hidden id="S:0"><p>Text.</p></div><div hidden id="menu"><p>Menu.</p></div></body>"#;
        let doc = Document::from(html);
        reveal(&doc);
        let text = doc.select("body").text().to_string();
        assert!(
            text.contains("Loading...") && text.contains("Text."),
            "{text}"
        );
        assert_eq!(doc.select("div[hidden]").length(), 1);
    }
}
