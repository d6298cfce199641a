//! Named targets: names kept from an event's target phrase, list openings and bullets, partial names dropped.

use super::*;

/// A line in Title Case: no lower-case word of five letters or more, and at least three capitalised
/// words (`Oslo Sanctions Firms Involved in Arms Deals`).
pub(super) fn title_case(s: &str) -> bool {
    let words = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut capital = 0;
    for w in words {
        if w.starts_with(|c: char| c.is_lowercase()) && w.chars().count() >= 5 {
            return false;
        }
        capital += usize::from(w.starts_with(|c: char| c.is_uppercase()));
    }
    capital >= 3
}

/// Keep the new names of an event in the story (an acronym named by the long form the text introduced,
/// `such as RDIF`); the event's names, once each, for `--explain`.
pub(super) fn keep_named(
    named: Vec<Target>,
    acronyms: &targets::Acronyms,
    acc: &mut Acc,
) -> Vec<String> {
    let mut named_now: Vec<String> = Vec::new();
    if acc.events.is_some() {
        for n in &named {
            if !named_now.contains(&n.name) {
                named_now.push(n.name.clone());
            }
        }
    }
    for mut n in named {
        // `Treasury's Office of Foreign Assets Control`: the acting agency is no target; nor is a list
        // (`Unreliable Entities List`).
        if AGENT_NAMES
            .find_iter(&n.name)
            .any(|m| m.end() == n.name.len() && AGENCIES.iter().any(|a| a.0 == m.as_str()))
            || n.name.ends_with(" List")
            || n.name == "List"
            // `several VLCCs`: a kind of party is no name.
            || targets::type_of_noun(&n.name).is_some()
        {
            continue;
        }
        let inner = targets::unquoted(&n.name);
        if inner.len() < n.name.len() && !inner.trim().is_empty() {
            n.name = inner.trim().to_string();
        }
        // `Belarusian President Ivo Marek` from a shape that keeps the run whole: the person's name.
        let short = targets::strip_inner_title(&n.name);
        if short.len() < n.name.len() {
            n.name = short.to_string();
            n.kind = "individual".to_string();
        }
        if n.name.len() <= 6 && n.name.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some((long, _)) = targets::expand_acronyms(&n.name, acronyms)
                .into_iter()
                .next()
            {
                n.name = long;
            }
        }
        if !acc.named_lower.contains(&n.name.to_ascii_lowercase()) {
            acc.add_named(n);
        }
    }
    named_now
}

pub(super) fn push_type(v: &mut Vec<&'static str>, t: &'static str) {
    if !v.contains(&t) {
        v.push(t);
    }
}

pub(super) fn is_calendar(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    super::countries::CALENDAR.contains(&w)
        || ["Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"].contains(&w)
}

/// The story's named targets as the guide writes them, after every reading (the fullest forms too):
/// a ship's class written before its name goes (`VLCC Azalea Dawn`), and a part of an acting
/// agency's name is no target (`Commonwealth & Development Office`), nor is a place.
pub(super) fn tidy_named(named: &mut Vec<Target>) {
    for n in named.iter_mut() {
        if let Some(rest) = targets::strip_vessel_class(&n.name) {
            n.name = rest.to_string();
            n.kind = "vessel".to_string();
        }
        if let Some(rest) = after_nationality(&n.name) {
            n.name = rest.to_string();
        }
    }
    named.retain(|n| {
        !AGENCIES.iter().any(|a| a.0.ends_with(n.name.as_str()))
            && (matches!(n.kind.as_str(), "vessel" | "aircraft") || !is_place(&n.name))
            && !nationality_and_form(&n.name)
            && !aircraft_model(&n.name)
    });
}

/// `an Ilyushin Il-76TD with tail number EX-76012`: a maker and a model number name a type of plane;
/// the plane targeted is named by its registration.
fn aircraft_model(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let maker = words
        .next()
        .is_some_and(|w| AIRCRAFT_MAKERS.iter().any(|m| w.eq_ignore_ascii_case(m)));
    maker && words.any(|w| w.contains(|c: char| c.is_ascii_digit()))
}

