//! Snippets: the passage of the body that best matches the query, with the matched words marked.

use serde::Serialize;

/// A passage and the byte ranges of its highlighted words.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Snippet {
    pub text: String,
    /// `[start, end)` byte offsets into `text`.
    pub highlights: Vec<(usize, usize)>,
}

impl Snippet {
    pub fn from_tantivy(s: &tantivy::snippet::Snippet) -> Snippet {
        Snippet {
            text: s.fragment().to_string(),
            highlights: s.highlighted().iter().map(|r| (r.start, r.end)).collect(),
        }
    }

    /// The same passage moved to start where a sentence or clause of `body` starts, not mid-sentence:
    /// back to the sentence start when it is close, else forward to the first sentence start, then
    /// clause start, before the first highlighted word. The passage keeps about its length.
    pub fn at_sentence_start(self, body: &str) -> Snippet {
        let Some(from) = find_passage(body, &self.text) else {
            return self;
        };
        let to = from + self.text.len();
        let first_hit = self.highlights.first().map_or(to, |h| from + h.0);
        let last_hit = self.highlights.last().map_or(from, |h| from + h.1);
        let start = sentence_start(body, from, first_hit);
        // Keep the length: what was added in front is cut from the end, at a word, never cutting a
        // highlighted word.
        let grown = from.saturating_sub(start);
        let mut end = to;
        if grown > 0 {
            let want = crate::text::floor_boundary(body, to.saturating_sub(grown)).max(last_hit);
            end = body[..want]
                .rfind(char::is_whitespace)
                .filter(|&i| i >= last_hit)
                .unwrap_or(want);
        }
        let highlights = self
            .highlights
            .iter()
            .map(|&(s, e)| (s + from - start, e + from - start))
            .filter(|&(_, e)| start + e <= end)
            .collect();
        Snippet {
            text: body[start..end].trim_end().to_string(),
            highlights,
        }
    }

    /// The opening of the body, for hits where no body word matched (title-only or filter-only).
    pub fn lead(body: &str, max_chars: usize) -> Snippet {
        let flat: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
        if flat.chars().count() <= max_chars {
            return Snippet {
                text: flat,
                highlights: Vec::new(),
            };
        }
        let cut = flat
            .char_indices()
            .nth(max_chars)
            .map_or(flat.len(), |(i, _)| i);
        let cut = flat[..cut].rfind(' ').unwrap_or(cut);
        Snippet {
            text: format!("{}…", &flat[..cut]),
            highlights: Vec::new(),
        }
    }
}

/// How far back a snippet may reach for the start of its sentence.
const REACH_BACK: usize = 80;

/// Where `passage` (a slice tantivy copied out of `body`) lies in `body`.
fn find_passage(body: &str, passage: &str) -> Option<usize> {
    if passage.is_empty() {
        return None;
    }
    body.find(passage)
}

/// The best place at or around `from` for a passage to begin: the start of the sentence holding the
/// first highlighted word when that lies ahead of `from`; else the start of the sentence holding `from`
/// when it is at most `REACH_BACK` bytes back; else the same two tries with clause starts; else `from`.
fn sentence_start(body: &str, from: usize, first_hit: usize) -> usize {
    let back = crate::text::floor_boundary(body, from.saturating_sub(REACH_BACK));
    let ahead = first_hit.min(body.len());
    let ahead = ahead + body[ahead..].chars().next().map_or(0, char::len_utf8);
    for kind in [Boundary::Sentence, Boundary::Clause] {
        if let Some(i) = starts(body, from, ahead, kind).last() {
            return i;
        }
        if let Some(i) = starts(body, back, from, kind).last() {
            return i;
        }
    }
    from
}

#[derive(Clone, Copy, PartialEq)]
enum Boundary {
    /// After `.` `!` `?` and a space, before a word that is not in lower case (`U.S. sanctions` is
    /// one sentence); or a paragraph start.
    Sentence,
    /// A sentence start, or after `;` `:` `,` and a space.
    Clause,
}

/// Byte offsets in `lo..hi` where a passage of that kind may begin.
fn starts(body: &str, lo: usize, hi: usize, kind: Boundary) -> impl Iterator<Item = usize> + '_ {
    body[lo..hi]
        .char_indices()
        .map(move |(i, _)| lo + i)
        .filter(move |&i| is_start(body, i, kind))
}

fn is_start(body: &str, i: usize, kind: Boundary) -> bool {
    if i == 0 {
        return true;
    }
    let Some(c) = body[i..].chars().next() else {
        return false;
    };
    let before = body[..i].trim_end();
    if c.is_whitespace() || before.len() == i {
        return false;
    }
    if body[before.len()..i].contains("\n\n") {
        return true;
    }
    let sentence = before.ends_with(['.', '!', '?']) && !c.is_lowercase();
    sentence || (kind == Boundary::Clause && before.ends_with([';', ':', ',']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snippet_of(body: &str, from: &str, len: usize, word: &str) -> Snippet {
        let at = body.find(from).unwrap();
        let text = body[at..at + len].to_string();
        let h = text.find(word).unwrap();
        Snippet {
            highlights: vec![(h, h + word.len())],
            text,
        }
    }

    #[test]
    fn a_passage_starting_after_a_full_stop_skips_the_tail() {
        let body = "They met at the council. It voted on new resolutions.\n\nTokyo said sanctions hit two tankers carrying oil.";
        let s = snippet_of(body, "resolutions.", 60, "tankers").at_sentence_start(body);
        assert!(s.text.starts_with("Tokyo said"), "{:?}", s.text);
        let (a, b) = s.highlights[0];
        assert_eq!(&s.text[a..b], "tankers");
    }

    #[test]
    fn a_passage_reaches_back_to_a_close_sentence_start() {
        let body = "Officials said. Ministers in Canberra announced sanctions on three shipping firms today.";
        let s = snippet_of(body, "Canberra", 40, "sanctions").at_sentence_start(body);
        assert!(s.text.starts_with("Ministers in Canberra"), "{:?}", s.text);
        assert!(s.text.len() <= 45, "keeps about its length: {:?}", s.text);
        let (a, b) = s.highlights[0];
        assert_eq!(&s.text[a..b], "sanctions");
    }

    #[test]
    fn a_long_sentence_starts_at_a_clause() {
        let filler = "word ".repeat(40);
        let body = format!("Start {filler}and more words; the embargo on arms stays");
        let s = snippet_of(&body, "more words", 30, "embargo").at_sentence_start(&body);
        assert!(s.text.starts_with("the embargo"), "{:?}", s.text);
    }

    #[test]
    fn lead_cuts_at_a_word() {
        let s = Snippet::lead("Seoul imposed\n\nsanctions on two ships", 20);
        assert_eq!(s.text, "Seoul imposed…");
        assert_eq!(Snippet::lead("short", 20).text, "short");
    }
}
