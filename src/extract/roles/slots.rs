//! The slots of one sanctions event: who acts, on which countries and kinds of party, read from one sentence.

use super::*;

/// One sentence as the role reader sees it: its text, its parties (offsets within it), whether the
/// text is set in capitals (names cannot be told by case), and the acronyms the story introduces.
pub(super) struct Sentence<'a, 't> {
    pub(super) s: &'a str,
    pub(super) parties: &'a [Party],
    pub(super) caps: bool,
    pub(super) acronyms: &'a targets::Acronyms<'t>,
}

/// The slots of the event one trigger opens, filled step by step by the `read_*` methods.
#[derive(Default)]
pub(super) struct Slots<'a> {
    pub(super) ts: usize,
    pub(super) te: usize,
    pub(super) trigger: &'a str,
    /// A cancel that only drops the agent (lifting): the measure's targets stand.
    pub(super) cancel: Option<&'static Cancel>,
    /// Whether the clause before the trigger is the Security Council calling on all states to act
    /// ([`COUNCIL_CALL`]): asked only when a blocking verb is found, at most once an event.
    council_call: std::cell::OnceCell<bool>,
    pub(super) sanctioners: Vec<&'static str>,
    /// Parties right before the trigger (`U.S. sanctions`, `Japanese tariffs`): by or on them, the story
    /// decides at its end.
    pub(super) premods: Vec<&'static str>,
    /// The premodifiers that are agencies (`The Treasury Department sanctioned`): an agent to carry.
    pub(super) agency_premods: Vec<&'static str>,
    /// Parties inside the trigger (`implements U.N. Security Council resolutions`).
    pub(super) authors: Vec<&'static str>,
    /// Where the trigger's clause begins: its subject is after this.
    pub(super) clause_start: usize,
    /// A verb near the trigger shows its subject is not imposing (`called for`, `want`, `oppose`).
    pub(super) blocked: bool,
    /// The blocking verb leaves no threat ([`THREAT_AVERTED`]): not even the measure's owner acts.
    pub(super) mention: bool,
    pub(super) target_spans: Vec<(usize, usize)>,
    pub(super) passive: bool,
    pub(super) found_target: bool,
    /// A target country other than one opening an organization's name (`Qatar Airways`).
    pub(super) country_target: bool,
    /// A country heads a target phrase: a measure on the whole state.
    pub(super) state: bool,
    pub(super) new_targets: Vec<&'static str>,
}

/// Roles in one sentence: the event of each trigger in turn.
pub(super) fn sentence_roles(
    s: &str,
    parties: &[Party],
    caps: bool,
    acronyms: &targets::Acronyms,
    acc: &mut Acc,
) {
    let triggers: Vec<(usize, usize)> =
        TRIGGER.find_iter(s).map(|m| (m.start(), m.end())).collect();
    // A trigger citing a standing regime makes the rest of the sentence background (`the UN sanctions
    // regime ... and the restrictions are aimed at ...`); triggers before it are read (`approved
    // sanctions against 11 firms for helping Freedonia evade sanctions`).
    let mut triggers = triggers;
    if let Some(i) = triggers.iter().position(|&(a, b)| is_background(s, a, b)) {
        triggers.truncate(i);
    }
    let sen = Sentence {
        s,
        parties,
        caps,
        acronyms,
    };
    // `lifted the asset freeze and the travel ban`: a trigger joined to a cancelled one shares its
    // context.
    let mut last: Option<(usize, &'static Cancel)> = None;
    for (ts, te) in triggers {
        let joined = last
            .filter(|&(end, _)| end <= ts && JOINED_TRIGGER.is_match(&s[end..ts]))
            .map(|(_, c)| c);
        last = trigger_roles(&sen, ts, te, joined, acc).map(|c| (te, c));
    }
}

/// Parties picked out of those a measure reaches (`, among them X and Y`).
pub(super) static AMONG_THEM: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i),\s+among\s+(?:them|those)\s+").expect("among-them pattern compiles")
});

/// Where the parties picked out after `among them` end: a relative clause on the last, or a semicolon
/// (`targets::LIST_END` cuts a designation list's items more finely).
pub(super) static PICKED_END: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i);|,\s+(?:which|who|whose|where|while|but)\b").expect("list end compiles")
});

/// What may stand between two coordinated triggers (`the asset freeze and the export ban`).
pub(super) static JOINED_TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(
        r"(?i)^\s*(?:,\s*)?(?:and|or|,)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$",
    )
    .expect("joined trigger pattern compiles")
});

/// The event of the trigger at `[ts, te)`, its slots filled in order: premodifiers, a `by` agent,
/// target phrases, passives, subjects, target countries, a reporting speaker, a carried agent; then
/// the named targets and what the story keeps.
/// `joined`: the cancelling context of a trigger this one is coordinated with. Returns the context
/// that cancels this trigger, if one does.
pub(super) fn trigger_roles(
    sen: &Sentence,
    ts: usize,
    te: usize,
    joined: Option<&'static Cancel>,
    acc: &mut Acc,
) -> Option<&'static Cancel> {
    let s = sen.s;
    if is_other_sense(s, ts, te, acc.in_announcement()) || negated(s, ts) {
        return None;
    }
    let cancel = cancelled(s, ts, te).or(joined);
    if let Some(why) = cancel.filter(|c| !c.agent_only).map(|c| c.why) {
        note_cancelled(acc, s, ts, te, why);
        return cancel;
    }
    let mut ev = Slots::open(sen, ts, te, cancel);
    ev.read_premodifiers(sen, acc);
    if !ev.read_decision_owner(sen) {
        ev.read_by_agent(sen);
    }
    ev.read_relative_agent(sen);
    ev.read_target_phrases(sen);
    ev.read_undergoing_subject(sen);
    ev.read_targeting_clause(sen);
    ev.read_passives(sen, acc);
    if !ev.read_subjects(sen) {
        return cancel;
    }
    ev.read_barred_from(sen);
    ev.settle_agents();
    ev.read_target_countries(sen);
    if ev.trade_policy(s) {
        note_cancelled(acc, s, ts, te, "tariffs on no country: trade policy");
        return cancel;
    }
    if acc.immigration_ban && ev.same_immigration_ban(s) {
        note_cancelled(acc, s, ts, te, "immigration policy: the story's travel ban");
        return cancel;
    }
    ev.read_reporting_speaker(sen);
    ev.carry_agent(sen, acc);
    ev.keep_target_countries(s, acc);
    let named = ev.named_targets(sen, acc);
    let named_now = keep_named(named, sen.acronyms, acc);
    ev.keep_event(sen, named_now, acc);
    cancel
}

/// `X, which ran two tankers, and its director Y`: a short relative clause on the phrase's last party
/// before the next party tied to it. Where that party's apposition starts.
fn past_relative(s: &str, end: usize) -> Option<usize> {
    let rest = &s[end..];
    let open = RELATIVE_OPEN.find(rest)?.end();
    let close = open + rest[open..].find(',')?;
    (close <= MAX_RELATIVE && APPOSITION.is_match(&rest[close..])).then_some(end + close)
}

/// `(TDOs)`, `(SDN)`: a bracketed acronym of the words before it, which leaves the phrase going on.
fn bracketed_acronym(gap: &str) -> bool {
    let Some(inner) = gap
        .trim()
        .strip_prefix('(')
        .and_then(|g| g.strip_suffix(')'))
    else {
        return false;
    };
    (2..=8).contains(&inner.len())
        && inner.starts_with(|c: char| c.is_ascii_uppercase())
        && inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
}

/// A non-restrictive relative clause opening (`, which`, `, who`), a participle that describes like
/// one (`a firm accused of ...`), or a restrictive clause closing an apposition (`X, a firm that built
/// drones, and ...`).
pub(super) static RELATIVE_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^(?:,\s+)?(?:which|who|whom|whose|that|accused|suspected|alleged)\b")
        .expect("relative opening compiles")
});

/// The longest relative clause `past_relative` reads past, in bytes: a short description.
const MAX_RELATIVE: usize = 120;

/// `... CARGOES THE COMMERCE DEPARTMENT LAST WEEK BARRED`: an agency right before the verb, only a time
/// between, is its subject, whatever runs before it (a magazine glues its section title to the lead).
fn agency_before_verb(s: &str, p: &Party, ts: usize) -> bool {
    let gap = s[p.end..ts].split_whitespace();
    p.agency
        && gap.clone().count() <= 4
        && gap.map(str::to_ascii_lowercase).all(|w| {
            day_word(&w)
                || matches!(
                    w.as_str(),
                    "last" | "this" | "week" | "month" | "on" | "also" | "has" | "have" | "had"
                )
        })
}

/// A trigger read and set aside, with the reason, when `explain` asked for the events.
fn note_cancelled(acc: &mut Acc, s: &str, ts: usize, te: usize, why: &'static str) {
    if let Some(events) = acc.events.as_mut() {
        events.push(Event {
            trigger: s[ts..te].to_string(),
            cancelled: Some(why),
            sentence: s.to_string(),
            ..Event::default()
        });
    }
}

/// Parties said to be from somewhere, right before the places (`entities from`, `firms based in`).
pub(super) static PARTIES_FROM: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:entities|companies|firms|individuals|persons|people|banks|vessels|suppliers|businesses|organi[sz]ations|nationals|citizens|officials)\s+(?:(?:based|registered|located)\s+)?(?:from|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*)*,\s+){0,8}$")
        .expect("parties-from pattern compiles")
});