/// Makers of the airliners and freighters sanctions designate (by registration).
const AIRCRAFT_MAKERS: &[&str] = &[
    "Airbus",
    "Antonov",
    "Boeing",
    "Bombardier",
    "Embraer",
    "Ilyushin",
    "Sukhoi",
    "Tupolev",
    "Yakovlev",
    "McDonnell",
    "Fokker",
    "Gulfstream",
];

/// `Russian JSC Kama Aerotech`: a nationality before a legal form written first describes the firm;
/// the name starts at the form (`Russian Railways` has none and stays whole).
fn after_nationality(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    (crate::extract::legal_forms::opens_with_form(rest)
        && countries::resolve_country(first).is_some())
    .then_some(rest)
}

/// A firm's list entry's `Address:` field (`Address: 22 Main Avenue, Yerevan, Armenia`, `Address:
/// Weihai, Shandong Province`): the countries of its places, a city counting as in a locative phrase.
fn address_countries(s: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    // A person's entry: where they live is a place; their nationality says whose they are.
    if PERSON_FIELDS.is_match(s) {
        return out;
    }
    for c in ADDRESS_FIELD.captures_iter(s) {
        let Some(places) = c.get(1) else { continue };
        for piece in places.as_str().split(',').take(8) {
            let cued = format!("in {}", piece.trim());
            for m in countries::find_mentions(&cued, false) {
                if !out.contains(&m.code) {
                    out.push(m.code);
                }
            }
        }
    }
    out
}

/// Fields only a person's list entry has.
pub(super) static PERSON_FIELDS: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"\b(?:DOB|POB|Date of birth|Place of birth|Nationality|Passport)\b")
        .expect("person fields compile")
});

/// `Address: ...` up to the field's end: a full stop, two spaces or the next field's label.
pub(super) static ADDRESS_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"\bAddress(?:es)?:\s+([^.;:]{2,160}?)(?:\.\s|\.$|\s{2}|\s+(?:Other|Listed|Nationality|Title|DOB|Passport|Tel|Website|Email|Phone)\b|$)")
        .expect("address field compiles")
});

/// `Russian JSC`, `Turkish LLC`: a nationality and a form, and no name.
fn nationality_and_form(name: &str) -> bool {
    name.split_once(' ').is_some_and(|(first, form)| {
        crate::extract::legal_forms::ends_in_form(name)
            && !form.contains(' ')
            && countries::resolve_country(first).is_some()
    })
}

/// `Puerto Vallarta`, `North Korea`: a name that is all one place is where a party is, never the party.
pub(super) fn is_place(name: &str) -> bool {
    // Read as if after `in`: a city counts as a place only with a locative cue.
    let cued = format!("in {name}");
    countries::find_mentions(&cued, false)
        .iter()
        .any(|m| m.start == 3 && m.end == cued.len())
}

/// The longest name a part of a name can be in [`drop_partial_names`], in words.
pub(super) const MAX_NAME_WORDS: usize = 8;

/// Drop a named target whose words are a run of the words of a longer one of the same kind
/// (`Northwind Trading` beside `Northwind Trading LLC`, `Timchenko` beside `Gennady Timchenko`): the
/// guide asks for the fullest form. One set of the word runs of every name, so linear in the names.
pub(super) fn drop_partial_names(named: &mut Vec<Target>) {
    // One name written with and without a legal form's period (`Vanta Co` from one shape, `Vanta Co.`
    // from another): the longest writing stays, once.
    let mut longest: std::collections::HashMap<(String, String), usize> = Default::default();
    for t in named.iter() {
        let key = (
            name_words(&t.name).join(" "),
            kind_group(&t.kind).to_string(),
        );
        let l = longest.entry(key).or_insert(0);
        *l = (*l).max(t.name.len());
    }
    let mut seen: HashSet<(String, String)> = HashSet::new();
    named.retain(|t| {
        let key = (
            name_words(&t.name).join(" "),
            kind_group(&t.kind).to_string(),
        );
        longest.get(&key) == Some(&t.name.len()) && seen.insert(key)
    });
    let mut parts: HashSet<(String, String)> = HashSet::new();
    for t in named.iter() {
        let words: Vec<String> = name_words(&t.name);
        if words.len() < 2 || words.len() > MAX_NAME_WORDS {
            continue;
        }
        for a in 0..words.len() {
            for b in a + 1..=words.len() {
                if b - a < words.len() {
                    parts.insert((words[a..b].join(" "), kind_group(&t.kind).to_string()));
                }
            }
        }
    }
    if parts.is_empty() {
        return;
    }
    named.retain(|t| {
        let key = name_words(&t.name).join(" ");
        !parts.contains(&(key, kind_group(&t.kind).to_string()))
    });
}

