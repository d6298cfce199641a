//! The country of a named target, from the words that describe it where it is named: a place before
//! it (`Dubai-based X`, `the Russian oil producer X`, `Indian national X`) or an apposition after it
//! (`X, an Iranian firm`). The guide's target countries are the targeted parties' countries, and
//! modern announcements give them this way rather than in the sanctions phrase itself.

use super::*;

/// How many bytes before a name its describing words may start, and after it its apposition may end.
const ORIGIN_WINDOW: usize = 60;
/// How many occurrences of a name are read, and how many names: bounds that keep the pass linear.
const MAX_OCCURRENCES: usize = 3;
const MAX_NAMES: usize = 64;

/// The countries the story's named targets belong to, by the words around each name.
pub(super) fn countries_of_named(body: &str, named: &[Target], caps: bool) -> Vec<&'static str> {
    let mut out = Vec::new();
    // A vessel's flag state is its country, as a firm's seat is (`the Panama-flagged X`).
    for t in named.iter().take(MAX_NAMES) {
        let found = body
            .match_indices(t.name.as_str())
            .take(MAX_OCCURRENCES)
            .find_map(|(a, _)| origin_at(body, a, a + t.name.len(), caps));
        if let Some(code) = found.filter(|c| !out.contains(c)) {
            out.push(code);
        }
    }
    out
}

/// The country the words around the name at `[a, b)` of `body` give it, if any.
pub(super) fn origin_at(body: &str, a: usize, b: usize, caps: bool) -> Option<&'static str> {
    described_before(body, a, caps)
        .or_else(|| apposition_after(body, b, caps))
        .or_else(|| seat_after(body, a, b, caps))
        // `Vanta Marine Pte. Ltd.`: a form only one country's law has.
        .or_else(|| crate::extract::legal_forms::country_of(&body[a..b]))
}

/// `Vanta Trading AG of Zurich`, `VANTA EXPORT CORP OF PANAMA CITY`: a firm's seat after `of`, right
/// after its legal form (a person's `of` names an employer, not a country).
fn seat_after(body: &str, a: usize, b: usize, caps: bool) -> Option<&'static str> {
    if !targets::ends_in_legal_form(&body[a..b]) {
        return None;
    }
    let rest = window(&body[b..]);
    let place = rest
        .strip_prefix(" of ")
        .or_else(|| rest.strip_prefix(" OF "))
        .or_else(|| rest.strip_prefix("\nof "))?;
    let place = clause_head(place);
    let place = place.split(" and ").next().unwrap_or(place);
    country_in(place, caps)
}

/// `the Russian oil producer X`, `Hong Kong-registered X`, `US Navy Vice Admiral X`: the last country
/// in the noun phrase that ends at the name, when the word right before the name describes a party.
fn described_before(body: &str, a: usize, caps: bool) -> Option<&'static str> {
    let from = crate::text::ceil_boundary(body, a.saturating_sub(ORIGIN_WINDOW));
    let window = &body[from..a];
    // The noun phrase starts after the last clause break.
    // (A curly quote is three bytes: the phrase starts after the whole character.)
    // (`St. Petersburg-based`: an abbreviation's period is no break.)
    let head = window
        .char_indices()
        .rfind(|&(i, c)| {
            matches!(
                c,
                ',' | ';' | ':' | '(' | ')' | '\n' | '"' | '\u{201c}' | '\u{201d}'
            ) || c == '.' && !abbreviation_dot(window, i)
        })
        .map_or(window, |(i, c)| &window[i + c.len_utf8()..]);
    // ... and after the last word of a clause (`The firms sanctioned were Dubai-based X`).
    let head = head
        .split_whitespace()
        .rfind(|w| NOT_IN_DESCRIPTION.contains(w))
        .map_or(head, |w| {
            let at = w.as_ptr() as usize - head.as_ptr() as usize + w.len();
            &head[at..]
        });
    let last = head.split_whitespace().last()?;
    let describes = targets::place_prefix(last)
        || last.starts_with(|c: char| c.is_uppercase())
        || targets::party_noun(last);
    if !describes {
        return None;
    }
    country_in(head, caps)
}