/// `601 entities from Russia, Pakistan and Iran added to the entity list`: parties from places, in a
/// reduced relative before the list trigger; the places are where the targets are.
pub(super) static FROM_PLACES_ADDED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r#"(?i)\b(?:entities|companies|firms|individuals|persons|people|banks|vessels|suppliers|businesses|organi[sz]ations)\s+(?:(?:based|registered|located)\s+)?(?:from|in)\s+(?P<places>[^.;:]{1,120}?)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:added|placed|put|included)\s+(?:to|on|in)\s+(?:the\s+|its\s+|their\s+)?(?:[\w"'\x{201c}\x{201d}-]+\s+){0,5}$"#)
        .expect("from-places pattern compiles")
});

/// A first-person subject right before the trigger (`Today I am publicly designating`, `we have
/// also imposed`): the publisher of a ministry's statement speaks.
pub(super) static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)(?:^|[,;]\s+|\btoday,?\s+)(?:I|we)\s+(?:(?:am|are|have|will|shall|hereby|also|publicly|formally|today|now)\s+){0,4}$")
        .expect("first person pattern compiles")
});

impl<'a> Slots<'a> {
    /// A new event at `[ts, te)`: the parties inside the trigger, the trigger's clause, and whether the
    /// verb governing it shows a non-imposer.
    pub(super) fn open(
        sen: &Sentence<'a, '_>,
        ts: usize,
        te: usize,
        cancel: Option<&'static Cancel>,
    ) -> Self {
        let s = sen.s;
        // `implements U.N. Security Council resolutions`: the resolutions' author imposes, the implementer too.
        let mut authors: Vec<&'static str> = sen
            .parties
            .iter()
            .filter(|p| p.start >= ts && p.end <= te)
            .map(|p| p.code)
            .collect();
        authors.dedup();
        // `froze Chilean assets`, `banned Chilean imports`: a party inside a trigger of this kind owns
        // what the measure hits; it is the target, not an author.
        let mut owners = Vec::new();
        if let Some(hits) = what_it_hits(&s[ts..te]) {
            // `freezing the UK assets of X`: in a freeze, a country not written as the owner (`Chilean
            // assets`) is where the assets are: the imposer's own.
            // `the Norwegian assets of X`, `any US assets he holds`: the owner comes after.
            let owner_after = s[te..].split_whitespace().next().is_some_and(|w| {
                matches!(w, "of" | "he" | "she" | "they" | "it" | "held" | "owned")
            });
            let owned: Vec<&Party> = sen
                .parties
                .iter()
                .filter(|p| p.start >= ts && p.end <= te)
                .filter(|p| hits == Hits::Goods || p.kind == Kind::Demonym && !owner_after)
                .collect();
            authors.retain(|c| !owned.iter().any(|p| p.code == *c));
            // `barred Chilean ships from its ports`: the owner's phrase runs to the trigger's end, where
            // the kind of party it owns is written.
            let end = |p: &Party| if hits == Hits::Goods { te } else { p.end };
            owners = owned.iter().map(|p| (p.start, end(p))).collect();
        }
        let clause_start = clause_start(s, ts);
        // `In response, Beijing sanctioned ...`, `Despite objections from Chile, Norway imposed ...`: an
        // opening phrase before the clause's subject holds neither its subject nor a verb governing the
        // trigger.
        let opening = |from: usize| INTRO.find(&s[from..ts]).map_or(from, |m| from + m.end());
        // (`After` itself may be where [`clause_start`] puts the clause.)
        let clause_start = opening(clause_start).max(opening(0));
        // The verb governing the trigger sits within a few words of it (`called for a comprehensive arms
        // embargo`, `want the embargo lifted`, `fears of retaliation`).
        let near_start = s[..ts]
            .char_indices()
            .rev()
            .filter(|&(_, c)| c == ' ')
            .nth(5)
            .map_or(0, |(i, _)| i);
        let near = &s[clause_start
            .max(near_start)
            .max(means_clause(s, clause_start, ts))..ts];
        let mut slots = Slots {
            ts,
            te,
            trigger: &s[ts..te],
            cancel,
            authors,
            clause_start,
            target_spans: owners,
            ..Slots::default()
        };
        slots.blocked = NOT_IMPOSER.is_match(near) && !slots.council_calls(s);
        slots.mention = slots.blocked && !THREAT_AVERTED.is_match(near);
        slots
    }

    /// Whether the clause before the trigger is the Security Council calling on all states to act.
    fn council_calls(&self, s: &str) -> bool {
        *self
            .council_call
            .get_or_init(|| COUNCIL_CALL.is_match(&s[self.clause_start..self.ts]))
    }

    /// Parties right before the trigger (`the European Union's arms embargo`, `U.S. and U.N. sanctions`).
    pub(super) fn read_premodifiers(&mut self, sen: &Sentence, acc: &mut Acc) {
        let mut edge = self.ts;
        let blockade = self.trigger.to_ascii_lowercase().starts_with("blockade");
        let mut premods: Vec<&Party> = Vec::new();
        for p in sen.parties.iter().rev().filter(|p| p.end <= self.ts) {
            let gap = &sen.s[p.end..edge];
            // `Tehran sanctioned four Americans`: a state that is usually a target, right before an
            // active verb, is its subject; as a premodifier the story would settle it as a target.
            // (Alone: a group of subjects, `EGYPT, SUDAN AND LIBYA BARRED`, is read as one.)
            let alone = || {
                !sen.parties
                    .iter()
                    .any(|q| q.end < p.start && q.end + 6 >= p.start)
            };
            if !sen.caps
                && edge == self.ts
                && gap == " "
                && USUAL_TARGETS.contains(&p.code)
                && self.active_verb(sen.s)
                && alone()
            {
                self.sanctioners.push(p.code);
                return;
            }
            // A bare comma lists parties in a capitals headline (`EGYPT, SUDAN BARRED`); in running
            // text it ends an opening phrase (`imposed by Canada, Russia banned`).
            // `cut ties with Qatar and closed its airspace`: `and` right before the trigger joins a
            // second verb; the party before it is the first one's object, not a modifier.
            let joins_verb = edge == self.ts && gap.trim().eq_ignore_ascii_case("and");
            if !premodifies(gap)
                || gap.trim() == "," && !sen.caps
                || joins_verb
                || private_group_place(sen.s, p.start)
            {
                break;
            }
            // `the Berlin blockade`, `the Gaza blockade`: a place named before a blockade is the place
            // blockaded (`the Soviet blockade`: a demonym is its author).
            if blockade && p.kind != Kind::Demonym {
                self.target_spans.push((p.start, p.end));
                edge = p.start;
                continue;
            }
            premods.push(p);
            edge = p.start;
        }
        // `Norway imposed new Iran sanctions`: after a verb of imposing, a country named by its name
        // (not an adjective, not a bloc or an agency: `imposed EU sanctions` are the EU's) is whom the
        // measure is on, and the clause's subject imposes it.
        let first = premods.last().map(|p| p.start);
        let imposed_on = first.is_some_and(|at| {
            premods.iter().all(|p| {
                !p.agency
                    && !matches!(p.code, "EU" | "UN" | "NATO")
                    && (p.kind == Kind::Name || USUAL_TARGETS.contains(&p.code))
            }) && IMPOSING_BEFORE.is_match(&sen.s[self.clause_start.min(at)..at])
        });
        if imposed_on {
            self.target_spans
                .extend(premods.iter().map(|p| (p.start, p.end)));
            return;
        }
        // `601 entities from Russia, Pakistan and Iran added to the entity list`: the countries the
        // parties are from, right before a reduced relative, are where the targets are; the whole
        // phrase from the parties' noun (`entities from Chile, Peru and`) is the target's.
        let from = (!premods.is_empty())
            .then(|| PARTIES_FROM.find(&sen.s[..edge]))
            .flatten();
        if let Some(m) = from {
            self.target_spans.push((m.start(), self.ts));
            return;
        }
        for p in premods {
            self.premods.push(p.code);
            if p.agency {
                self.agency_premods.push(p.code);
            }
            if p.kind == Kind::Demonym {
                push_unique(&mut acc.adjectival, p.code);
            }
            if p.section {
                push_unique(&mut acc.section_premods, p.code);
            }
        }
    }

    /// Whether the trigger is a verb in the past with its object after it (`sanctioned four
    /// Americans`): not a participle modifying a noun (`sanctioned by`, `the newly sanctioned`).
    fn active_verb(&self, s: &str) -> bool {
        let word = self.trigger.to_ascii_lowercase();
        let verb = !word.contains(' ') && (word.ends_with("ed") || word == "froze");
        let next = s[self.te..].split_whitespace().next().unwrap_or("");
        verb && !next.eq_ignore_ascii_case("by") && self.object_follows(s)
    }

    /// `Norway's decision to impose sanctions`: the owner of a decision to act on the measure; whether
    /// one was found (then no `by` agent is read).
    pub(super) fn read_decision_owner(&mut self, sen: &Sentence) -> bool {
        let owner = (!self.blocked)
            .then(|| decision_owner(sen, self.ts))
            .flatten();
        if let Some(p) = owner {
            self.sanctioners.push(p.code);
        }
        owner.is_some()
    }

