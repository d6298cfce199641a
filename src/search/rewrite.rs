//! Query rewriting before parsing: a question typed in plain English ranks like its content words.
//!
//! "What articles exist which deal with sanctions on tankers?" should find what "sanctions tankers"
//! finds. With `--match any`, every function word in it matches nearly every article and adds noise to
//! the ranking; with `--match all` it would require them. So English stopwords are dropped from the
//! query text at query time, never at index time: a quoted phrase keeps its stopwords and still
//! matches them in order (`"state of emergency"`), and a query written with operators (`AND`, `OR`,
//! parentheses), field prefixes (`title:`) or `+`/`-` marks is the user's exact intent and keeps every
//! word it spells out. The index is unchanged, so no rebuild is needed.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Single letters are names more often than words (`vitamin D`, `T cells`, `Lady R`): of them only
/// the article and the pronoun are stopwords, and only where no content word comes right before
/// (`vitamin A` and `type I` keep theirs).
const LETTER_STOPWORDS: [&str; 2] = ["a", "i"];

/// Words of the NLTK list that carry meaning a query relies on: negation, comparison, quantity, time
/// order and direction ("not", "more likely than", "during", "after", "up", "against"). Only the
/// words that say nothing of the subject are dropped: articles, pronouns, auxiliaries, question words,
/// conjunctions and the lightest prepositions.
const KEEP: &[&str] = &[
    "no", "nor", "not", "only", "same", "other", "more", "most", "few", "very", "too", "than",
    "during", "before", "after", "once", "again", "further", "between", "against", "above",
    "below", "up", "down", "over", "under", "off", "out", "until", "through",
];

/// The NLTK English stopword list (from the `stop-words` crate), less `KEEP` and single letters.
fn stopwords() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        stop_words::get("en")
            .iter()
            .copied()
            .filter(|w| w.chars().count() > 1 && !KEEP.contains(w))
            .chain(LETTER_STOPWORDS)
            .collect()
    })
}

/// The query with its stopwords dropped, or `None` when it is left as typed: it uses query syntax
/// beyond words and phrases, it has no stopword, or it is nothing but stopwords (`what is it`
/// unquoted is still searched as typed rather than emptied).
pub fn drop_stopwords(text: &str) -> Option<String> {
    let chunks = chunks(text)?;
    let mut kept: Vec<&str> = Vec::with_capacity(chunks.len());
    let mut dropped = 0;
    let mut after_content = false;
    for chunk in chunks {
        if !chunk.phrase && is_stopword(chunk.text, after_content) {
            dropped += 1;
            after_content = false;
        } else {
            kept.push(chunk.text);
            after_content = true;
        }
    }
    if kept.is_empty() || dropped == 0 {
        return None;
    }
    Some(kept.join(" "))
}

/// A piece of the query: a whitespace-separated word, or a whole quoted phrase.
struct Chunk<'a> {
    text: &'a str,
    phrase: bool,
}

/// Splits a plain query into words and quoted phrases; `None` when it holds any other query syntax.
fn chunks(text: &str) -> Option<Vec<Chunk<'_>>> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('"') {
            // An unclosed quote is left to the parser's lenient mode.
            let end = after.find('"')? + 2;
            out.push(Chunk {
                text: &rest[..end],
                phrase: true,
            });
            rest = rest[end..].trim_start();
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(rest.len());
        let word = &rest[..end];
        if is_syntax(word) {
            return None;
        }
        out.push(Chunk {
            text: word,
            phrase: false,
        });
        rest = rest[end..].trim_start();
    }
    Some(out)
}

/// Operators, grouping, field prefixes, required/excluded marks, ranges, boosts, wildcards.
fn is_syntax(word: &str) -> bool {
    matches!(word, "AND" | "OR" | "NOT" | "IN" | "&&" | "||")
        || word.starts_with(['+', '-'])
        || word.contains([':', '(', ')', '[', ']', '{', '}', '^', '~', '*', '\\'])
}

/// A word, stripped of the punctuation around it (`which,` `exist?`), that is an English stopword.
fn is_stopword(word: &str, after_content: bool) -> bool {
    let bare = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if bare.is_empty() {
        // Lone punctuation carries no terms either way.
        return true;
    }
    let letter = bare.chars().count() == 1;
    stopwords().contains(bare.as_str()) && !(letter && after_content)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rw(q: &str) -> String {
        drop_stopwords(q).unwrap_or_else(|| q.to_string())
    }

    #[test]
    fn a_question_keeps_its_content_words() {
        assert_eq!(
            rw("What is known about the sanctions on Iranian tankers?"),
            "known sanctions Iranian tankers?"
        );
        assert_eq!(
            rw("Are there any reports which say that Seoul froze the assets"),
            "reports say Seoul froze assets"
        );
    }

    #[test]
    fn phrases_keep_their_stopwords_in_order() {
        assert_eq!(
            rw(r#"which articles mention "state of emergency" in the capital"#),
            r#"articles mention "state of emergency" capital"#
        );
    }

    #[test]
    fn query_syntax_is_left_as_typed() {
        for q in [
            "the AND sanctions",
            "title:the sanctions",
            "(the sanctions) OR embargo",
            "sanctions -the",
            "+the vessels",
            "sanction*",
            r#"an "unclosed phrase"#,
        ] {
            assert_eq!(drop_stopwords(q), None, "{q}");
        }
    }

    #[test]
    fn single_letters_are_names_after_a_content_word() {
        assert_eq!(
            rw("is a lack of vitamin D linked to it"),
            "lack vitamin D linked"
        );
        assert_eq!(rw("vitamin A and the eye"), "vitamin A eye");
        assert_eq!(rw("T cells in the gut"), "T cells gut");
        assert_eq!(rw("I wonder about the Lady R"), "wonder Lady R");
    }

    #[test]
    fn all_stopwords_or_none_is_left_alone() {
        assert_eq!(drop_stopwords("what is it that they are"), None);
        assert_eq!(drop_stopwords("north korea vessels"), None);
        assert_eq!(drop_stopwords(""), None);
    }

    #[test]
    fn us_and_other_country_codes_are_not_stopwords() {
        assert_eq!(rw("the US and the UK"), "US UK");
    }
}