/// Lower-case words that show the phrase before a name is a clause, not a description of the name
/// (`Oslo sanctioned X`, `a firm owned by X`, `sanctions on X`).
const NOT_IN_DESCRIPTION: &[&str] = &[
    "sanctioned",
    "designated",
    "sanctions",
    "sanction",
    "said",
    "says",
    "imposed",
    "targeted",
    "on",
    "against",
    "by",
    "of",
    "for",
    "to",
    "with",
    "from",
    "and",
    "or",
    "that",
    "which",
    "who",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "includes",
    "include",
    "including",
    "named",
    "listed",
    "added",
    "also",
    "between",
    "at",
    "in",
];

/// `X, an Iranian firm that ...`, `X, a Dubai-based broker`: the country of a short apposition right
/// after the name that ends in a noun of a party's kind or holds a place's `-based`.
fn apposition_after(body: &str, b: usize, caps: bool) -> Option<&'static str> {
    let rest = &body[b..];
    // `BAHJA (IMO 9104321), flagged in Palau`, `X, a bulk carrier flagged in Cameroon`.
    if let Some(c) = FLAGGED_IN.captures(window(rest)) {
        return c.name("place").and_then(|p| country_in(p.as_str(), caps));
    }
    if let Some(place) = placed_after(rest) {
        return country_in(place, caps);
    }
    let rest = rest.strip_prefix(", ")?;
    let article = ["a ", "an ", "the "]
        .iter()
        .find(|p| rest.starts_with(**p))?;
    let phrase = clause_head(&window(rest)[article.len()..]);
    // The apposition's own noun phrase, before a clause of its own (`that Treasury said ...`).
    let phrase = phrase
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "that" | "which" | "who" | "whose" | "with" | "for" | "of"
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let last = phrase.split_whitespace().last()?;
    let kind_noun = targets::party_noun(last);
    let placed = phrase.split_whitespace().any(targets::place_prefix);
    let described = (kind_noun || placed)
        .then(|| country_in(&phrase, caps))
        .flatten();
    described.or_else(|| office_of(&window(rest)[article.len()..], caps))
}

/// A vessel's flag in a description after its name (an IMO number may come first).
pub(super) static FLAGGED_IN: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^(?:\s*\((?i:imo)[^)]{0,20}\))?,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?(?:flagged|flying\s+the\s+flag\s+of)\s+(?:in\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})")
        .expect("flagged-in pattern compiles")
});

/// `X, a former justice of Guatemala's Supreme Court`, `X, the head of Iran's judiciary`: an office
/// held in a country's institution places its holder there. Only a country opening the words after
/// `of` counts (`a director of Vanta Trading` names an employer).
fn office_of(phrase: &str, caps: bool) -> Option<&'static str> {
    let phrase = clause_head(phrase);
    let (_, after) = phrase.split_once(" of ")?;
    let owner = after
        .split_whitespace()
        .take(3)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .collect::<Vec<_>>()
        .join(" ");
    let possessive = owner.contains("'s") || owner.contains('\u{2019}');
    // `of Poland`, all of it the owner; not `a supplier of Iranian drones`.
    let whole = owner.split_whitespace().count() == after.split_whitespace().count();
    (possessive || whole)
        .then(|| country_in(&owner, caps))
        .flatten()
        .or_else(|| employer_of(after, caps))
}

/// `an executive of a North Korean trading company`: a post at a firm its words place in a country
/// (a short phrase opened by an article and closed by a noun of a party's kind) places its holder.
fn employer_of(after: &str, caps: bool) -> Option<&'static str> {
    let rest = ["a ", "an ", "the "]
        .iter()
        .find_map(|p| after.strip_prefix(p))?;
    let words: Vec<&str> = rest.split_whitespace().take(5).collect();
    let end = words
        .iter()
        .position(|w| targets::party_noun(w.trim_end_matches([',', '.', ';'])))?;
    country_in(&words[..=end].join(" "), caps)
}