    /// The agent after `by` shortly after the trigger, with an imposing verb before it (`sanctions
    /// imposed by`), not in `fears of retaliation by Beijing`.
    pub(super) fn read_by_agent(&mut self, sen: &Sentence) {
        let (s, te) = (sen.s, self.te);
        if self.blocked {
            return;
        }
        let tail_end = s[te..]
            .char_indices()
            .nth(60)
            .map_or(s.len(), |(i, _)| te + i);
        // Lower case, so capitals copy (`IMPOSED BY THE U.S .`) reads the same.
        let Some(by) = s[te..tail_end].to_ascii_lowercase().find(" by ") else {
            return;
        };
        let at = te + by + 4;
        // `were hit with travel bans by Oslo`: the measure's own passive, `by` right after it.
        let hit = by == 0 && HIT_WITH.is_match(&s[self.clause_start..self.ts]);
        if !hit && !IMPOSE_VERBS.contains(&word_before(s, te + by + 1).as_str()) {
            return;
        }
        // `retaliation for the sanctions imposed by Canada`: the agent is the other measure's.
        if TRIGGER.is_match(&s[te..te + by]) {
            return;
        }
        let Some(first) = sen
            .parties
            .iter()
            .position(|p| p.start >= at && p.start <= at + 5)
        else {
            return;
        };
        // `by Norway, Denmark and the EU`: every party of the list acts.
        let mut end = sen.parties[first].end;
        for p in &sen.parties[first..] {
            // `imposed by the European Community, Dutch customs officials said`: a speaker after the
            // comma closes the list.
            if p.start > end
                && (!LIST_GAP.is_match(&s[end..p.start]) || SPEAKER_AFTER.is_match(&s[p.end..]))
            {
                break;
            }
            self.sanctioners.push(p.code);
            end = p.end;
        }
    }

