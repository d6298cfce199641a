//! JSON Lines article dumps: one article per line.

use serde_json::Value;

use super::{RawDoc, Warning};

/// Parse a JSON Lines file into raw documents. A bad line becomes a warning naming its line number;
/// the other lines are still read.
pub fn parse_jsonl(rel: &str, text: &str) -> (Vec<RawDoc>, Vec<Warning>) {
    let mut docs = Vec::new();
    let mut warnings = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(rel, lineno, line) {
            Ok(doc) => docs.push(doc),
            Err(why) => warnings.push(Warning(format!("{rel}:{lineno}: skipped line: {why}"))),
        }
    }
    (docs, warnings)
}

fn parse_line(rel: &str, lineno: usize, line: &str) -> Result<RawDoc, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON ({e})"))?;
    let obj = value.as_object().ok_or("not a JSON object")?;
    let field = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| match obj.get(*n) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(Value::Number(x)) => Some(x.to_string()),
            _ => None,
        })
    };
    let text = field(&["text", "body", "content"]).ok_or("no text, body or content field")?;
    let key = field(&["id"]).unwrap_or_else(|| lineno.to_string());
    let html = looks_like_html(&text);
    Ok(RawDoc {
        id: format!("{rel}#{key}"),
        path: rel.to_string(),
        html,
        text,
        title: field(&["title"]),
        date: field(&["date", "published"]),
        url: field(&["url"]),
        source: field(&["source"]),
    })
}

/// Dumps sometimes carry the page's HTML in the text field.
fn looks_like_html(text: &str) -> bool {
    let cut = crate::text::floor_boundary(text, text.len().min(512));
    let head = &text[..cut].to_ascii_lowercase();
    head.trim_start().starts_with('<')
        && ["<html", "<!doctype", "<body", "<p>", "<div", "<article"]
            .iter()
            .any(|t| head.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_sniffing_never_cuts_inside_a_character() {
        let text = format!("<p>{}</p>", "é".repeat(400));
        assert!(looks_like_html(&text));
        assert!(!looks_like_html(&"ж".repeat(600)));
    }

    #[test]
    fn reads_fields_ids_and_reports_bad_lines() {
        let text = concat!(
            r#"{"id": "r1", "title": "Japan sanctions", "text": "Tokyo froze assets.", "date": "2024-05-24", "source": "Reuters"}"#,
            "\n",
            "not json\n",
            "\n",
            r#"{"title": "no body"}"#,
            "\n",
            r#"{"body": "Second story.", "published": "2024-01-02", "url": "https://example.org/a"}"#,
            "\n",
        );
        let (docs, warnings) = parse_jsonl("dump.jsonl", text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "dump.jsonl#r1");
        assert_eq!(docs[0].title.as_deref(), Some("Japan sanctions"));
        assert_eq!(docs[0].source.as_deref(), Some("Reuters"));
        assert_eq!(docs[1].id, "dump.jsonl#5");
        assert_eq!(docs[1].date.as_deref(), Some("2024-01-02"));
        assert_eq!(docs[1].url.as_deref(), Some("https://example.org/a"));
        assert_eq!(warnings.len(), 2);
        assert!(
            warnings[0].0.starts_with("dump.jsonl:2:"),
            "{:?}",
            warnings[0]
        );
        assert!(
            warnings[1].0.starts_with("dump.jsonl:4:"),
            "{:?}",
            warnings[1]
        );
    }
}