/// The words of a name in lower case without the punctuation around them (`Co., Ltd` is `co ltd`).
pub(super) fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A one-word name gets `organization` when its words do not say (`Timchenko`): it may be a part of a
/// person's name too, so people and organizations are one group for [`drop_partial_names`].
pub(super) fn kind_group(kind: &str) -> &str {
    match kind {
        "vessel" | "aircraft" => kind,
        _ => "party",
    }
}

/// A designation list read across sentences: the kind its noun gives the items, and how they are cut.
#[derive(Clone, Copy)]
pub(super) enum ListMode {
    /// `The list of officials includes A; B, a banker; and C`: the sentence splitter cuts at semicolons.
    Semicolons(Option<&'static str>),
    /// `OFAC sanctioned the following entities:` and one bulleted line per item.
    Bullets(Option<&'static str>),
    /// `The individuals sanctioned are:` closing its paragraph: the next is the list, bulleted or not.
    Heading(Option<&'static str>),
}

/// A list of the parties an announcement designated, after the event (`The list of officials includes
/// A; B; C`, bulleted lines after `the following entities:`): its items are named targets. `list`
/// holds the list while it runs on past semicolons or from one bulleted line to the next. True when
/// `s` was read as (part of) such a list.
pub(super) fn read_list(s: &str, caps: bool, list: &mut Option<ListMode>, acc: &mut Acc) -> bool {
    let runs_on = s.trim_end().ends_with(';');
    // A sentence opening a list that also holds a measure (`Among them are X and Y, whose entry bans
    // Oslo announced`) is read for its event too. Asked only of a sentence that opens a list: most
    // open none, and the question costs a search of the sentence.
    let own_event = || TRIGGER.is_match(s);
    let (items, next) = match *list {
        Some(ListMode::Semicolons(kind)) => (
            targets::list_items(s, 0, caps, kind, true),
            runs_on.then_some(ListMode::Semicolons(kind)),
        ),
        Some(ListMode::Bullets(kind) | ListMode::Heading(kind)) if targets::has_bullets(s) => (
            targets::bullet_items(s, caps, kind),
            Some(ListMode::Bullets(kind)),
        ),
        // A table's header row (`Vessel name | IMO number | Flag`) keeps the list open for its rows.
        Some(ListMode::Bullets(_) | ListMode::Heading(_))
            if s.contains(" | ") && !s.trim().contains('\n') =>
        {
            return true
        }
        // `A, known as ..., leader of X; B, a lieutenant; and C`: the heading's list as a paragraph.
        Some(ListMode::Heading(kind)) => (
            targets::list_items(s, 0, caps, kind, s.contains(';')),
            runs_on.then_some(ListMode::Semicolons(kind)),
        ),
        _ => {
            let recent = acc
                .last_acted_at
                .is_some_and(|at| acc.sentence_no <= at + LIST_SENTENCES);
            let Some((from, kind)) = targets::list_opening(s, recent).filter(|_| !caps) else {
                *list = None;
                return false;
            };
            // `Sanctioned entities include:` with the items on bulleted lines after it.
            if s[from..].trim().is_empty() {
                *list = Some(ListMode::Heading(kind));
                return !own_event();
            }
            if targets::has_bullets(&s[from..]) {
                let items = targets::bullet_items(&s[from..], caps, kind);
                keep_items(items, acc);
                *list = Some(ListMode::Bullets(kind));
                return !own_event();
            }
            let mut items = targets::list_items(s, from, caps, kind, s[from..].contains(';'));
            if items.is_empty() {
                *list = None;
                return false;
            }
            items.extend(targets::items_along_with(s, from, caps, kind));
            keep_items(items, acc);
            *list = runs_on.then_some(ListMode::Semicolons(kind));
            acc.goes_on_announcement();
            return !own_event();
        }
    };
    if items.is_empty() {
        *list = None;
        return false;
    }
    keep_items(items, acc);
    *list = next;
    // A list goes on the announcement: its next sentences may list more (`It added X. It added Y.`).
    acc.goes_on_announcement();
    true
}

/// A designation list's items into the story's named targets and their types.
pub(super) fn keep_items(items: Vec<Target>, acc: &mut Acc) {
    for t in items {
        push_type(&mut acc.types, targets::type_of_kind(&t.kind));
        if !acc.named_lower.contains(&t.name.to_ascii_lowercase()) {
            acc.add_named(t);
        }
    }
}

/// A sentence with no trigger inside an announcement (`OFAC sanctioned three firms. The actions of
/// Vanta Co and Orla Inc involve ...`): the names it gives by a shape that marks a party are the
/// announcement's targets.
pub(super) fn announced_names(s: &str, caps: bool, acc: &mut Acc) {
    // `* March 7: X files ...`: a dated entry of a timeline is an event of its own, no part of the
    // announcement before it.
    if !acc.in_announcement() || DATED_ENTRY.is_match(s) {
        return;
    }
    // `X, a lender already under US sanctions, was damaged ...`: a party listed before, mentioned.
    if TRIGGER.find_iter(s).any(|m| already_under(s, m.start())) {
        return;
    }
    // Only a kind of party the story already targets (`sanctioned four companies`): a firm named in
    // the aftermath of a tariff on a country's goods is a bystander.
    let mut names = targets::announced_names(s, caps);
    // A plane marked by its registration, a ship by its IMO number, is named for the measure.
    let imo = s.contains("IMO");
    names.retain(|t| {
        acc.types.contains(&targets::type_of_kind(&t.kind))
            || t.kind == "aircraft"
            || t.kind == "vessel" && imo
    });
    // A release profiles its designees one paragraph each: each profile carries the announcement on.
    if !names.is_empty() {
        acc.goes_on_announcement();
    }
    keep_items(names, acc);
}

/// Parties of a kind placed in a list of countries (`companies in China, Turkey and the UAE`, `601
/// entities from Russia, Pakistan and Iran`, `eight in Turkey and others in Kyrgyzstan`): the span of
/// the places after the noun.
pub(super) static PARTIES_PLACED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"\b(?:companies|firms|entities|businesses|organi[sz]ations|groups|banks|suppliers|exporters|traders)\s+(?:based\s+|registered\s+)?(?:in|from)\s+((?:(?:the|mainland)\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:(?:,\s+|,?\s+and\s+)(?:(?:\w+\s+){0,3}(?:in|from)\s+)?(?:(?:the|mainland)\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*){0,12})")
        .expect("parties placed compiles")
});