    /// `the tariffs President Reagan has ordered imposed on ...`, `the sanctions Norway imposed`: a
    /// reduced relative clause right after the trigger names the imposer.
    pub(super) fn read_relative_agent(&mut self, sen: &Sentence) {
        if self.blocked || !self.sanctioners.is_empty() {
            return;
        }
        let (s, te) = (sen.s, self.te);
        let Some(p) = sen
            .parties
            .iter()
            .find(|p| p.start >= te && p.start <= te + 40)
        else {
            return;
        };
        let gap_ok = s[te..p.start].split_whitespace().all(|w| {
            let w = w.to_ascii_lowercase();
            matches!(w.as_str(), "that" | "which" | "the") || LEADER_TITLES.contains(&w.as_str())
        });
        let verb = s[p.end..]
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase()
            })
            .find(|w| {
                !matches!(
                    w.as_str(),
                    "has" | "have" | "had" | "also" | "just" | "recently"
                )
            });
        if gap_ok && verb.is_some_and(|v| IMPOSE_VERBS.contains(&v.as_str())) {
            self.sanctioners.push(p.code);
        }
    }

    /// The target phrase: the direct object of a verb that takes one (`blacklisted two firms`), else the
    /// phrase after a preposition the trigger governs (`imports of`, `entry to`, `sanctions for Iran`),
    /// else the phrase after the first target preposition close to the trigger (`sanctions on`,
    /// `against`).
    pub(super) fn read_target_phrases(&mut self, sen: &Sentence) {
        let (s, te) = (sen.s, self.te);
        if let Some(span) = added_to_list(s, self.clause_start, self.ts, te)
            .or_else(|| named_under_law(s, self.clause_start, self.ts, te))
            .or_else(|| identified_as_blocked(s, self.clause_start, self.ts, te))
        {
            self.target_spans.push(span);
            return;
        }
        let from = if self.object_follows(s) {
            Some(te)
        } else {
            let look_end = s[te..]
                .char_indices()
                .nth(70)
                .map_or(s.len(), |(i, _)| te + i);
            // Lower case, so the prepositions read capitals copy (`BARRED SHIPMENTS OF ... TO CUBA`)
            // too; ASCII case keeps every byte offset.
            let look = s[te..look_end].to_ascii_lowercase();
            self.after_own_preposition(s, &look, look_end)
                .or_else(|| self.after_for(sen, &look, look_end))
                .or_else(|| self.after_target_preposition(s, look_end))
        };
        if let Some(from) = from {
            let spans = self.phrase_spans(s, from);
            self.target_spans.extend(spans);
        }
        // `PUBLISHED A LIST OF DESIGNATED NATIONALS, AMONG THEM X, Y AND Z`: the parties picked out
        // after the trigger are its targets, whatever phrase the trigger's own words govern. (Only
        // capitals copy, where names are read inside phrases alone; mixed case has shapes of its own.)
        if let Some(m) = AMONG_THEM.find(&s[te..]).filter(|_| sen.caps) {
            let from = te + m.end();
            // The picked parties run as one list to a relative clause or a semicolon.
            let end = PICKED_END
                .find(&s[from..])
                .map_or(s.len(), |m| from + m.start());
            if !self
                .target_spans
                .iter()
                .any(|&(a, b)| a <= from && end <= b)
            {
                self.target_spans.push((from, end));
            }
        }
    }

    /// Whether the trigger's own object follows it (`sanctioned two firms`, `froze the assets of X`):
    /// not in a passive, whose parties come before it (`were sanctioned`, `ships barred from
    /// carrying U.S. cargoes`).
    fn object_follows(&self, s: &str) -> bool {
        let (ts, te) = (self.ts, self.te);
        let w = word_before(s, ts);
        // `is designating` is progressive and active: only a participle makes a passive.
        let participle = !self.trigger.to_ascii_lowercase().ends_with("ing");
        let passive_before = participle
            && (matches!(
                w.as_str(),
                "were" | "was" | "been" | "be" | "are" | "is" | "being"
            ) || w.ends_with("ly"));
        // `barred from carrying`: what follows is what the parties before may not do.
        let barred_from = participle && BARRED_FROM.is_match(&s[te..]);
        (takes_object(self.trigger) || boycott_verb(s, ts, te)) && !passive_before && !barred_from
    }

    /// Where the phrase after a preposition the trigger's own words govern starts: the people refused
    /// entry after `to` (`banned entry to 500 Americans`); an import's or a designation's object after
    /// `of` (`banned imports of
    /// Georgian wine`, `designations of Iranian persons`, `a stop list of 963 US citizens`), an
    /// import's origin after `from`. `look` is the lower-cased text from the trigger's end to `look_end`.
    fn after_own_preposition(&self, s: &str, look: &str, look_end: usize) -> Option<usize> {
        let trigger = self.trigger.to_ascii_lowercase();
        if trigger.contains("entry") || trade_banned(&s[..self.ts]) {
            if let Some(rest) = look.strip_prefix(" to ") {
                return Some(look_end - rest.len());
            }
        }
        // `limit access to capital markets for three banks`: whom the markets are closed to.
        if trigger.contains(" access to ") {
            return look.strip_prefix(" for ").map(|rest| look_end - rest.len());
        }
        let list = trigger.ends_with("list") || trigger.ends_with("lists");
        let import = trigger.contains("import");
        if !(import || trigger.starts_with("designation") || list || outbound(&trigger)) {
            return None;
        }
        let rest = look
            .strip_prefix(" of ")
            .or_else(|| look.strip_prefix(" from ").filter(|_| import))?;
        Some(look_end - rest.len())
    }

    /// `sanctions for Iran`, `a sanctions regime for Haiti`: `for` right before a country names whom
    /// the measure is for (`for its role` is a reason).
    fn after_for(&self, sen: &Sentence, look: &str, look_end: usize) -> Option<usize> {
        let rest = look.strip_prefix(" for ").or_else(|| {
            REGIME_ON
                .find(&sen.s[self.te..look_end])
                .and_then(|_| look.trim_start().split_once(" for "))
                .map(|(_, rest)| rest)
        })?;
        let from = look_end - rest.len();
        sen.parties
            .iter()
            .any(|p| p.start == from && !p.agency)
            .then_some(from)
    }

    /// After the first target preposition close to the trigger (`sanctions on`, `tariffs could be
    /// slapped on`, `sanctions on March 27 against`), not in a later clause (`sets off on a trip`).
    fn after_target_preposition(&self, s: &str, look_end: usize) -> Option<usize> {
        let te = self.te;
        for m in TARGET_PREP.find_iter(&s[te..look_end]) {
            let from = te + m.end();
            let prep = m.as_str().to_ascii_lowercase();
            let gap = &s[te..te + m.start()];
            // `the tariffs President Reagan has ordered imposed on`: a reduced relative clause ending
            // in an imposing verb keeps the preposition the measure's.
            let relative = gap.split_whitespace().count() <= 8
                && gap
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| IMPOSE_VERBS.contains(&w.to_ascii_lowercase().as_str()));
            if gap.split_whitespace().count() > 3 && !relative
                || gap.contains([',', ';', ':', '(', ')', '\u{2014}']) && !bracketed_acronym(gap)
                || gap.contains(" - ")
            {
                return None;
            }
            let next = s[from..].split_whitespace().next().unwrap_or("");
            // `on March 27`, `on Friday`: a date, not a target.
            if prep == "on" && is_calendar(next) {
                continue;
            }
            // `but not to North Korea`
            if word_before(s, te + m.start()) == "not" {
                continue;
            }
            return Some(from);
        }
        None
    }

    /// `sanctions against Russia, targeting 10 entities and 54 individuals`: a participle clause after
    /// the target phrase (or after the trigger) that names kinds of party is another target phrase.
    pub(super) fn read_targeting_clause(&mut self, sen: &Sentence) {
        let s = sen.s;
        let from = self
            .target_spans
            .last()
            .map_or(self.te, |&(_, b)| b.max(self.te));
        // Close to the phrase (`against Russia over the war, targeting`), in the same clause.
        let Some(m) = TARGETING_CLAUSE.find(&s[from..]).filter(|m| {
            let gap = &s[from..from + m.start()];
            gap.split_whitespace().count() <= 10
                && !gap.contains([';', ':'])
                && !TRIGGER.is_match(gap)
        }) else {
            return;
        };
        let at = from + m.end();
        let spans = self.phrase_spans(s, at);
        // Only a clause naming kinds of party (`targeting shipments of goods` names a trade).
        if spans.iter().any(|&(a, b)| names_kinds(&s[a..b])) {
            self.target_spans.extend(spans);
        }
    }

    /// The spans of a target phrase starting at `from`: to the clause end, or past appositions
    /// describing the names in it (`X, a Hong Kong-based company, and Y, a Russian national`). A short
    /// relative clause before the next party tied to the last (`X, which ran two tankers, and its
    /// director Y`) is left out, so what it tells of X names no target.
    pub(super) fn phrase_spans(&self, s: &str, from: usize) -> Vec<(usize, usize)> {
        let (mut start, mut end) = (from, clause_end(s, from));
        let mut spans = Vec::new();
        for _ in 0..MAX_APPOSITIONS {
            let relative = past_relative(s, end);
            let at = relative.unwrap_or(end);
            let Some(m) = APPOSITION.find(&s[at..]) else {
                break;
            };
            if relative.is_some() {
                spans.push((start, end));
                start = at;
            }
            end = clause_end(s, at + m.end());
        }
        spans.push((start, end));
        spans
    }

    /// `Russia faces new EU sanctions`, `IRAN HIT BY FRESH U.S. SANCTIONS`: the subject of a verb of
    /// undergoing a measure is its target, the usual shape of a headline.
    pub(super) fn read_undergoing_subject(&mut self, sen: &Sentence) {
        let (s, ts) = (sen.s, self.ts);
        let Some(p) = sen
            .parties
            .iter()
            .find(|p| p.start >= self.clause_start && p.end <= ts && !p.agency && !p.dateline)
        else {
            return;
        };
        if UNDERGOES.is_match(&s[p.end..ts]) && !self.premods.contains(&p.code) {
            self.target_spans.push((p.start, p.end));
        }
    }

    /// `products barred from the United States`, `banned from entering Britain`, `barred from Egyptian
    /// ports`: the country whose borders, ports or market a passive ban shuts imposes it.
    pub(super) fn read_barred_from(&mut self, sen: &Sentence) {
        let (s, te) = (sen.s, self.te);
        let passive_ban = matches!(
            self.trigger.to_ascii_lowercase().as_str(),
            "barred" | "banned" | "prohibited" | "forbidden"
        );
        if !self.sanctioners.is_empty() || !passive_ban {
            return;
        }
        let Some(m) = FROM_ENTERING.find(&s[te..]) else {
            return;
        };
        let at = te + m.end();
        let Some(p) = sen.parties.iter().find(|p| p.start == at) else {
            return;
        };
        // A demonym shuts only its own ports, airspace or market (`from Egyptian ports`), not a party
        // (`from Egyptian firms`).
        let rest = &s[p.end..];
        if p.kind == Kind::Demonym && !BORDERS.is_match(rest) || self.premods.contains(&p.code) {
            return;
        }
        self.sanctioners.push(p.code);
    }

    /// Passive subjects (`Two firms were sanctioned`) and inverted passives (`Also subject to
    /// restrictions were ...`) are target phrases; a bare personal name as the subject is a named target.
    pub(super) fn read_passives(&mut self, sen: &Sentence, acc: &mut Acc) {
        let (s, ts) = (sen.s, self.ts);
        if let Some(p) = PASSIVE.find(s) {
            if p.start() < ts + 40 && p.end() + 40 > ts {
                self.passive = true;
                let start = s[..p.start()].rfind([';', ':']).map_or(0, |i| i + 1);
                let start = passive_subject_start(s, start, p.start());
                let start = relative_subject_start(s, start, p.start());
                let start = reported_subject_start(s, start, p.start());
                if self.exports_banned(sen.s, start, p.start()) {
                    self.sanctioners.extend(exporters(sen, start, p.start()));
                } else {
                    self.target_spans
                        .extend(without_relative(s, start, p.start()));
                }
                if let Some(person) =
                    targets::bare_person(&s[start..p.start()]).filter(|_| !sen.caps)
                {
                    push_type(&mut acc.types, "individual");
                    if !acc.named_as_written.contains(&person.name) {
                        acc.add_named(person);
                    }
                }
                let end = clause_end(s, p.end());
                if s[p.end()..end].contains(" on ") || s[p.end()..end].contains(" against ") {
                    self.target_spans.push((p.end(), end));
                }
            }
        }
        if let Some(p) = INVERTED.find(s) {
            self.passive = true;
            self.target_spans.push((p.end(), clause_end(s, p.end())));
        }
        // The phrase from its noun, which gives the targets' kind (`entities`), to its places.
        if let Some(c) = FROM_PLACES_ADDED.captures(&s[..ts]) {
            if let (Some(all), Some(places)) = (c.get(0), c.name("places")) {
                self.target_spans.push((all.start(), places.end()));
            }
        }
    }

    /// `Exports from Norway will be banned to ...`: goods leaving a country are no target (the country
    /// they leave bans them, see [`exporters`]). Imports (`imports from Chile will be banned`) stay a
    /// target phrase.
    fn exports_banned(&self, s: &str, start: usize, end: usize) -> bool {
        let subject = s[start..end].trim_start().to_ascii_lowercase();
        !subject.starts_with("import") && trade_banned(&s[..self.ts])
    }

    /// Subjects: the first actor of the trigger's clause and the parties coordinated with it (`The U.S.
    /// and South Korea announced`), outside target phrases; later parties are objects (`given the
    /// Japanese government a warning`). False when the trigger gives no event: a blocking verb and no
    /// other actor (`Amnesty International called for an arms embargo`), or a subject that blocks it
    /// (`the United States and Britain vetoed a resolution to impose sanctions`).
    pub(super) fn read_subjects(&mut self, sen: &Sentence) -> bool {
        let no_actor = self.premods.is_empty() && self.sanctioners.is_empty() && !self.passive;
        // `discussed U.S. sanctions on Russia`, `responding to the U.S. sanctions`: a measure named
        // by its owner under a verb of talk or reaction is a mention, not an action (`averting EC
        // sanctions` still has the EC threatening them).
        if self.blocked && no_actor || self.mention && self.sanctioners.is_empty() && !self.passive
        {
            return false;
        }
        let s = sen.s;
        let (clause_start, ts) = (self.clause_start, self.ts);
        // `Switzerland adopted the EU sanctions`: who takes over another's measure imposes it too.
        let adopts = !self.premods.is_empty() && ADOPTS.is_match(&s[clause_start..ts]);
        if !no_actor && !adopts {
            return true;
        }
        // The agency right before the verb is its subject, whatever the clause names first (`CUBA
        // FREEZING THE LAST DOLLARS ..., THE TREASURY DEPARTMENT LAST WEEK FROZE`).
        if let Some(p) = sen
            .parties
            .iter()
            .rev()
            .find(|p| p.end <= ts)
            .filter(|p| p.start >= clause_start && agency_before_verb(s, p, ts))
        {
            self.sanctioners.push(p.code);
            return true;
        }
        let (mut group_end, filed_in) = self.read_subject_group(sen);
        // `a U.N. Security Council resolution that would have imposed sanctions`: the author of the
        // proposal the clause hangs on proposes the measure (whoever vetoed it).
        if group_end.is_none() {
            if let Some(p) = proposal_author(s, clause_start, sen.parties)
                .or_else(|| relative_antecedent(s, clause_start, ts, sen.parties))
            {
                self.sanctioners.push(p.code);
                return true;
            }
            if let Some(p) = filed_in.filter(|p| self.dateline_acts(sen, p)) {
                self.sanctioners.push(p.code);
                group_end = Some(p.end);
            }
        }
        let blocked = self.subject_blocks(sen, group_end);
        // `Russia vetoed a draft Security Council resolution imposing an arms embargo`: the subject
        // blocks, the resolution's author proposed the measure.
        if blocked {
            self.sanctioners.clear();
            if let Some(p) = proposal_owner(s, ts, sen.parties) {
                self.sanctioners.push(p.code);
                return true;
            }
        }
        !blocked
    }

    /// The subject of the trigger's clause: the first party that can be one, and those coordinated
    /// with it (`Britain and France imposed`), into the sanctioners. Returns where the group ends, and
    /// the first dateline party passed over (the place the story was filed, a stand-in).
    fn read_subject_group<'p>(
        &mut self,
        sen: &Sentence<'p, '_>,
    ) -> (Option<usize>, Option<&'p Party>) {
        let (s, clause_start, ts) = (sen.s, self.clause_start, self.ts);
        let mut group_end: Option<usize> = None;
        let mut filed_in: Option<&Party> = None;
        // The end of the last party read as an object: one coordinated with it is an object too
        // (`sanctions on Russia and Belarus, including ...`).
        let mut object_end: Option<usize> = None;
        for p in sen.parties.iter().filter(|p| {
            p.start >= clause_start && p.end <= ts && !in_spans(&self.target_spans, p) && !p.section
        }) {
            if let Some(end) = group_end {
                if !coordinated(&s[end..p.start]) {
                    break;
                }
            } else if p.dateline {
                filed_in = filed_in.or(Some(p));
                continue;
            } else if object_end.is_some_and(|e| e <= p.start && coordinated(&s[e..p.start]))
                || !can_be_subject(s, clause_start, p)
            {
                object_end = Some(p.end);
                continue;
            }
            self.sanctioners.push(p.code);
            group_end = Some(p.end);
        }
        (group_end, filed_in)
    }

    /// Whether the place the story was filed in (`p`, in its dateline) stands in for the clause's
    /// missing subject.
    fn dateline_acts(&self, sen: &Sentence, p: &Party) -> bool {
        let (s, clause_start, ts) = (sen.s, self.clause_start, self.ts);
        // `BEIJING (Reuters) - Beijing has been threatened with sanctions`: where the story was filed
        // is no stand-in for an actor when the clause makes that country the target.
        let targeted = sen
            .parties
            .iter()
            .any(|q| q.code == p.code && !q.dateline && in_spans(&self.target_spans, q));
        // `SEOUL (Reuters) - Chinese consumers are boycotting ...`: a private subject acts, not the
        // place the story was filed in.
        let private_subject = || {
            s[clause_start..ts]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| PRIVATE_ACTORS.contains(&w.to_ascii_lowercase().as_str()))
        };
        !targeted && !private_subject() && can_be_subject(s, clause_start, p)
    }

    /// Whether the clause says its subject (ending at `group_end`) does not impose the measure: it is
    /// urged to, talks about it, or only reports on it.
    fn subject_blocks(&self, sen: &Sentence, group_end: Option<usize>) -> bool {
        let (s, ts) = (sen.s, self.ts);
        urged_to_act(s, ts, sen.parties)
            || group_end.is_some_and(|end| {
                NOT_IMPOSER.is_match(&s[end.max(means_clause(s, end, ts))..ts])
                    && !self.council_calls(s)
                    || self.target_spans.is_empty() && reports_on_measure(&s[end..ts])
            })
    }

    /// A travel or entry ban with no target of its own in a story whose travel ban is an immigration
    /// measure: the same measure named again.
    pub(super) fn same_immigration_ban(&self, s: &str) -> bool {
        let w = s[self.ts..self.te].to_ascii_lowercase();
        // `Trump's travel ban`, `the latest restrictions`: the story's measure again, with no target
        // of its own.
        let named_again = w.starts_with("travel ban")
            || w.starts_with("entry ban")
            || w.starts_with("restrictions");
        let bare = self.new_targets.is_empty() && self.target_spans.is_empty();
        // `people from Chad and Iran are barred from entering`: the ban's nationals, not officials.
        let entry = named_again || w.starts_with("barred");
        named_again && bare || entry && NATIONALS_OF.is_match(s)
    }

    /// Tariffs or duties that name no country they fall on, by no owner, neither imposed (`imposed 100
    /// pct tariffs`) nor said to punish (`raised import tariffs on rice`): trade policy, not a measure
    /// against anyone.
    pub(super) fn trade_policy(&self, s: &str) -> bool {
        let w = self.trigger.to_ascii_lowercase();
        let imposed = s[..self.ts]
            .split_whitespace()
            .rev()
            .take(4)
            .any(|w| IMPOSE_VERBS.contains(&w.to_ascii_lowercase().as_str()));
        // `banned the sale of petrol on weekends`, `restrictions on unapproved encryption`: a ban or a
        // restriction on goods or conduct that reaches no country or party is domestic policy too.
        let reach = s[self.te..].split([',', ';']).next().unwrap_or("");
        let goods_measure = GOODS_MEASURE.is_match(&w)
            && !PARTY_WORD.is_match(reach)
            && self
                .target_spans
                .iter()
                .all(|&(a, b)| !PARTY_WORD.is_match(&s[a..b]));
        // Imposing duties may still aim at someone the story names elsewhere (`imposed 100 pct
        // tariffs`); imposing a restriction that reaches no party stays domestic.
        let tariffs = (w.starts_with("tariff") || w.ends_with("duties")) && !imposed;
        (tariffs || goods_measure)
            && self.new_targets.is_empty()
            && self.authors.is_empty()
            && !punitive(s)
    }

    /// The authors inside the trigger impose too; a lifting leaves no imposer: neither the subject lifting
    /// the measure nor its owner (`the American sanctions would be lifted`) imposes anything here.
    pub(super) fn settle_agents(&mut self) {
        self.sanctioners.extend(self.authors.iter().copied());
        if self.cancel.is_some() {
            self.sanctioners.clear();
            self.premods.clear();
        }
    }

    /// The target phrase's span holding party `p`.
    pub(super) fn span_of(&self, p: &Party) -> Option<(usize, usize)> {
        self.target_spans
            .iter()
            .copied()
            .find(|&(a, b)| p.start >= a && p.end <= b)
    }

    /// Countries inside the target phrases that are targets, and whether one heads a phrase (the state).
    pub(super) fn read_target_countries(&mut self, sen: &Sentence) {
        for p in sen
            .parties
            .iter()
            .filter(|p| in_spans(&self.target_spans, p) && !p.agency)
        {
            if !self.is_target_country(sen, p) {
                continue;
            }
            self.found_target = true;
            self.country_target |= !opens_org_name(sen.s, p);
            if !self.new_targets.contains(&p.code) {
                self.new_targets.push(p.code);
            }
            if self.heads_as_state(sen, p) {
                self.state = true;
            }
        }
    }

    /// A country inside a target phrase is a target unless it is a place, a destination or an origin
    /// deeper in the phrase, a bloc, or an actor of this event.
    pub(super) fn is_target_country(&self, sen: &Sentence, p: &Party) -> bool {
        let s = sen.s;
        let prev = governing_word(s, p.start);
        // `operating in Britain`: where a target sits is no target, unless it says whose the targets
        // are (`firms in China and the United Arab Emirates`).
        if matches!(
            prev.as_str(),
            "in" | "at" | "inside" | "within" | "near" | "outside"
        ) && !based_in(s, p)
        {
            return false;
        }
        // `a ban on the use of the airspace of Ukraine`: a country's own airspace or ports shut to the
        // targets, as `Ukrainian airspace` is (see `BORDERS`).
        if prev == "of" && borders_before(s, p.start) {
            return false;
        }
        // `assets they hold under U.S. jurisdiction`, `under Norwegian law`: the reach of the imposer's
        // law, no target.
        if prev == "under" && UNDER_LAW.is_match(&s[p.end..]) {
            return false;
        }
        // `the fourth use of Australia's cyber sanctions framework`: the country owns the law or list
        // the measure is taken under, it does not suffer it.
        if OWN_SANCTIONS_LAW.is_match(&s[p.end..]) {
            return false;
        }
        // `new U.S. investment in Chile`: the investors' own country shuts its money out of the target;
        // `any U.S. assets he holds`: where a target's assets lie, not whose they are.
        if OUTBOUND_MONEY.is_match(&s[p.end..]) {
            return false;
        }
        // `exports to the United States`: a destination inside the phrase, unless the phrase opens with it
        // (`embargoes applied to China, Burma and Zimbabwe`).
        // An export measure falls on the goods' destination (`banned exports of computers to X`).
        // (Asked only after `to` or `from`: most parties follow neither.)
        let heads = || {
            self.span_of(p)
                .is_some_and(|sp| heads_phrase(s, sp, p, sen.parties))
        };
        let trigger = || self.trigger.to_ascii_lowercase();
        if prev == "to" && !outbound(&trigger()) && !heads() {
            return false;
        }
        // `entities from RUSSIA` names the target's country; `diversion from United States markets` does not.
        // `imports of food from Norway`: an import measure falls on the goods' origin; `barred banks
        // from buying debt from Chile`: the trigger's own `from` opens the phrase.
        if prev == "from" && !trigger().contains("import") && !heads() {
            let head = s[..p.start].trim_end();
            let head = head[..head.len().saturating_sub(4)].trim_end();
            let noun = head.rsplit(' ').next().unwrap_or("");
            if targets::type_of_noun(noun).is_none() {
                return false;
            }
        }
        !(matches!(p.code, "EU" | "UN" | "NATO")
            || about_country(s, p)
            || DEALING_BARRED.is_match(&s[p.end..])
            || self.sanctioners.contains(&p.code)
            || self.premods.contains(&p.code))
    }

    /// The country itself heading the phrase (`against Fiji`, not `Myanmar officials`) is the state.
    pub(super) fn heads_as_state(&self, sen: &Sentence, p: &Party) -> bool {
        if !matches!(
            p.kind,
            Kind::Name | Kind::Abbr | Kind::Capital | Kind::Seat | Kind::Ambiguous
        ) {
            return false;
        }
        // `Myanmar military officials`, `Myanmar's generals`: the country names whose officials, not the state.
        let after = &sen.s[p.end..];
        let owned = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("\u{2019}s"));
        // `Iran's Revolutionary Guards`, `Russia's Sberbank`: a name the country owns.
        let owns_name = !sen.caps
            && owned.is_some_and(|o| {
                o.split_whitespace()
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
            });
        let modifies = owned
            .unwrap_or(after)
            .split_whitespace()
            .take(3)
            .take_while(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
            .any(|w| targets::party_noun(w.trim_matches(|c: char| !c.is_alphanumeric())));
        let names_org = opens_org_name(sen.s, p);
        let heads = self
            .span_of(p)
            .is_some_and(|sp| heads_phrase(sen.s, sp, p, sen.parties));
        heads && !modifies && !names_org && !owns_name
    }

    /// With no actor in the sentence, the speaker of a closing reporting clause (`..., White House
    /// officials said`) is the imposer.
    pub(super) fn read_reporting_speaker(&mut self, sen: &Sentence) {
        // A lifting's announcer imposes nothing (`lifted the sanctions on X, the ministry said`).
        if !(self.sanctioners.is_empty() && self.premods.is_empty()) || self.cancel.is_some() {
            return;
        }
        // With no target country, only a sanctions agency speaking (`..., the Treasury said`) acts:
        // `..., Ruritanian officials said` may be the target's reaction.
        let agency_only = !self.found_target;
        let s = sen.s;
        let Some(comma) = s.rfind(", ") else {
            return;
        };
        let tail = &s[comma..];
        let reporting = tail.contains(" said") || tail.contains(" say") || tail.contains(" told");
        // `..., Switzerland and Thailand that Oslo says helped Moscow`: a relative clause's speaker
        // closes no report of the measure.
        if relative_report(tail) {
            return;
        }
        if tail.len() > 60 || !reporting {
            return;
        }
        let new_targets = &self.new_targets;
        for p in sen
            .parties
            .iter()
            .filter(|p| p.start > comma && !new_targets.contains(&p.code))
            .filter(|p| p.agency || !agency_only)
        {
            self.sanctioners.push(p.code);
        }
    }

    /// The earlier agents an event with no agent of its own takes, given the words before its
    /// trigger: a counted group (`The four countries also said ...`) takes the last parties that
    /// acted together; a pronoun or generic subject (`It also`), or a passive (`Vanta Ltd was
    /// designated for ...` after the announcer), the last agents.
    /// `sentence`: the sentence up to the trigger, whose subject a group may be while the trigger
    /// heads a later verb of its own (`The four states cut ties with X and closed their airspace`).
    fn carried<'c>(&self, head: &str, sentence: &str, acc: &'c Acc) -> Option<&'c [&'static str]> {
        let recent = |agents: &[&str], at: usize, reach: usize| {
            !agents.is_empty() && acc.sentence_no <= at + reach
        };
        if recent(&acc.last_group, acc.last_group_at, GROUP_SENTENCES)
            && (GROUP_SUBJECT.is_match(head) || GROUP_SUBJECT.is_match(sentence))
        {
            Some(&acc.last_group)
        } else if recent(&acc.last_agents, acc.last_agents_at, CARRY_SENTENCES)
            && (generic_subject(head) || self.passive)
        {
            Some(&acc.last_agents)
        } else {
            None
        }
    }

    /// Still no actor: an event of the same announcement a sentence or two before lends its agent. An
    /// event with one (the subject, or an agency owning the measure, `The Treasury Department
    /// sanctioned`) becomes the one to lend; a country premodifier may yet turn out a target.
    pub(super) fn carry_agent(&mut self, sen: &Sentence, acc: &mut Acc) {
        if self.cancel.is_some() {
            return;
        }
        if self.sanctioners.is_empty() && self.premods.is_empty() && !self.blocked {
            let has_target = self.found_target || !self.target_spans.is_empty();
            let head = &sen.s[self.clause_start..self.ts];
            let sentence = &sen.s[..self.ts];
            if let Some(agents) = has_target
                .then(|| self.carried(head, sentence, acc))
                .flatten()
            {
                let new_targets = &self.new_targets;
                self.sanctioners
                    .extend(agents.iter().filter(|c| !new_targets.contains(c)));
            } else if let Some(code) = has_target
                .then(|| described_actor(head, &acc.named_codes))
                .flatten()
            {
                // `The 27-nation bloc adopted ...` in a story that names the EU elsewhere.
                self.sanctioners.push(code);
            } else if let Some(code) = acc
                .issuer
                .filter(|_| has_target && FIRST_PERSON.is_match(head))
            {
                // `Today I am publicly designating X` on a ministry's own page.
                self.sanctioners.push(code);
            }
        } else {
            acc.last_agents = if self.sanctioners.is_empty() {
                std::mem::take(&mut self.agency_premods)
            } else {
                self.sanctioners.clone()
            };
            acc.last_agents_at = acc.sentence_no;
            if self.sanctioners.len() > 1 {
                acc.last_group = self.sanctioners.clone();
                acc.last_group_at = acc.sentence_no;
            }
        }
    }

    pub(super) fn keep_target_countries(&self, s: &str, acc: &mut Acc) {
        for c in &self.new_targets {
            push_unique(&mut acc.targets, c);
        }
        // `a boycott of companies trading with Israel`: a country-wide trigger on named kinds of
        // party is a measure on those parties, not on the state.
        let on_parties = self.names_parties(s);
        // `sanctions against Russia, targeting 10 entities and 54 individuals`: sanctions on a country
        // that name the kinds of party they hit are on those parties (an embargo stays on the state).
        let on_named_kinds = !state_trigger(self.trigger) && on_parties;
        if self.state && !on_named_kinds
            || (self.country_target && state_trigger(self.trigger) && !on_parties)
        {
            push_type(&mut acc.types, "state");
        }
    }

    /// A target phrase names a kind of party (`companies`, `officials`, `tankers`).
    pub(super) fn names_parties(&self, s: &str) -> bool {
        self.target_spans
            .iter()
            .any(|&(a, b)| names_kinds(&s[a..b]))
    }

    /// Named targets of the event: in its target phrases (after type nouns, legal forms, acronyms the
    /// text introduced), designations (`declared the Bank of Dandong a ...`), and the name shapes.
    pub(super) fn named_targets(&self, sen: &Sentence, acc: &mut Acc) -> Vec<Target> {
        let (s, caps) = (sen.s, sen.caps);
        let mut named = Vec::new();
        let own = !self.sanctioners.is_empty()
            || !self.premods.is_empty()
            || self.found_target
            || self.passive;
        // An event with no actor, no target country and no passive, outside an announcement
        // (`restrictions on participation in the economy`): its phrase gives the story no kinds.
        let announced = !own && self.cancel.is_none() && acc.in_announcement();
        let mut unowned = Vec::new();
        for &(a, b) in &self.target_spans {
            let types = if own || announced {
                &mut acc.types
            } else {
                &mut unowned
            };
            targets::read_phrase(&s[a..b], caps, types, &mut named);
            // `The RDIF was put on a U.S. sanctions list`: an acronym stands for its long form in the text.
            for (long, code) in targets::expand_acronyms(&s[a..b], sen.acronyms) {
                push_type(&mut acc.types, "organization");
                named.push(Target {
                    name: long,
                    kind: "organization".to_string(),
                });
                if let Some(c) = code {
                    push_unique(&mut acc.targets, c);
                }
            }
        }
        // `declared the Bank of Dandong a "primary money laundering concern"`: a designation names its target.
        if !caps {
            for n in targets::designated(s) {
                push_type(
                    &mut acc.types,
                    if n.kind == "individual" {
                        "individual"
                    } else {
                        "organization"
                    },
                );
                named.push(n);
            }
        }
        // Names in the shapes news gives designated parties (`sanctioned X, Y and Z`, `the tanker X`,
        // `X Ltd`), read only in a sentence whose event has an actor or a target country, or is passive.
        // An event with no actor, no target country and no passive (`The Securities and Exchange
        // Commission sanctioned the accounting firm X`: a regulator's penalty) names no target.
        // An event with no actor of its own inside an announcement (`The sanctions include X`) names
        // targets by their shapes; names found by position alone need an event that stands by itself.
        // `the already sanctioned Vostra group`, `X, which was designated in 2023`: a party listed
        // before is mentioned, not targeted now.
        if !own && !announced || past_designation(s, self.ts, self.te) {
            named.clear();
            return named;
        }
        for n in targets::shaped_names(s, caps, &self.target_spans, self.ts) {
            push_type(&mut acc.types, targets::type_of_kind(&n.kind));
            named.push(n);
        }
        // A headline in Title Case (`Oslo Sanctions Firms Involved in Arms Deals`) capitalises every
        // word: names by position alone cannot be told there.
        if !caps && own && !title_case(s) {
            for n in self
                .slot_regions(s)
                .flat_map(|(a, b)| slot_names::slot_names(s, a, b))
            {
                // A name found by its place alone gives no kind to the story: its kind is a guess
                // from its words, and the story's kinds come from what the text says of its targets.
                if !named.iter().any(|m| m.name.contains(&n.name)) {
                    named.push(n);
                }
            }
        }
        named.retain(|n| !only_as_principal(s, &n.name));
        named
    }

    /// Where the event's targets stand: after the trigger, and the phrases before it (a passive's
    /// subject, the object of `added ... to the list`).
    pub(super) fn slot_regions<'s>(
        &'s self,
        s: &'s str,
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        let before = self
            .target_spans
            .iter()
            .copied()
            .filter(|&(_, b)| b <= self.ts);
        std::iter::once((self.te, slot_names::slot_end(s, self.te))).chain(before)
    }

    /// The event for `--explain`, then its agents and premodifiers into the story's.
    pub(super) fn keep_event(self, sen: &Sentence, named_now: Vec<String>, acc: &mut Acc) {
        let s = sen.s;
        acc.kept += 1;
        if let Some(events) = acc.events.as_mut() {
            events.push(Event {
                trigger: self.trigger.to_string(),
                agents: self.sanctioners.iter().map(|c| c.to_string()).collect(),
                premodifiers: self.premods.iter().map(|c| c.to_string()).collect(),
                target_countries: self.new_targets.iter().map(|c| c.to_string()).collect(),
                targets: named_now,
                cancelled: self.cancel.map(|c| c.why),
                sentence: s.to_string(),
            });
        }
        if !(self.sanctioners.is_empty() && self.premods.is_empty()) {
            acc.last_acted_at = Some(acc.sentence_no);
        }
        let agent = |c: &str| self.sanctioners.contains(&c) || self.premods.contains(&c);
        for p in sen
            .parties
            .iter()
            .filter(|p| !p.agency && !p.dateline && !agent(p.code))
        {
            let weight = if p.start >= self.te { 2 } else { 1 };
            // Only this sentence's entries, the last ones, can hold the country already.
            let sentence_no = acc.sentence_no;
            match acc
                .bystanders
                .iter_mut()
                .rev()
                .take_while(|b| b.0 == sentence_no)
                .find(|b| b.1 == p.code)
            {
                Some(b) => b.2 = b.2.max(weight),
                None => acc.bystanders.push((acc.sentence_no, p.code, weight)),
            }
        }
        acc.state_measure |= state_trigger(self.trigger);
        for c in self.sanctioners {
            push_unique(&mut acc.sanctioners, c);
        }
        for c in self.premods {
            // A premodifier next to an explicit agent is the target (`the South African sanctions law,
            // enacted by the United States`).
            if !self.found_target
                && s[self.te..].contains(" by ")
                && acc.sanctioners.iter().any(|x| x != c)
            {
                push_unique(&mut acc.targets, c);
                push_type(&mut acc.types, "state");
            } else {
                push_unique(&mut acc.premods, c);
                if state_trigger(self.trigger)
                    || self.trigger.to_ascii_lowercase().starts_with("sanction")
                {
                    push_unique(&mut acc.premod_state, c);
                }
            }
        }
    }
}

