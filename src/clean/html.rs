//! HTML cleaning (first version: html2text rendering).

use crate::article::Cleaned;

pub fn clean_html(raw: &str) -> Cleaned {
    let text = html2text::from_read(raw.as_bytes(), 100_000).unwrap_or_default();
    super::clean_text(&text, None, None)
}
