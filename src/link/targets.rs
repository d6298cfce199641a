//! Which linked mentions are named targets of the sanctions action their article reports: a listed
//! party in the object of a sanctions verb (`the Treasury sanctioned X`, `sanctions on X and Y`) or the
//! subject of a passive one (`X and Y were designated`), not a listed party who speaks of sanctions
//! (`X said the sanctions were unlawful`). Rules as data: each context is a table row with the
//! sentences it must and must not accept, which the unit tests hold it to.

use std::sync::LazyLock;

use regex::Regex;

use crate::article::Link;

/// How far around a mention its sentence is looked at: bounded, so one endless sentence costs no more.
const WINDOW: usize = 240;
/// The most text between a trigger and the mention it governs (`sanctions on A, B, C and D`).
const MAX_GAP: usize = 120;

/// One way a sentence makes a mention the target of a sanctions action.
pub struct TargetContext {
    pub why: &'static str,
    accepts: fn(before: &str, after: &str) -> bool,
    /// Sentences whose `[[mention]]` this context must accept / must not accept.
    pub accepted: &'static [&'static str],
    pub rejected: &'static [&'static str],
}

pub const TARGET_CONTEXTS: &[TargetContext] = &[
    TargetContext {
        why: "the object of a sanctions verb or measure",
        accepts: object_of_trigger,
        accepted: &[
            "The Treasury sanctioned [[Ivan Dorokhov]] on Friday.",
            "Washington imposed sanctions on [[Kestrel Shipping]] and two of its tankers.",
            "It froze the assets of Lena Marsh and [[Ivan Dorokhov]].",
            "The measures target several firms, including [[Kestrel Shipping]], in Dubai.",
        ],
        rejected: &[
            "The sanctions on Moscow, [[Ivan Dorokhov]] said, would fail.",
            "Sanctions on the bank were discussed by [[Ivan Dorokhov]] and the minister.",
            "The sanctions, which [[Ivan Dorokhov]] called theft, took effect.",
            "New sanctions were announced. [[Ivan Dorokhov]] left for Rome.",
        ],
    },
    TargetContext {
        why: "added to a sanctions list",
        accepts: added_to_list,
        accepted: &[
            "Ottawa added [[Kestrel Shipping]] to its sanctions list.",
            "Commerce added Lena Marsh and [[Kestrel Shipping]] to the Entity List on Monday.",
        ],
        rejected: &[
            "He added [[Kestrel Shipping]] would suffer.",
            "Ottawa added [[Kestrel Shipping]] to the talks.",
        ],
    },
    TargetContext {
        why: "the subject of a passive sanctions verb",
        accepts: subject_of_passive,
        accepted: &[
            "[[Ivan Dorokhov]] was sanctioned by the Treasury.",
            "[[Ivan Dorokhov]], Lena Marsh and Kestrel Shipping were designated on Friday.",
            "[[Kestrel Shipping]] has also been added to the Entity List.",
        ],
        rejected: &[
            "[[Ivan Dorokhov]] said Kestrel Shipping was sanctioned.",
            "[[Ivan Dorokhov]] sanctioned three firms on Friday.",
            "[[Ivan Dorokhov]], who was sanctioned in 2018, spoke.",
        ],
    },
];

/// A sanctions verb or measure whose object follows it.
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:sanction(?:s|ed|ing)?|designat(?:ed|es|ing)|blacklist(?:s|ed|ing)?|(?:measures|restrictions|penalties|embargo|ban|bans) (?:on|against)|(?:froze|freez(?:e|es|ing)) (?:the )?assets of|target(?:s|ed|ing)?)\b",
    )
    .expect("trigger pattern")
});

/// Words between a trigger and a mention that put the mention outside its object: speech, an agent
/// after `by`, a relative clause.
static BLOCKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:said|says|told|according|by|who|which|whom|whose|while|but|because|after)\b",
    )
    .expect("blocker pattern")
});

/// A speech verb right after the mention: the mention is the speaker.
static SPEAKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s*(?:said|says|told|warned|added|denied|called|argued|replied)\b")
        .expect("speaks pattern")
});

/// `was sanctioned`, `were also designated`, `has been added to`, with a list of other names before it.
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?P<gap>[^.;:!?]{0,120}?)\b(?:was|were|is|are|(?:has|have|had) (?:also |now )?been|will be|would be)\s+(?:also\s+|now\s+|all\s+|each\s+)?(?:sanctioned|designated|blacklisted|added to|targeted|hit with sanctions)\b",
    )
    .expect("passive pattern")
});

fn object_of_trigger(before: &str, after: &str) -> bool {
    let Some(t) = TRIGGER.find_iter(before).last() else {
        return false;
    };
    let gap = &before[t.end()..];
    gap.len() <= MAX_GAP && !BLOCKER.is_match(gap) && !SPEAKS.is_match(after)
}