/// A designation of the past mentioned in passing: a participle describing a party listed before
/// (`the already sanctioned X`), or a passive in a relative or `after` clause dated to a past month or
/// year (`X, which was designated in 2023`, `After X were designated in March 2025, ...`).
pub(super) fn past_designation(s: &str, ts: usize, te: usize) -> bool {
    let from = crate::text::ceil_boundary(s, ts.saturating_sub(LOOK_BEFORE));
    let to = crate::text::floor_boundary(s, (te + LOOK_BEFORE).min(s.len()));
    described_as_listed(&s[from..ts])
        || PAST_CLAUSE.is_match(&s[from..ts]) && DATED.is_match(&s[te..to])
        || already_under(s, ts)
}

/// `X, which is already under U.S. sanctions` right before the trigger at `ts` (see [`ALREADY_UNDER`]),
/// read in the [`LOOK_BEFORE`] bytes before it.
pub(super) fn already_under(s: &str, ts: usize) -> bool {
    let from = crate::text::ceil_boundary(s, ts.saturating_sub(LOOK_BEFORE));
    ALREADY_UNDER.is_match(&s[from..ts])
}

/// A passive in a relative or `after` clause, right before its trigger (`which was`, `After X were`).
pub(super) static PAST_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:after|since|which|who|that|once)\s+(?:[\w.'\x{2019}-]+\s+){0,6}(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$")
        .expect("past clause compiles")
});