/// A person's nationality noun right after a country (`a Chinese national`, `a Mexican citizen`).
pub(super) static NATIONAL_AFTER: LazyLock<Regex> =
    LazyLock::new(|| ascii_regex(r"^\s+(?:national|citizen)\b").expect("national-after compiles"));

/// A verb by which a measure reaches its parties.
pub(super) static REACHES: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:hit|hits|target|targets|cover|covers|include|includes|included|including|add|adds|added|name|names|named)\b")
        .expect("reaches compiles")
});

/// A sentence with no trigger inside an announcement (`The package also hits companies in China and
/// Turkey`): the countries its parties are placed in are the announcement's target countries.
pub(super) fn announced_countries(s: &str, parties: &[Party], acc: &mut Acc) {
    if !acc.in_announcement() || DATED_ENTRY.is_match(s) {
        return;
    }
    // `X, a People's Republic of China national residing in Mexico City`: a designee's nationality.
    for p in parties
        .iter()
        .filter(|p| !p.agency && NATIONAL_AFTER.is_match(&s[p.end..]))
    {
        // `a Chilean national`, `a People's Republic of China national`: the article opens the phrase.
        let head = crate::text::window_before(s, p.start, 40);
        let article = head
            .rfind(" a ")
            .map(|i| i + 3)
            .or_else(|| head.rfind(" an ").map(|i| i + 4));
        if article.is_some_and(|i| {
            !head[i..].contains([',', ';', '(']) && head[i..].split_whitespace().count() <= 3
        }) {
            push_unique(&mut acc.targets, p.code);
        }
    }
    // A list entry's `Nationality: Iraq` field.
    for p in parties
        .iter()
        .filter(|p| !p.agency && s[..p.start].trim_end().ends_with("Nationality:"))
    {
        push_unique(&mut acc.targets, p.code);
    }
    for code in address_countries(s) {
        push_unique(&mut acc.targets, code);
    }
    for c in PARTIES_PLACED.captures_iter(s) {
        let Some(places) = c.get(1) else { continue };
        // Only parties the sentence says the measure reaches (`also hits`, `the entries include`).
        if !REACHES.is_match(&s[..places.start()]) {
            continue;
        }
        // Countries by name only: `from Freedonian waters` is a route, not a seat.
        for p in parties.iter().filter(|p| {
            p.start >= places.start()
                && p.end <= places.end()
                && !p.agency
                && matches!(p.kind, Kind::Name | Kind::Abbr)
        }) {
            push_unique(&mut acc.targets, p.code);
        }
    }
}