/// `added`, then the mention, then `to the ... list`.
static ADDED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\badd(?:ed|s|ing)\b").expect("added pattern"));
static TO_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.;:!?]{0,120}?\bto (?:the|its|a|their|his|her) [^.;:!?]{0,40}?\b(?:list|blacklist)\b")
        .expect("to-list pattern")
});

fn added_to_list(before: &str, after: &str) -> bool {
    let Some(t) = ADDED.find_iter(before).last() else {
        return false;
    };
    let gap = &before[t.end()..];
    gap.len() <= MAX_GAP && !BLOCKER.is_match(gap) && TO_LIST.is_match(after)
}

fn subject_of_passive(_before: &str, after: &str) -> bool {
    PASSIVE
        .captures(after)
        .and_then(|c| c.name("gap"))
        .is_some_and(|gap| !BLOCKER.is_match(gap.as_str()) && !SPEAKS.is_match(after))
}

/// The sentence around `start..end`, cut at sentence ends and at [`WINDOW`] bytes either side.
fn sentence_around(body: &str, start: usize, end: usize) -> (&str, &str) {
    let lo = crate::text::ceil_boundary(body, start.saturating_sub(WINDOW));
    let hi = crate::text::floor_boundary(body, (end + WINDOW).min(body.len()));
    let before = &body[lo..start];
    let before = match before.rfind(['.', '!', '?', '\n']) {
        // A dot after a capital letter is an initial or an abbreviation (`U.S.`), not a sentence end.
        Some(i) if !ends_abbreviation(&before[..i]) => &before[i + 1..],
        _ => before,
    };
    let after = &body[end..hi];
    let after = match after.find(['.', '!', '?', '\n']) {
        Some(i) if !ends_abbreviation(&after[..i]) => &after[..i],
        _ => after,
    };
    (before, after)
}

fn ends_abbreviation(text: &str) -> bool {
    let word = text
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.chars().count() == 1 && word.chars().all(char::is_uppercase)
}

/// Why the link's mention is a named target of the article's sanctions action, if it is.
pub fn target_context(body: &str, link: &Link) -> Option<&'static str> {
    if !matches!(
        link.kind.as_str(),
        "individual" | "organization" | "vessel" | "aircraft"
    ) || !link.is_match()
    {
        return None;
    }
    let (before, after) = sentence_around(body, link.start, link.end);
    TARGET_CONTEXTS
        .iter()
        .find(|c| (c.accepts)(before, after))
        .map(|c| c.why)
}

/// Mark the links that are named targets, in an article that reports a sanctions action.
pub fn mark_targets(body: &str, links: &mut [Link], reports_action: bool) {
    for l in links.iter_mut() {
        l.target = reports_action && target_context(body, l).is_some();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link_in(marked: &str) -> (String, Link) {
        let start = marked.find("[[").expect("[[");
        let text = marked.replace("[[", "").replace("]]", "");
        let end = marked.find("]]").expect("]]") - 2;
        let link = Link {
            list: "t".into(),
            entry_id: "1".into(),
            entry_name: "X".into(),
            mention: text[start..end].to_string(),
            start,
            end,
            kind: "individual".into(),
            programs: Vec::new(),
            score: 0.95,
            status: "match".into(),
            why: String::new(),
            target: false,
        };
        (text, link)
    }

    #[test]
    fn target_contexts_hold_their_examples() {
        for c in TARGET_CONTEXTS {
            for s in c.accepted {
                let (text, link) = link_in(s);
                let (before, after) = sentence_around(&text, link.start, link.end);
                assert!((c.accepts)(before, after), "{}: should accept {s}", c.why);
            }
            for s in c.rejected {
                let (text, link) = link_in(s);
                assert_eq!(
                    target_context(&text, &link),
                    None,
                    "{}: should reject {s}",
                    c.why
                );
            }
        }
    }

    #[test]
    fn only_matches_in_articles_that_report_an_action_are_targets() {
        let (text, mut link) = link_in("The Treasury sanctioned [[Ivan Dorokhov]] on Friday.");
        mark_targets(&text, std::slice::from_mut(&mut link), false);
        assert!(!link.target);
        mark_targets(&text, std::slice::from_mut(&mut link), true);
        assert!(link.target);
        link.status = "possible".into();
        mark_targets(&text, std::slice::from_mut(&mut link), true);
        assert!(!link.target);
    }

    #[test]
    fn an_endless_sentence_is_looked_at_in_a_window() {
        let long = format!("sanctioned {} [[Ivan Dorokhov]]", "word ".repeat(100_000));
        let (text, link) = link_in(&long);
        let (before, _) = sentence_around(&text, link.start, link.end);
        assert!(before.len() <= WINDOW);
        assert_eq!(target_context(&text, &link), None);
    }
}