/// A past month or year right after a trigger, in its clause (`designated in March 2021`).
pub(super) static DATED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^[^,;.]{0,80}?\b(?:in|since)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b")
        .expect("dated pattern compiles")
});

/// `X, which is already under U.S. sanctions`, `X had previously been blacklisted`: a standing listing
/// of a party mentioned.
pub(super) static ALREADY_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:already|previously|long)\s+(?:been\s+)?(?:under|subject\s+to|on|hit\s+by)\s+(?:[\w.'\x{2019}-]+\s+){0,3}$|\b(?:had|has|have|was|were)\s+(?:(?:already|previously|earlier)\s+been|been\s+(?:already|previously|earlier)|(?:previously|earlier))\s+$")
        .expect("already-under pattern compiles")
});

/// How far around a trigger [`past_designation`] reads.
pub(super) const LOOK_BEFORE: usize = 100;

/// `Norway's decision to impose sanctions`, `the U.N. vote to strengthen the sanctions`: the owner of
/// a decision to act on a measure takes it, whoever talks about the decision.
fn decision_owner<'a>(sen: &Sentence<'a, '_>, ts: usize) -> Option<&'a Party> {
    let m = DECISION_TO.find(&sen.s[..ts])?;
    sen.parties
        .iter()
        .rev()
        .find(|p| p.end <= m.start())
        .filter(|p| {
            let gap = sen.s[p.end..m.start()].trim_start_matches(['\'', '\u{2019}', 's']);
            gap.trim().is_empty() || premodifies(gap)
        })
}

