//! Flattening a DOM subtree into text blocks (paragraphs, headings, list items...) with the features the
//! boilerplate rules look at: which element made the block, how much of its text is link text, and whether it
//! sits in a caption, a list, or an element whose class names it as page furniture.

use dom_query::NodeRef;

/// One paragraph-like piece of the article candidate.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    pub text: String,
    /// Whitespace-separated words in `text`.
    pub words: usize,
    /// The element that closed the block (`p`, `h2`, `li`, `div`...).
    pub tag: String,
    /// Characters of `text` that were inside `<a>`.
    pub link_chars: usize,
    /// Inside `<figure>`, `<figcaption>`, or an element whose class/id says caption or credit.
    pub caption: bool,
    /// Inside an element whose class/id names page furniture (share, related, newsletter, byline...).
    pub furniture: bool,
}

impl Block {
    pub fn link_density(&self) -> f32 {
        let n = self.text.chars().count().max(1);
        self.link_chars as f32 / n as f32
    }
    pub fn is_heading(&self) -> bool {
        matches!(self.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
    }
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "div",
    "section",
    "article",
    "blockquote",
    "pre",
    "td",
    "th",
    "tr",
    "dd",
    "dt",
    "dl",
    "ul",
    "ol",
    "table",
    "figure",
    "figcaption",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "address",
    "hr",
    "br-block",
    "center",
    "form",
];
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "select",
    "button", "input", "textarea", "head", "math",
];

/// Class or id words that mark captions and credits.
const CAPTION_HINTS: &[&str] = &[
    "caption",
    "credit",
    "photo-source",
    "image-source",
    "img-source",
];
/// Class or id words that mark page furniture around an article.
const FURNITURE_HINTS: &[&str] = &[
    "share",
    "social",
    "related",
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "byline",
    "author",
    "tags",
    "tag-list",
    "breadcrumb",
    "promo",
    "advert",
    "sponsor",
    "recommend",
    "read-more",
    "readmore",
    "more-stories",
    "comment",
    "cookie",
    "consent",
    "popup",
    "modal",
    "pagination",
    "toolbar",
    "dateline",
    "timestamp",
    "post-meta",
    "entry-meta",
    "article-meta",
    "meta-info",
];

fn has_hint(node: &NodeRef, hints: &[&str]) -> bool {
    let mut s = String::new();
    if let Some(c) = node.class() {
        s.push_str(&c);
    }
    s.push(' ');
    if let Some(i) = node.id_attr() {
        s.push_str(&i);
    }
    if s.trim().is_empty() {
        return false;
    }
    let s = s.to_ascii_lowercase();
    hints.iter().any(|h| s.contains(h))
}

/// Furniture is small: a class hint on an element holding a whole article's worth of text is about a
/// layout wrapper (`post-with-caption`, `author-page`), not about the element being furniture.
fn small(node: &NodeRef) -> bool {
    const LIMIT: usize = 1200;
    let mut n = 0;
    for d in node.descendants_it() {
        if d.is_text() {
            n += d.text().len();
            if n >= LIMIT {
                return false;
            }
        }
    }
    true
}

#[derive(Clone, Copy, Default)]
struct Ctx {
    in_link: bool,
    caption: bool,
    furniture: bool,
}

struct Walker {
    /// Walking a raw page region (not a Readability candidate): navigation and side regions are still there.
    raw: bool,
    out: Vec<Block>,
    buf: String,
    link_chars: usize,
    ctx_caption: bool,
    ctx_furniture: bool,
    budget: usize,
}

impl Walker {
    fn flush(&mut self, tag: &str) {
        let words: Vec<&str> = self.buf.split_whitespace().collect();
        if !words.is_empty() {
            let text = words.join(" ");
            self.out.push(Block {
                words: words.len(),
                link_chars: self.link_chars.min(text.chars().count()),
                text,
                tag: tag.to_string(),
                caption: self.ctx_caption,
                furniture: self.ctx_furniture,
            });
        }
        self.buf.clear();
        self.link_chars = 0;
        self.ctx_caption = false;
        self.ctx_furniture = false;
    }

    fn walk(&mut self, node: &NodeRef, ctx: Ctx, depth: usize) {
        if depth > 200 || self.budget == 0 {
            return;
        }
        for child in node.children_it(false) {
            self.budget = self.budget.saturating_sub(1);
            if child.is_text() {
                let t = child.text();
                if self.buf.is_empty() || t.trim().is_empty() {
                    // nothing yet: the block's context is the one of its first text
                }
                if !t.trim().is_empty() && self.buf.trim().is_empty() {
                    self.ctx_caption = ctx.caption;
                    self.ctx_furniture = ctx.furniture;
                }
                if ctx.in_link {
                    self.link_chars += t
                        .split_whitespace()
                        .map(|w| w.chars().count() + 1)
                        .sum::<usize>();
                }
                self.buf.push_str(&t);
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let Some(name) = child.node_name() else {
                continue;
            };
            let name = name.to_ascii_lowercase();
            if SKIP_TAGS.contains(&name.as_str()) {
                continue;
            }
            if self.raw && is_side_region(&child, &name) {
                continue;
            }
            if name == "br" {
                self.buf.push(' ');
                continue;
            }
            let mut c = ctx;
            if name == "a" {
                c.in_link = true;
            }
            if name == "figcaption" || (has_hint(&child, CAPTION_HINTS) && small(&child)) {
                c.caption = true;
            }
            if has_hint(&child, FURNITURE_HINTS) && small(&child) {
                c.furniture = true;
            }
            if BLOCK_TAGS.contains(&name.as_str()) {
                self.flush("div");
                self.walk(&child, c, depth + 1);
                self.flush(&name);
            } else {
                self.walk(&child, c, depth + 1);
            }
        }
    }
}

/// Navigation, sidebars, footers and forms: regions a page puts around its content.
fn is_side_region(node: &NodeRef, name: &str) -> bool {
    if matches!(name, "nav" | "aside" | "footer" | "form") {
        return true;
    }
    node.attr("role").is_some_and(|r| {
        matches!(
            r.as_ref(),
            "navigation" | "complementary" | "contentinfo" | "banner"
        )
    })
}

/// The text blocks under `root`, in document order.
pub fn blocks(root: &NodeRef) -> Vec<Block> {
    walk_blocks(root, false)
}

/// The text blocks of a raw page region, leaving out navigation, sidebars, footers and forms.
pub fn region_blocks(root: &NodeRef) -> Vec<Block> {
    walk_blocks(root, true)
}

fn walk_blocks(root: &NodeRef, raw: bool) -> Vec<Block> {
    let mut w = Walker {
        raw,
        out: Vec::new(),
        buf: String::new(),
        link_chars: 0,
        ctx_caption: false,
        ctx_furniture: false,
        budget: 200_000,
    };
    w.walk(root, Ctx::default(), 0);
    w.flush("div");
    w.out
}
