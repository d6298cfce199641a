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

/// Words that ask for information rather than name a subject ("what *articles exist* which *deal*
/// with", "is there any *evidence* that", "I am *interested* in *papers* about"), as in the topic
/// stoplists of classic IR test collections. They are dropped only inside a leading request clause (see
/// `request_clause`): elsewhere "evidence" or "report" may well be what the user is after.
const REQUEST_WORDS: &[&str] = &[
    "article",
    "articles",
    "paper",
    "papers",
    "document",
    "documents",
    "publication",
    "publications",
    "report",
    "reports",
    "study",
    "studies",
    "research",
    "literature",
    "work",
    "works",
    "evidence",
    "material",
    "references",
    "exist",
    "exists",
    "deal",
    "deals",
    "dealing",
    "discuss",
    "discusses",
    "discussing",
    "describe",
    "describes",
    "describing",
    "mention",
    "mentions",
    "concerning",
    "regarding",
    "address",
    "addresses",
    "show",
    "shows",
    "find",
    "found",
    "finding",
    "look",
    "looking",
    "interested",
    "want",
    "like",
    "need",
    "know",
    "known",
    "tell",
    "say",
    "says",
    "true",
    "claim",
    "claims",
    "read",
    "relevant",
    "examine",
    "examines",
    "anyone",
    "anything",
    "something",
    "please",
    "list",
    "give",
    "provide",
    "available",
];

/// A request clause holds at least this many words: "evidence of fraud" is a subject, not a request.
const MIN_REQUEST_CLAUSE: usize = 3;

/// The query with its stopwords dropped, and the request words of a leading request clause, or
/// `None` when it is left as typed: it uses query syntax beyond words, phrases and parentheses, it has
/// nothing to drop, or it is nothing but such words (`what is it` is still searched as typed rather
/// than emptied).
pub fn drop_stopwords(text: &str) -> Option<String> {
    let chunks = chunks(text)?;
    let clause = request_clause(&chunks);
    let mut kept: Vec<&str> = Vec::with_capacity(chunks.len());
    let mut dropped = 0;
    let mut after_content = false;
    for (i, chunk) in chunks.iter().enumerate() {
        let drop = !chunk.phrase
            && !chunk.text.contains(['(', ')'])
            && (i < clause || is_stopword(chunk.text, after_content));
        if drop {
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

/// Words that join a request to its subject ("evidence *that*", "papers *about*", "deal *with*").
const LINKS: &[&str] = &[
    "that",
    "whether",
    "if",
    "how",
    "about",
    "on",
    "with",
    "in",
    "of",
    "regarding",
    "concerning",
];

/// How many leading words form a request clause: a run of stopwords and request words at the start,
/// holding a request word, with some other word after it, up to its last linking word ("which
/// reports show that | the reports were forged"); at least `MIN_REQUEST_CLAUSE` words. 0 when there
/// is none.
fn request_clause(chunks: &[Chunk]) -> usize {
    let run = chunks
        .iter()
        .take_while(|c| !c.phrase && (is_stopword(c.text, false) || is_request_word(c.text)))
        .count();
    let asks = chunks[..run].iter().any(|c| is_request_word(c.text));
    if run == chunks.len() || !asks {
        return 0;
    }
    let clause = chunks[..run]
        .iter()
        .rposition(|c| LINKS.contains(&bare(c.text).as_str()))
        .map_or(run, |i| i + 1);
    if clause >= MIN_REQUEST_CLAUSE && chunks[..clause].iter().any(|c| is_request_word(c.text)) {
        clause
    } else {
        0
    }
}

fn is_request_word(word: &str) -> bool {
    REQUEST_WORDS.contains(&bare(word).as_str())
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

/// Operators, field prefixes, required/excluded marks, ranges, boosts, wildcards. Parentheses alone
/// are not: without operators they only group words (and prose uses them: "TSS (Time Sharing
/// System)"), so words inside them are rewritten too, and a word holding one is kept to keep them
/// balanced.
fn is_syntax(word: &str) -> bool {
    matches!(word, "AND" | "OR" | "NOT" | "IN" | "&&" | "||")
        || word.starts_with(['+', '-'])
        || word.contains([':', '[', ']', '{', '}', '^', '~', '*', '\\'])
}

/// The word in lower case without the punctuation around it (`which,` `exist?`).
fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// A word that is an English stopword.
fn is_stopword(word: &str, after_content: bool) -> bool {
    let bare = bare(word);
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
            "sanctions Iranian tankers?"
        );
        assert_eq!(
            rw("Are there any reports which say that Seoul froze the assets"),
            "Seoul froze assets"
        );
    }

    #[test]
    fn phrases_keep_their_stopwords_in_order() {
        assert_eq!(
            rw(r#"which articles mention "state of emergency" in the capital"#),
            r#""state of emergency" capital"#
        );
    }

    #[test]
    fn query_syntax_is_left_as_typed() {
        for q in [
            "the AND sanctions",
            "title:the sanctions",
            "(the sanctions) OR embargo",
            "(the sanctions) embargo NOT iran",
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
    fn a_leading_request_clause_is_dropped_whole() {
        assert_eq!(
            rw("What articles exist which deal with TSS (Time Sharing System), an operating system?"),
            "TSS (Time Sharing System), operating system?"
        );
        assert_eq!(
            rw("Is there any evidence that tankers were seized?"),
            "tankers seized?"
        );
        assert_eq!(
            rw("I am interested in papers about embargo evasion"),
            "embargo evasion"
        );
        // Request words after the clause, or in a short query, are the subject.
        assert_eq!(rw("evidence of fraud"), "evidence fraud");
        assert_eq!(
            rw("which reports show that the reports were forged"),
            "reports forged"
        );
        assert_eq!(rw("studies of the war"), "studies war");
        // Nothing but a request: searched for its request words.
        assert_eq!(rw("which articles exist"), "articles exist");
    }

    #[test]
    fn words_in_parentheses_are_rewritten_and_parentheses_kept() {
        assert_eq!(rw("sanctions (on the ships)"), "sanctions (on ships)");
        assert_eq!(rw("(the) sanctions"), "(the) sanctions");
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