/// A decision noun and `to` with an imposing verb, and at most two modifiers, right before a trigger.
static DECISION_TO: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\s+(?:decision|decisions|vote|votes|move|moves|plans?|threat|pledge)\s+to\s+(?:impose|strengthen|tighten|extend|expand|widen|slap|levy|broaden|step\s+up)\s+(?:the\s+|new\s+|further\s+|more\s+|fresh\s+|its\s+|their\s+)*(?:[\w-]+\s+){0,2}$")
        .expect("decision-to pattern compiles")
});

/// A party heading a reporting clause: up to three words, then a verb of saying.
static SPEAKER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^(?:\s+[\w.'-]+){0,3}\s+(?:said|says|say|told|added|reported|announced)\b")
        .expect("speaker-after pattern compiles")
});

/// A measure on goods or money leaving (`export ban`, `barred shipments`, `banned transfers`): it
/// falls on their destination, after `to`.
fn outbound(trigger: &str) -> bool {
    ["export", "shipment", "deliver", "transfer"]
        .iter()
        .any(|w| trigger.contains(w))
}

/// A verb of undergoing a measure between a subject and the trigger (`faces new EU`, `hit by fresh
/// U.S.`, `given little hope of avoiding`), up to three modifiers before the trigger.
pub(super) static UNDERGOES: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\s+(?:(?:also|already|now|repeatedly|again)\s+)?(?:now\s+|could\s+|may\s+|will\s+|is\s+|are\s+|was\s+|were\s+|(?:has|have|had)\s+(?:(?:also|already|repeatedly)\s+)?been\s+)?(?:faces?|facing|faced|brac(?:es|ed|ing)\s+for|hit\s+(?:by|with)|slapped\s+with|threatened\s+with|targeted\s+by|given\s+little\s+hope\s+of\s+avoiding)\s+(?:[\w.-]+\s+){0,3}$")
        .expect("undergoes pattern compiles")
});

/// `from` and a gerund right after a trigger (`barred from carrying`, `banned from entering`).
pub(super) static BARRED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\s+from\s+[a-z]+ing\b").expect("barred-from pattern compiles")
});

/// A passive of being hit by a measure before its trigger (`have been hit with asset freezes`), or a
/// trigger that is itself the passive participle (`were added to the entity list`, `was barred`): a
/// `by` right after it names the agent.
pub(super) static HIT_WITH: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:been|were|was|are|is|be|being|get|got)\s+(?:(?:hit|slapped|targeted|punished)\s+with\s+(?:[\w-]+\s+){0,3}|(?:also\s+|now\s+|\w+ly\s+)?)$")
        .expect("hit-with compiles")
});

/// What may stand between two parties of one list (`, `, ` and `, `, and the `).
pub(super) static LIST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^(?:,\s+|,?\s+and\s+|\s+or\s+)(?:the\s+)?$").expect("list gap compiles")
});

/// A verb of imposing right before the premodifiers of a measure (`imposed new`, `slapped fresh`,
/// `announced additional`), with at most three determiners or adjectives between.
pub(super) static IMPOSING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:(?:re)?impos(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|slap(?:s|ped|ping)?|introduc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|approv(?:e|es|ed|ing)|lev(?:y|ies|ied|ying)|tighten(?:s|ed|ing)?|expand(?:s|ed|ing)?)\s+(?:(?:new|fresh|further|more|additional|tougher|broader|wider|its|their|the|a|an|first|second|third|latest|[a-z]+-[a-z]+)\s+){0,3}$")
        .expect("imposing-before pattern compiles")
});

/// A verb of taking over another party's measure (`adopted the EU sanctions`, `joined U.S. sanctions`).
pub(super) static ADOPTS: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:adopt(?:s|ed|ing)?|join(?:s|ed|ing)?|align(?:s|ed|ing)?(?:\s+\w+)?\s+with|implement(?:s|ed|ing)?|mirror(?:s|ed|ing)?|took\s+over|tak(?:e|es|ing)\s+over|taken\s+over)\b")
        .expect("adopts compiles")
});

/// The countries goods leave in a subject `[start, end)` (`exports from Norway`).
fn exporters(sen: &Sentence, start: usize, end: usize) -> Vec<&'static str> {
    sen.parties
        .iter()
        .filter(|p| p.start >= start && p.end <= end && sen.s[..p.start].ends_with("from "))
        .map(|p| p.code)
        .collect()
}

/// What a trigger that holds its measure's object hits, rather than who authors it (`implements U.N.
/// resolutions`).
#[derive(Clone, Copy, PartialEq)]
enum Hits {
    /// `froze Chilean assets`, `revoked the visas`: a country inside owns them only as a demonym.
    Holdings,
    /// `banned Chilean imports`, `block the property`: every country inside owns them.
    Goods,
}

/// How far back [`urged_to_act`] and [`only_as_principal`] read before a party or a name: a verb of
/// pleading or `on behalf of` with an owner's name fits in it.
const LOOK_BEHIND: usize = 40;

/// Whether the trigger's verb is one a pleader asked of a party (`groups urged the U.N. Security Council
/// to impose an arms embargo`): a party right after a verb of pleading, then `to` before the trigger. The
/// pleading verb may stand before the clause the infinitive opens, so it is looked for before each party.
fn urged_to_act(s: &str, ts: usize, parties: &[Party]) -> bool {
    let from = ts.saturating_sub(200);
    parties
        .iter()
        .filter(|p| p.start >= from && p.end <= ts)
        .any(|p| {
            s[p.end..ts].contains(" to ")
                && URGED.is_match(crate::text::window_before(s, p.start, LOOK_BEHIND))
        })
}

