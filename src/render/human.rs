//! Text output for people. Colour (bold highlights, dim metadata) only when asked for.

use std::io::{self, Write};

use crate::article::{Article, Removed};
use crate::search::{FacetCount, FacetCounts, Hit, Snippet};

pub struct Human {
    pub color: bool,
}

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

impl Human {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    }

    /// Highlighted words in bold on a terminal; between `*` marks otherwise, so they still show in a pipe.
    pub fn snippet(&self, s: &Snippet) -> String {
        let (open, close) = if self.color {
            (BOLD, RESET)
        } else {
            ("*", "*")
        };
        let mut out = String::with_capacity(s.text.len() + 16);
        let mut at = 0;
        for &(start, end) in &s.highlights {
            if start < at
                || end > s.text.len()
                || !s.text.is_char_boundary(start)
                || !s.text.is_char_boundary(end)
            {
                continue;
            }
            out.push_str(&s.text[at..start]);
            out.push_str(open);
            out.push_str(&s.text[start..end]);
            out.push_str(close);
            at = end;
        }
        out.push_str(&s.text[at..]);
        let mut flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
        // A passage cut inside a sentence says so, rather than seeming to end there.
        if !s
            .text
            .trim_end()
            .ends_with(['.', '!', '?', '"', '\'', '”', '’', ')', '…'])
        {
            flat.push('…');
        }
        flat
    }

    pub fn hits(
        &self,
        w: &mut dyn Write,
        hits: &[Hit],
        offset: usize,
        total: usize,
    ) -> io::Result<()> {
        if hits.is_empty() {
            writeln!(w, "no matching articles")?;
            return Ok(());
        }
        let width = output_width();
        for (i, h) in hits.iter().enumerate() {
            let a = &h.article;
            let title = a.title.clone().unwrap_or_else(|| untitled(&a.body));
            let title = cut_at_word(&title, title_chars(width));
            writeln!(w, "{:>2}. {}", offset + i + 1, self.paint(BOLD, &title))?;
            let mut meta: Vec<String> = Vec::new();
            meta.extend(a.date.clone());
            meta.extend(a.source.clone());
            meta.push(a.id.clone());
            meta.push(format!("score {:.2}", h.score));
            writeln!(w, "    {}", self.paint(DIM, &meta.join(" · ")))?;
            writeln!(w, "{}", wrap_indented(&self.snippet(&h.snippet), width))?;
            if !a.facets.countries.is_empty() {
                writeln!(
                    w,
                    "    {}",
                    self.paint(
                        CYAN,
                        &format!("countries: {}", a.facets.countries.join(" "))
                    )
                )?;
            }
            let listed: Vec<String> = a
                .links
                .iter()
                .filter(|l| l.is_match())
                .map(|l| format!("{} ({}:{})", l.entry_name, l.list, l.entry_id))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            if !listed.is_empty() {
                writeln!(
                    w,
                    "    {}",
                    self.paint(CYAN, &format!("listed: {}", listed.join("; ")))
                )?;
            }
            if !h.duplicates.is_empty() {
                writeln!(
                    w,
                    "    {}",
                    self.paint(DIM, &format!("same text: {}", h.duplicates.join(", ")))
                )?;
            }
            writeln!(w)?;
        }
        let shown = offset + hits.len();
        writeln!(
            w,
            "{}",
            self.paint(DIM, &format!("{}-{} of {} hits", offset + 1, shown, total))
        )
    }

    pub fn facets(&self, w: &mut dyn Write, counts: &FacetCounts) -> io::Result<()> {
        for (name, values) in counts.named() {
            if values.is_empty() {
                continue;
            }
            writeln!(w, "{}", self.paint(BOLD, name))?;
            for FacetCount { value, name, count } in values {
                let label = match name {
                    Some(n) => format!("{n} ({value})"),
                    None => value.clone(),
                };
                writeln!(w, "  {label:<40} {count:>6}")?;
            }
        }
        Ok(())
    }

    pub fn article(&self, w: &mut dyn Write, a: &Article) -> io::Result<()> {
        writeln!(
            w,
            "{}",
            self.paint(BOLD, a.title.as_deref().unwrap_or("(no title)"))
        )?;
        let field = |k: &str, v: String| format!("{:<17}{}", format!("{k}:"), v);
        let lines = [
            field("id", a.id.clone()),
            field("path", a.path.clone()),
            field("date", a.date.clone().unwrap_or_else(|| "-".into())),
            field("source", a.source.clone().unwrap_or_else(|| "-".into())),
            field("url", a.url.clone().unwrap_or_else(|| "-".into())),
            field("authors", a.authors.join(", ")),
            field("countries", a.facets.countries.join(" ")),
            field("sanctioners", a.facets.sanctioners.join(" ")),
            field("target countries", a.facets.target_countries.join(" ")),
            field("target types", a.facets.target_types.join(" ")),
            field(
                "targets",
                a.facets
                    .targets
                    .iter()
                    .map(|t| format!("{} ({})", t.name, t.kind))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ];
        for l in lines {
            writeln!(w, "{}", self.paint(DIM, &l))?;
        }
        self.links(w, &a.links)?;
        writeln!(w)?;
        writeln!(w, "{}", a.body)
    }

    /// Each link with its status, score and why.
    fn links(&self, w: &mut dyn Write, links: &[crate::article::Link]) -> io::Result<()> {
        if links.is_empty() {
            return Ok(());
        }
        writeln!(w, "{}", self.paint(DIM, "links:"))?;
        for l in links {
            writeln!(
                w,
                "  {} {:.2} {:?} -> {} ({}:{}, {}, {}){}",
                self.paint(BOLD, &l.status),
                l.score,
                l.mention,
                l.entry_name,
                l.list,
                l.entry_id,
                l.kind,
                l.programs.join(" "),
                if l.target { ", named target" } else { "" }
            )?;
            writeln!(w, "      {}", self.paint(DIM, &format!("why: {}", l.why)))?;
        }
        Ok(())
    }

    pub fn removed(&self, w: &mut dyn Write, removed: &[Removed]) -> io::Result<()> {
        if removed.is_empty() {
            return writeln!(w, "{}", self.paint(DIM, "removed: nothing"));
        }
        writeln!(w, "{}", self.paint(BOLD, "removed:"))?;
        for r in removed {
            writeln!(
                w,
                "  {} {}",
                self.paint(CYAN, &format!("[{}]", r.rule)),
                r.line
            )?;
        }
        Ok(())
    }
}