/// `X, based in Panama`, `X, which is headquartered in Istanbul`, `X is located in Dubai`: the words
/// that place a name right after it.
pub(super) static PLACED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^(?:,\s+(?:(?:which|that|who)\s+(?:is|are|was|were)\s+)?|\s+(?:is|are|was|were)\s+)(?:also\s+)?(?:based|registered|headquartered|located|incorporated|domiciled)\s+in\s+")
        .expect("placed-after pattern compiles")
});

/// `X, based in Panama`, `X (Panama)`: the place a name is given right after it, up to the clause's end.
fn placed_after(rest: &str) -> Option<&str> {
    let rest = window(rest);
    if let Some(r) = rest.strip_prefix(" (") {
        // A bracket holds a place only when it is a few words (`(Panama)`, not `(IMO 9123456)`,
        // whose description may follow it).
        let place = &r[..r.find(')')?];
        let number = place.contains(|c: char| c.is_ascii_digit());
        return (place.split_whitespace().count() <= 4 && !number).then_some(place);
    }
    // Kept with its `in `: the mention finder takes a bare city for a place only after a locative
    // word (a bracket's `(Ibarra)` is a short name, not Ecuador's town). The place is the
    // capitalised words after it (`in Togo at the time` is Togo).
    let m = PLACED_AFTER.find(rest)?;
    let place = clause_head(&rest[m.end() - "in ".len()..]);
    let mut end = "in ".len();
    for (i, w) in place.split_whitespace().enumerate().skip(1) {
        if !(w.starts_with(char::is_uppercase) || i == 1 && w == "the") {
            break;
        }
        end = w.as_ptr() as usize - place.as_ptr() as usize + w.len();
    }
    (end > "in ".len()).then_some(&place[..end])
}

/// The first [`ORIGIN_WINDOW`] bytes after a name, where the words that place it are looked for.
fn window(rest: &str) -> &str {
    &rest[..crate::text::floor_boundary(rest, ORIGIN_WINDOW.min(rest.len()))]
}

/// `phrase` up to its clause's end: a comma, a semicolon, a period, a bracket or a line break.
fn clause_head(phrase: &str) -> &str {
    &phrase[..phrase
        .find([',', ';', '.', '(', '\n'])
        .unwrap_or(phrase.len())]
}

/// The last country (not a bloc) mentioned in `phrase`.
fn country_in(phrase: &str, caps: bool) -> Option<&'static str> {
    countries::find_mentions(phrase, caps)
        .iter()
        .rev()
        .find(|m| !matches!(m.kind, Kind::NoCountry) && !matches!(m.code, "EU" | "UN"))
        .map(|m| m.code)
        .or_else(|| seat_town(phrase))
}