/// `designated for acting on behalf of Orla Ltd`: the party a target served is why it was listed,
/// no target of this sentence (it may be one elsewhere).
fn only_as_principal(s: &str, name: &str) -> bool {
    let mut seen = false;
    for (i, _) in s.match_indices(name) {
        seen = true;
        if !ON_BEHALF_OF.is_match(crate::text::window_before(s, i, LOOK_BEHIND)) {
            return false;
        }
    }
    seen
}

fn what_it_hits(trigger: &str) -> Option<Hits> {
    let t = trigger.to_ascii_lowercase();
    let opens = |words: &[&str]| words.iter().any(|w| t.starts_with(w));
    // `barred U.S. banks from dealing with`: the parties inside are the imposer's own; the party hit
    // follows the trigger.
    if [" with", " for", " from", " in"]
        .iter()
        .any(|p| t.ends_with(p))
    {
        return None;
    }
    // `refrain from selling Freedonia any arms`: the party inside receives the goods withheld;
    // `ordered all Haitian vessels out of` owns the ships sent away.
    if opens(&["block", "ban", "bar", "refrain", "order"]) {
        Some(Hits::Goods)
    } else if opens(&["freez", "froze", "revok", "cancel"]) {
        Some(Hits::Holdings)
    } else {
        None
    }
}

/// A description a story uses for an actor it names elsewhere by name: no other party could be meant.
pub(super) struct Described {
    /// The description's head word, lower case, as the subject's first word after its modifiers.
    pub(super) heads: &'static [&'static str],
    /// The actor it stands for, when the story names it.
    pub(super) code: &'static str,
    /// The head must be written with a capital (`the Council`, not a city council).
    pub(super) capital: bool,
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) must: &'static [&'static str],
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) must_not: &'static [&'static str],
}

pub(super) const DESCRIBED_ACTORS: &[Described] = &[
    Described {
        heads: &["bloc", "bloc's", "blocs"],
        code: "EU",
        capital: false,
        must: &["EU ministers met on Monday. Later, the 27-nation bloc imposed sanctions on 12 Chilean officials."],
        must_not: &["Ministers met on Monday. Later, the 27-nation bloc imposed sanctions on 12 Chilean officials."],
    },
    Described {
        heads: &["council", "council's"],
        code: "EU",
        capital: true,
        must: &["EU foreign ministers met in Brussels. The Council imposed restrictive measures on two Chilean ministers."],
        must_not: &[
            "EU foreign ministers met in Brussels. The city council imposed a ban on Chilean wine sales.",
            "Ministers met in Lisbon. The Council imposed restrictive measures on two Chilean ministers.",
        ],
    },
    // After the EU's row: a story naming both means the Council of the EU more often than not.
    Described {
        heads: &["council", "council's"],
        code: "UN",
        capital: true,
        must: &["The U.N. Security Council met on Peru. The Council voted to impose an arms embargo on Peru."],
        must_not: &["Diplomats met on Peru. The Council voted to impose an arms embargo on Peru."],
    },
    Described {
        heads: &["administration", "administration's"],
        code: "US",
        capital: false,
        must: &["Talks with U.S. envoys failed. The administration then imposed sanctions on four Chilean generals."],
        must_not: &["Talks with Norwegian envoys failed. The administration then imposed sanctions on four Chilean generals."],
    },
];

/// The actor the clause before a trigger describes (`The 27-nation bloc`, `the bloc's foreign
/// ministers`, `The Council`), when the story names it.
fn described_actor(head: &str, named: &[&'static str]) -> Option<&'static str> {
    let first = head
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .skip_while(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "the" | "and" | "but" | "also" | "meanwhile" | "later" | "separately" | "then"
            )
        })
        .find(|w| {
            let l = w.to_ascii_lowercase();
            !(l.ends_with("-nation") || l.ends_with("-member") || l == "european")
        })?;
    let lower = first.to_ascii_lowercase();
    DESCRIBED_ACTORS
        .iter()
        .find(|d| {
            d.heads.contains(&lower.as_str())
                && (!d.capital || first.starts_with(char::is_uppercase))
                && named.contains(&d.code)
        })
        .map(|d| d.code)
}

/// A country's own sanctions law or list after its name (`'s cyber sanctions framework`).
pub(super) static OWN_SANCTIONS_LAW: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^(?:'s|\x{2019}s)\s+(?:[\w-]+\s+){0,2}?sanctions?\s+(?:framework|regime|laws?|lists?|act|legislation|programme|program|system|rules|regulations)\b")
        .expect("own-sanctions-law pattern compiles")
});

/// What a country's law reaches, after the country (`under U.S. jurisdiction`).
pub(super) static UNDER_LAW: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^\W*(?:federal\s+|national\s+|domestic\s+)?(?:jurisdiction|laws?|legislation|rules|regulations|statutes?|authority)\b")
        .expect("under-law pattern compiles")
});

/// What a ban shuts a party out of, up to the country.
pub(super) static FROM_ENTERING: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\s+from\s+(?:entering\s+|visiting\s+|travell?ing\s+to\s+|(?:the\s+)?(?:markets?|territory|ports?|airspace)\s+of\s+)?(?:the\s+)?")
        .expect("from-entering pattern compiles")
});

/// The words before a country end in its borders and `of` (`the airspace of`, `ports of`).
fn borders_before(s: &str, at: usize) -> bool {
    let head = s[..at].trim_end();
    let Some(head) = head.strip_suffix(" of") else {
        return false;
    };
    // From the space before the last word: `BORDERS` reads a word after whitespace.
    head.rfind(' ')
        .is_some_and(|i| BORDERS.is_match(&head[i..]))
}

/// A country's own borders, ports, airspace or market, after its demonym.
pub(super) static BORDERS: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(
        r"(?i)^\s+(?:ports?|harbou?rs?|airspace|airports?|waters|territory|soil|markets?)\b",
    )
    .expect("borders pattern compiles")
});

/// Money going out of the country named right before it, to another (`U.S. investment in Chile`), or
/// a party's holdings that lie in it (`any U.S. assets he holds`).
pub(super) static OUTBOUND_MONEY: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\s+(?:(?:investments?|investors|loans|lending|credits?)\s+(?:in|to)\s|(?:assets|property|holdings|accounts|funds)\s+(?:he|she|they|it|that|which)\s+(?:holds?|held|owns?|owned|has|have|had|keeps?|kept)\b)")
        .expect("outbound-money pattern compiles")
});

/// A trigger that bans or restricts goods or conduct rather than naming a sanctions measure.
pub(super) static GOODS_MEASURE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^(?:restrictions|import\s+restrictions|ban(?:s|ned|ning)?\s+(?:the\s+|all\s+)?(?:sales?|imports?|exports?)|suspend\w*\s+imports?\s+of)\b")
        .expect("goods measure pattern compiles")
});

/// A travel or entry ban on refugees, migrants or the nationals of Muslim-majority countries: an
/// immigration measure (see `Acc::immigration_ban`).
pub(super) static IMMIGRATION_BAN: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:travel|entry)\s+bans?\b\W+(?:[\w.-]+\W+){0,10}?(?:refugees?|immigra\w*|migrants?|muslim(?:s|-majority)?)\b|\b(?:refugees?|immigra\w*|migrants?|muslim(?:s|-majority)?)\W+(?:[\w.-]+\W+){0,6}?(?:travel|entry)\s+bans?\b")
        .expect("immigration ban pattern compiles")
});

/// People named by the country they come from (`people from Chad`, `citizens of Iran`): whom an
/// immigration measure bars.
pub(super) static NATIONALS_OF: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:people|persons|citizens|nationals|travell?ers|visitors|immigrants|refugees)\s+(?:from|of)\s+(?:the\s+)?(?-i:[A-Z])")
        .expect("nationals pattern compiles")
});

/// A word for a party a measure may reach (a person, a firm, a state), in a target phrase.
pub(super) static PARTY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"\b(?:[A-Z][A-Za-z]+|[Cc]ompan(?:y|ies)|[Ff]irms?|[Ee]ntit(?:y|ies)|[Gg]roups?|[Oo]rgani[sz]ations?|[Tt]raders?|[Ii]ndividuals|[Pp]ersons|[Pp]eople|[Oo]fficials|[Bb]anks?|[Gg]overnment|[Rr]egime|[Nn]ationals|[Cc]itizens|[Vv]essels?|[Ss]hips?|[Aa]ircraft|[Aa]irlines?)\b")
        .expect("party word pattern compiles")
});

/// A passive subject without the relative clause describing it: in `X, a trader in which Y holds a
/// stake, was listed` Y is no subject. The clause runs from its pronoun (and a preposition governing
/// it) to the next comma, or to the verb.
fn without_relative(s: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let Some(m) = RELATIVE_IN_SUBJECT.find(&s[start..end]) else {
        return vec![(start, end)];
    };
    let (from, rest) = (start + m.start(), start + m.end());
    let mut spans = vec![(start, from)];
    if let Some(comma) = s[rest..end].find(',') {
        spans.push((rest + comma + 1, end));
    }
    spans
}

/// A relative pronoun opening a clause inside a subject, with the preposition before it.
pub(super) static RELATIVE_IN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?:\b(?:in|of|for|with|to|by|through)\s+)?\b(?:which|who|whom|whose)\b")
        .expect("relative pattern compiles")
});