/// A line opening with a date and a colon (`* March 7:`, `Feb. 13, 2017:`): an entry of a timeline.
pub(super) static DATED_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^\W*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}(?:,\s+\d{4})?:")
        .expect("dated entry compiles")
});

/// After an event with an actor in sentence `s`: a closing colon (`sanctioned the following
/// entities:`) opens a bulleted list, whose lines may follow in the same paragraph.
pub(super) fn open_bullets(s: &str, caps: bool, list: &mut Option<ListMode>, acc: &mut Acc) {
    if acc.last_acted_at != Some(acc.sentence_no) || caps {
        return;
    }
    let Some(colon) = s
        .find(":\n")
        .or_else(|| s.trim_end().ends_with(':').then(|| s.trim_end().len() - 1))
    else {
        colon_list(s, caps, list, acc);
        return;
    };
    let kind = targets::last_kind(&s[..colon]);
    keep_items(targets::bullet_items(&s[colon + 1..], caps, kind), acc);
    *list = Some(ListMode::Bullets(kind));
}

/// After an event with an actor in sentence `s`, a list after a colon inside it (`designated three
/// officials: Ivo Marek, a banker; Tova Lind; and Pavel Orin`): its items, cut at semicolons when the
/// sentence runs on past one, the list then going on in the next sentences.
fn colon_list(s: &str, caps: bool, list: &mut Option<ListMode>, acc: &mut Acc) {
    let Some(colon) = s.find(": ") else {
        return;
    };
    // The colon closes the kind listed (`three officials:`) or the designation (`were designated:`);
    // after any other word it opens a clause (`told Reuters: Ivo Marek ...`).
    let last = s[..colon]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let closes = targets::party_noun(&last)
        || matches!(
            last.as_str(),
            "designated" | "sanctioned" | "listed" | "blacklisted" | "targeted" | "named"
        );
    let after = &s[colon + 1..];
    if !closes || after.trim_start().starts_with(['"', '\u{201c}']) {
        return;
    }
    let kind = targets::last_kind(&s[..colon]);
    let runs_on = s.trim_end().ends_with(';');
    let items = targets::list_items(s, colon + 1, caps, kind, runs_on || after.contains(';'));
    if items.is_empty() {
        return;
    }
    keep_items(items, acc);
    if runs_on {
        *list = Some(ListMode::Semicolons(kind));
    }
}