/// Hit lines are indented past the hanging rank number (` 1. `).
const INDENT: &str = "    ";
/// Titles longer than this are cut at a word, whatever the width.
const MAX_TITLE_CHARS: usize = 100;

/// The width to wrap snippets to: `COLUMNS` when set (so a pipe can ask for wrapping too), else the
/// terminal's width when stdout is one; `None` (no wrapping, one line per snippet for grep and cut)
/// otherwise.
fn output_width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
    {
        return Some(n);
    }
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0))
}

fn title_chars(width: Option<usize>) -> usize {
    width.map_or(MAX_TITLE_CHARS, |w| {
        w.saturating_sub(INDENT.len()).clamp(20, MAX_TITLE_CHARS)
    })
}

/// The text indented under the hit's title and, given a width, wrapped to it at words (colour codes
/// take no width), every line with the same indent so the rank number hangs out on the left.
pub fn wrap_indented(text: &str, width: Option<usize>) -> String {
    match width {
        Some(w) if w > INDENT.len() + 10 => {
            let opts = textwrap::Options::new(w)
                .initial_indent(INDENT)
                .subsequent_indent(INDENT)
                .break_words(false);
            textwrap::fill(text, opts)
        }
        _ => format!("{INDENT}{text}"),
    }
}

/// The text cut to at most `max` characters at a word boundary, with `…` when anything was cut.
pub fn cut_at_word(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let limit = text
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    let cut = text[..limit]
        .rfind(char::is_whitespace)
        .filter(|&i| i > 0)
        .unwrap_or(limit);
    let kept = text[..cut].trim_end_matches(|c: char| c.is_whitespace() || ",;:-".contains(c));
    format!("{kept}…")
}

/// A heading for an article without a title: its first words.
fn untitled(body: &str) -> String {
    let words: Vec<&str> = body.split_whitespace().take(12).collect();
    let more = body.split_whitespace().nth(12).is_some();
    format!("{}{}", words.join(" "), if more { "…" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let t = "Ministers agree a sweeping package of measures against the shipping network";
        let cut = cut_at_word(t, 30);
        assert_eq!(cut, "Ministers agree a sweeping…");
        assert!(cut.chars().count() <= 30);
        assert_eq!(cut_at_word("Short title", 30), "Short title");
        // One word longer than the limit is cut inside it rather than dropped.
        assert_eq!(cut_at_word("Supercalifragilistic", 10), "Supercali…");
    }

    #[test]
    fn snippets_wrap_with_the_same_indent_and_colour_takes_no_width() {
        let text = "Canberra said the \x1b[1mmeasures\x1b[0m cover two ports and eleven vessels";
        let wrapped = wrap_indented(text, Some(30));
        for line in wrapped.lines() {
            assert!(line.starts_with(INDENT), "{line:?}");
            let visible = line.replace("\x1b[1m", "").replace("\x1b[0m", "");
            assert!(visible.chars().count() <= 30, "{line:?}");
        }
        assert!(wrapped.lines().count() > 1);
        assert_eq!(wrap_indented("one line", None), "    one line");
    }

    #[test]
    fn snippet_marks_highlights_without_colour() {
        let h = Human { color: false };
        let s = Snippet {
            text: "two Russian vessels".into(),
            highlights: vec![(12, 19)],
        };
        assert_eq!(h.snippet(&s), "two Russian *vessels*…");
        let c = Human { color: true };
        assert_eq!(c.snippet(&s), "two Russian \x1b[1mvessels\x1b[0m…");
        let whole = Snippet {
            text: "Two ships were seized.".into(),
            highlights: vec![],
        };
        assert_eq!(h.snippet(&whole), "Two ships were seized.");
    }
}