/// `Zug-registered`, `Larnaca-based`: a town too small to be a place word on its own, marked as a
/// firm's seat by the suffix. The town is the capitalised words before the suffix (`Ras Al
/// Khaimah-based`), all of them: a known town at their end alone (`Petersburg` of `St.
/// Petersburg-based`) may be another place.
fn seat_town(phrase: &str) -> Option<&'static str> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let (i, stem) = words.iter().enumerate().rev().find_map(|(i, w)| {
        let stem = countries::SEAT_SUFFIXES
            .iter()
            .filter(|x| x.starts_with('-'))
            .find_map(|x| w.strip_suffix(x))?;
        Some((i, stem))
    })?;
    let capitalised = words[..i]
        .iter()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    if capitalised > 2 {
        return None;
    }
    let mut name = words[i - capitalised..i].join(" ");
    if capitalised > 0 {
        name.push(' ');
    }
    name.push_str(stem);
    countries::town_country(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(s: &str, name: &str) -> Option<&'static str> {
        let a = s.find(name).expect("name in sentence");
        origin_at(s, a, a + name.len(), false)
    }

    /// A place given right after a name, in a relative clause or a predicate.
    #[test]
    fn a_place_given_after_the_name_gives_its_country() {
        let s = "Vanta Trading LLC, which is headquartered in Istanbul, shipped oil.";
        assert_eq!(origin(s, "Vanta Trading LLC"), Some("TR"));
        // The place is the capitalised words after `in`, whatever the clause goes on to say.
        let s = "The Sea Lark, which was registered in Togo at the time of the transfer, sailed.";
        assert_eq!(origin(s, "Sea Lark"), Some("TG"));
        let s = "Oslo named Vanta Trading LLC. Vanta Trading LLC is located in Dubai, UAE.";
        assert_eq!(
            countries_of_named(
                s,
                &[Target {
                    name: "Vanta Trading LLC".into(),
                    kind: "organization".into()
                }],
                false
            ),
            vec!["AE"]
        );
    }

    /// A town too small to be a place word gives its country as a seat (`Zug-registered`), but
    /// only as the whole place before the suffix (`St. Petersburg-based` is no `Petersburg`).
    #[test]
    fn a_small_towns_seat_gives_its_country() {
        let s = "Oslo sanctioned the Zug-registered trader Vanta Energy AG on Monday.";
        assert_eq!(origin(s, "Vanta Energy AG"), Some("CH"));
        let s = "Also listed is the St. Petersburg-based Orla Technology Center.";
        assert_ne!(origin(s, "Orla Technology Center"), Some("US"));
    }

    #[test]
    fn a_place_or_people_describing_the_name_gives_its_country() {
        let s =
            "The firms named were Dubai-based Kestrel Marine FZE and the Polish carrier Orla Air.";
        assert_eq!(origin(s, "Kestrel Marine FZE"), Some("AE"));
        assert_eq!(origin(s, "Orla Air"), Some("PL"));
        let s = "Also listed is Indian national Arjun Das, who ran the firm.";
        assert_eq!(origin(s, "Arjun Das"), Some("IN"));
        let s = "Oslo sanctioned Vanta Trading, an Iranian firm that shipped oil.";
        assert_eq!(origin(s, "Vanta Trading"), Some("IR"));
        let s = "Oslo sanctioned Vanta Trading, a Hong Kong-registered broker.";
        assert_eq!(origin(s, "Vanta Trading"), Some("HK"));
        let s = "Oslo listed Orla Freight LLC, based in the United Arab Emirates, and Kestrel AS (Panama).";
        assert_eq!(origin(s, "Orla Freight LLC"), Some("AE"));
        assert_eq!(origin(s, "Kestrel AS"), Some("PA"));
    }

    #[test]
    fn an_office_in_a_countrys_institution_places_its_holder() {
        let s = "Oslo designated Ana Brel, a former judge of Freedonia's Supreme Court, and Ivo Marek, the head of Poland's customs service.";
        assert_eq!(origin(s, "Ivo Marek"), Some("PL"));
        let s = "Oslo designated Ivo Marek, the deputy minister of Poland, on Monday.";
        assert_eq!(origin(s, "Ivo Marek"), Some("PL"));
        // An employer after `of` is no country; nor a country deep in the phrase.
        let s = "Oslo designated Ivo Marek, a director of Vanta Trading in Poland.";
        assert_eq!(origin(s, "Ivo Marek"), None);
    }

    #[test]
    fn a_firms_seat_after_of_is_its_country() {
        let s = "The department named Vanta Trading AG of Hong Kong and Ivo Marek of Norway.";
        assert_eq!(origin(s, "Vanta Trading AG"), Some("HK"));
        assert_eq!(origin(s, "Ivo Marek"), None);
    }

    #[test]
    fn a_country_acting_or_related_is_not_the_names_country() {
        // The imposer, a place of business after `in`, a party it serves: none describe the name.
        let s = "Norway sanctioned Vanta Trading on Monday.";
        assert_eq!(origin(s, "Vanta Trading"), None);
        let s = "Oslo sanctioned a firm in Poland and Vanta Trading.";
        assert_eq!(origin(s, "Vanta Trading"), None);
        let s = "Oslo sanctioned Vanta Trading, a supplier of Iranian drones.";
        assert_eq!(origin(s, "Vanta Trading"), None);
        let s = "Oslo sanctioned Vanta Trading, the company said in Poland.";
        assert_eq!(origin(s, "Vanta Trading"), None);
    }
}
