use super::*;

/// The events of a story with no publisher.
fn explain(title: Option<&str>, body: &str) -> Vec<Event> {
    super::explain(title, body, None)
}

fn roles(t: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let r = find_roles(None, t);
    let mut s = r.sanctioners;
    let mut c = r.target_countries;
    s.sort();
    c.sort();
    (s, c, r.target_types)
}

/// The story names `name` a target of `kind`.
fn assert_named(t: &str, name: &str, kind: &str) {
    let got = named(t);
    let want = (name.to_string(), kind.to_string());
    assert!(got.contains(&want), "{got:?}");
}

/// The named targets' names, in the order found.
fn names_in(r: &Roles) -> Vec<&str> {
    r.targets.iter().map(|t| t.name.as_str()).collect()
}

/// Codes or types as `roles` returns them.
fn owned(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

/// The target countries the events themselves find, before the story-level reading
/// (`target_of_story`) gives an untargeted measure the country its sentences name.
fn event_targets(t: &str) -> Vec<String> {
    let mut c: Vec<String> = explain(None, t)
        .into_iter()
        .flat_map(|e| e.target_countries)
        .collect();
    c.sort();
    c.dedup();
    c
}

/// Every row of the cancel table on its own examples: the first trigger of each `must` sentence is
/// cancelled by that row, no trigger of a `must_not` sentence is cancelled at all.
#[test]
fn cancel_table_examples() {
    for c in CANCELS {
        for m in c.must {
            let t = TRIGGER.find(m).expect("a trigger in the example");
            assert_eq!(
                cancelled(m, t.start(), t.end()).map(|c| c.why),
                Some(c.why),
                "{m}"
            );
        }
        for m in c.must_not {
            for t in TRIGGER.find_iter(m) {
                assert!(cancelled(m, t.start(), t.end()).is_none(), "{m}");
            }
        }
    }
}

/// A row's `head_starts` asks for a word opening with a stem, not the stem anywhere (`measures` has
/// `eas`), and lets through any text holding a character `(?i)` folds onto an ASCII letter.
#[test]
fn head_starts_read_word_openings() {
    let stems = &["eas", "end"];
    assert!(word_opens_with("the council voted to ease", stems));
    assert!(word_opens_with("end", stems));
    assert!(!word_opens_with("new measures on spending", stems));
    assert!(!word_opens_with("the_east", stems));
    assert!(word_opens_with("voted to \u{17F}crap", &["scrap"]));
    assert!(word_opens_with("\u{212A}ill", &["kill"]));
}

/// Agencies and leaders act for their state; a country word before one says whose it is.
#[test]
fn agencies_stand_for_their_state() {
    for (t, want) in [
        (
            "OFAC sanctioned two Freedonian shipping firms on Tuesday.",
            "US",
        ),
        (
            "The Treasury Department blacklisted a Freedonian bank.",
            "US",
        ),
        ("OFSI froze the assets of a Freedonian trader.", "GB"),
        (
            "His Majesty's Government has sanctioned a Freedonian trader.",
            "GB",
        ),
        (
            "The Council of the European Union imposed a travel ban on four Freedonian officials.",
            "EU",
        ),
        ("Reagan ordered tariffs on Freedonian steel.", "US"),
        (
            "The British Treasury froze the accounts of a Freedonian bank.",
            "GB",
        ),
        (
            "The Ministry of Economy, Trade and Industry banned exports to two Freedonian firms.",
            "JP",
        ),
        ("SECO froze the assets of a Freedonian trader.", "CH"),
        ("The NSDC imposed sanctions on four Freedonian banks.", "UA"),
    ] {
        assert_eq!(roles(t).0, vec![want.to_string()], "{t}");
    }
    // An agency is never a target country.
    let (_, c, _) = roles("Freedonia imposed sanctions on the Treasury Department.");
    assert!(c.is_empty(), "{c:?}");
}

/// The Senate and the House act for the United States; a country word before says whose they are.
#[test]
fn legislatures_stand_for_their_state() {
    assert_eq!(
        roles("The Senate voted to impose sanctions on Chile.").0,
        vec!["US".to_string()]
    );
    assert_eq!(
        roles("The Philippine Senate voted to impose sanctions on Chile.").0,
        vec!["PH".to_string()]
    );
}

/// A time noun opens a clause with no relative word: its subject acts.
#[test]
fn the_day_a_state_acted() {
    let t = "Markets fell on May 2, the day Norway's government imposed sanctions on Chile.";
    assert_eq!(roles(t).0, vec!["NO".to_string()]);
    let t = "Markets fell on May 2, the day former President Joe Biden imposed sanctions on Chile.";
    assert_eq!(roles(t).0, vec!["US".to_string()]);
}

/// An event with no actor, no target country and no passive, far from any announcement, gives the
/// story no kinds of target.
#[test]
fn an_unowned_event_gives_no_kinds() {
    let t = "Oslo imposed sanctions on Chilean officials. Markets fell. Traders sold. Prices slid. \
             Banks shut. Ships idled. Talks stalled. Critics cite restrictions on participation in the economy.";
    assert_eq!(roles(t).2, vec!["individual".to_string()]);
}

/// An announcement names its agent once; the next sentence's event with no actor of its own takes it,
/// but not three sentences on, and not past a named actor.
#[test]
fn agent_carries_across_an_announcement() {
    let t = "The Treasury Department sanctioned a Freedonian bank on Tuesday. It also blacklisted two Freedonian shipping firms and their owner.";
    let ev = explain(None, t);
    assert_eq!(ev.len(), 2, "{ev:?}");
    assert_eq!(ev[1].agents, vec!["US"]);
    let t = "The Treasury Department sanctioned a Freedonian bank on Tuesday. Markets fell. Traders sold. Prices slid. It also blacklisted two Freedonian shipping firms.";
    let ev = explain(None, t);
    assert!(ev[1].agents.is_empty(), "{ev:?}");
    let t = "The Treasury Department sanctioned a Freedonian bank on Tuesday. Activists said sanctions on Freedonian shipping firms would follow.";
    let ev = explain(None, t);
    assert!(ev[1].agents.is_empty(), "{ev:?}");
}

/// A linking adverbial (`In addition,`, `Moreover,`) opens no actor of its own: the announcement's
/// agent carries on to the passive measure after it, and with it the measure's named targets.
#[test]
fn agent_carries_past_a_linking_adverbial() {
    for link in ["In addition,", "Moreover,", "Furthermore,"] {
        let t = format!("Oslo on Monday imposed sanctions on a Freedonian hosting firm. {link} sanctions were imposed on Ivo Marek and Tova Lind.");
        let ev = explain(None, &t);
        assert_eq!(ev[1].agents, vec!["NO"], "{ev:?}");
        assert_eq!(ev[1].targets, vec!["Ivo Marek", "Tova Lind"], "{ev:?}");
    }
}

/// A list of the announcement's designees goes on with the announcement: its agent still reaches a
/// passive measure two sentences past the list, though three past the announcement itself.
#[test]
fn agent_carries_past_a_list_of_designees() {
    let t = "Oslo on Monday announced countermeasures against four Freedonian hosting firms. \
             According to the order, the firms are Vanta Hosting Ltd, Orlo Cloud Inc. and Kestel Data LLC. \
             Their property in Norway is to be seized and held. \
             Countermeasures are also taken against Ivo Marek and Tova Lind.";
    let ev = explain(None, t);
    let last = ev.last().expect("events");
    assert_eq!(last.agents, vec!["NO"], "{ev:?}");
    assert_eq!(last.targets, vec!["Ivo Marek", "Tova Lind"], "{ev:?}");
}

/// Inside an announcement `also listed` with a name after it, or a passive `was listed` ending its
/// clause, lists a designee; a statement listing risks, a listing on an exchange, do not.
#[test]
fn listed_inside_an_announcement() {
    let opening = "Oslo imposed sanctions on Belarus on Monday. ";
    let names = |t: &str| -> Vec<String> {
        find_roles(None, &format!("{opening}{t}"))
            .targets
            .into_iter()
            .map(|n| n.name)
            .collect()
    };
    assert_eq!(
        names(
            "The ministry also listed the news agency \"Vanta Voice\" and its editor, Ivo Marek."
        ),
        vec!["Vanta Voice", "Ivo Marek"]
    );
    assert_eq!(
        names("Vanta Media OOO, a Belarusian firm, was also listed."),
        vec!["Vanta Media OOO"]
    );
    assert!(names("The statement listed the risks to Vanta Media OOO.").is_empty());
    assert!(names("The report also listed the dangers of escalation for Ivo Marek.").is_empty());
    assert!(names("Vanta Energy was listed on the Oslo exchange in 2004.").is_empty());
    // Outside an announcement `also listed` is an enumeration.
    assert!(find_roles(
        None,
        "The survey also listed Vanta Media OOO among the fastest-growing firms."
    )
    .targets
    .is_empty());
}

/// A passive subject described by a relative clause: the clause's own parties, and a report inside it
/// (`which the ministry says`, `is said to`), are not the subject.
#[test]
fn passive_subject_past_its_relative_clause() {
    let opening = "Oslo imposed sanctions on Belarus on Monday. ";
    for t in [
        "Vanta Logistics LLC, which the ministry says delivered the drones, was also listed.",
        "Vanta Logistics LLC, a carrier in which Ivo Marek is said to hold a stake, was also listed.",
        "Vanta Logistics LLC, a carrier which Ivo Marek controls, was also sanctioned.",
    ] {
        let r = find_roles(None, &format!("{opening}{t}"));
        let names = names_in(&r);
        assert_eq!(names, vec!["Vanta Logistics LLC"], "{t}");
    }
}

/// A country owning the sanctions framework a measure is taken under imposes it, it is no target.
#[test]
fn a_countrys_own_sanctions_framework_is_no_target() {
    let t = "Canberra imposed sanctions on a Russian firm. Two other men, Ivo Marek and Tova Lind, were also sanctioned under Australia's cyber sanctions framework.";
    assert_eq!(roles(t).1, vec!["RU"]);
    let t = "Canberra imposed sanctions on a Russian firm. Two men were also sanctioned, the third use of Australia\u{2019}s sanctions regime this year.";
    assert_eq!(roles(t).1, vec!["RU"]);
}

/// `The restrictions also apply for X` (the `for` of non-native English) names targets as `apply to`
/// does; the imposer's own airspace, and capital taken outside it, are no target.
#[test]
fn apply_for_and_the_imposers_own_airspace() {
    let t = "Kyiv imposed sanctions on Russia. The restrictions also apply for Chinese companies Vanta Electronics Co., Ltd. and Orlo Trading Co., Ltd., which supplied engines.";
    let r = find_roles(None, t);
    let names = names_in(&r);
    assert_eq!(
        names,
        vec!["Vanta Electronics Co., Ltd.", "Orlo Trading Co., Ltd."]
    );
    assert_eq!(r.target_countries, vec!["RU", "CN"]);
    let t = "Kyiv imposed sanctions on Russia. Sanctions include a ban on the use of the airspace of Ukraine and on moving capital outside Ukraine.";
    assert_eq!(roles(t).1, vec!["RU"]);
}

/// The people after a counted group's `of` phrase (`two judges of Vanta Courts, A and B`) are its
/// members and targets; a region before its lower-case kind in a list item is a place.
#[test]
fn counted_members_after_an_of_phrase_and_a_region_in_a_list() {
    let opening = "The EU imposed sanctions on Iran. ";
    let names = |t: &str| -> Vec<String> {
        find_roles(None, &format!("{opening}{t}"))
            .targets
            .into_iter()
            .map(|n| n.name)
            .collect()
    };
    assert_eq!(
        names("The head of the prison, Ivo Marek, and two judges of Vostra Courts, Tova Lind and Pavel Orlov, were sanctioned by the EU."),
        vec!["Ivo Marek", "Tova Lind", "Pavel Orlov"]
    );
    assert_eq!(
        names("Also on the list are Ivo Marek, commander of the guards in Vostra and Kestel province, and Tova Lind."),
        vec!["Ivo Marek", "Tova Lind"]
    );
}

/// A magazine's section title glued to its headline (`NORWAY BOYCOTT BY THE CRATE`) names the story's
/// country, not the author of the boycott its headline names.
#[test]
fn a_section_title_authors_no_measure() {
    let t = "NORWAY BOYCOTT BY THE CRATE EVERY FRIDAY STUDENTS IN BERGEN HAND OUT LEAFLETS ASKING SHOPPERS TO SHUN CHILEAN WINE . THE GOVERNMENT SAYS IT WILL NOT INTERFERE WITH TRADE . IN SANTIAGO, EXPORTERS SHRUG . SALES ARE UP .";
    let (s, _, _) = roles(t);
    assert!(s.is_empty(), "{s:?}");
}

/// `Washington cut off aid to X`: the ambiguous capital acts for its state before `cut` as before
/// `suspended`; ships ordered out of ports belong to the country their adjective names, the target.
#[test]
fn washington_cuts_aid_and_ships_ordered_out_of_ports() {
    assert_eq!(
        roles("Washington cut off economic aid to Chile."),
        (owned(&["US"]), owned(&["CL"]), owned(&["state"]))
    );
    assert_eq!(
        roles("Santo Domingo ordered all Chilean vessels out of its ports."),
        (owned(&["DO"]), owned(&["CL"]), owned(&["vessel"]))
    );
}

/// A rich person described by their wealth is an individual target (`the Freedonian-born billionaire X`).
#[test]
fn billionaires_and_magnates_are_individuals() {
    for noun in ["billionaire", "magnate", "industrialist"] {
        let t = format!("Oslo sanctioned the Chilean {noun} Ivo Marek on Thursday.");
        assert_eq!(roles(&t).2, vec!["individual"], "{t}");
    }
}

/// The authority a designation is made under (`pursuant to Executive Order 14999`) ends the target
/// phrase: its capitalised words name no target.
#[test]
fn pursuant_to_an_order_ends_the_target_phrase() {
    let r = find_roles(
        None,
        "Oslo is designating two Chilean nationals pursuant to Executive Order 14999.",
    );
    assert!(r.targets.is_empty(), "{:?}", r.targets);
    assert_eq!(r.target_countries, vec!["CL"]);
}

/// `X and 94 other officials are banned from travelling to the EU`: a bare ban on travel to a bloc is
/// that bloc's travel ban; `four Chilean men` are individuals.
#[test]
fn banned_from_travelling_to_and_counted_men() {
    let t = "Officials met on Monday. Chile's President Ivo Marek and 94 other officials are banned from travelling to the EU.";
    let r = find_roles(None, t);
    assert_eq!(r.sanctioners, vec!["EU"]);
    assert_eq!(r.target_countries, vec!["CL"]);
    assert_eq!(
        r.targets
            .iter()
            .map(|n| n.name.as_str())
            .collect::<Vec<_>>(),
        vec!["Ivo Marek"]
    );
    let t = "The UN imposed a travel ban on four Chilean men accused of war crimes.";
    assert_eq!(roles(t).2, vec!["individual"]);
}

/// A designation names its targets in a list, with a vessel by its kind, each with its own type.
#[test]
fn designation_lists_name_their_targets() {
    let t = "The Treasury Department on Thursday sanctioned Marko Vell, Dana Ostrova and Greyfin Maritime Ltd, and also blacklisted the tanker Blue Heron.";
    let r = find_roles(None, t);
    assert_eq!(r.sanctioners, vec!["US"]);
    let got: Vec<(String, String)> = r.targets.into_iter().map(|t| (t.name, t.kind)).collect();
    for (name, kind) in [
        ("Marko Vell", "individual"),
        ("Dana Ostrova", "individual"),
        ("Greyfin Maritime Ltd", "organization"),
        ("Blue Heron", "vessel"),
    ] {
        assert!(
            got.contains(&(name.to_string(), kind.to_string())),
            "{name} in {got:?}"
        );
    }
    assert_eq!(r.target_types, vec!["individual", "organization", "vessel"]);
    // A firm named outside the event's phrases is a bystander.
    let r = find_roles(
        None,
        "Greyfin Maritime Ltd said the sanctions on Iceland would cost it dearly.",
    );
    assert!(r.targets.is_empty(), "{:?}", r.targets);
}

/// A dateline says where a story was filed: its city is an actor only when the lead names no other.
#[test]
fn dateline_is_no_subject_before_a_named_actor() {
    let t = "OTTAWA (Reuters) - The Norwegian government on Monday imposed sanctions on a Freedonian bank.";
    assert_eq!(roles(t).0, vec!["NO"]);
    let t = "OSLO, May 4 - Iceland froze the assets of two Freedonian generals.";
    assert_eq!(roles(t).0, vec!["IS"]);
    // With no actor in the clause, the place of filing stands in for its government.
    let t =
        "OTTAWA (Reuters) - Officials on Monday announced sanctions on Freedonia's central bank.";
    assert_eq!(roles(t).0, vec!["CA"]);
}

/// The period of an abbreviation or a legal form does not end a target phrase.
#[test]
fn abbreviation_periods_stay_inside_target_phrases() {
    let r = find_roles(
        None,
        "Iceland imposed sanctions on U.S. arms makers Brandt Dynamics and Kell Aerospace Corp. and their chiefs.",
    );
    assert_eq!(r.target_countries, vec!["US"]);
    let names = names_in(&r);
    assert!(names.contains(&"Brandt Dynamics"), "{names:?}");
    // A legal form's period inside the sentence is the name's (as the modern pages are labelled).
    assert!(names.contains(&"Kell Aerospace Corp."), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("U.S")), "{names:?}");
}

/// `Co. Ltd.` written without its comma ends no sentence; `Co.` before another sentence does.
#[test]
fn a_company_form_before_another_goes_on() {
    let t = "Oslo listed Halden Technology Co. Ltd. on Monday. It also listed Vanta Co. The firm denied it.";
    let cut: Vec<&str> = sentences::terminated_sentences(t)
        .into_iter()
        .map(|(a, b)| t[a..b].trim())
        .collect();
    assert_eq!(
        cut,
        vec![
            "Oslo listed Halden Technology Co. Ltd. on Monday.",
            "It also listed Vanta Co.",
            "The firm denied it."
        ]
    );
}

fn named(t: &str) -> Vec<(String, String)> {
    find_roles(None, t)
        .targets
        .into_iter()
        .map(|t| (t.name, t.kind))
        .collect()
}

/// A press release of the modern kind: an agency, a list of people, a firm with a legal form, a
/// tanker, the agent carried to the next sentence, and banks listed after their kind.
#[test]
fn designation_press_release() {
    let t = "WASHINGTON - The Treasury Department's Office of Foreign Assets Control on Tuesday designated Pavel Orin Dask, Mira Solte and Tamas Kovar for supplying drones to Freedonia. OFAC also sanctioned Greyfin Trading LLC, a Dubai-based front company, and the tanker Coral Wren. It also blacklisted two Russian banks, Primorye Credit Bank and Ural Capital Bank.";
    let r = find_roles(None, t);
    assert_eq!(r.sanctioners, vec!["US"]);
    // The Dubai-based front company is the Emirates'.
    let mut c = r.target_countries.clone();
    c.sort();
    assert_eq!(c, vec!["AE", "RU"]);
    assert_eq!(r.target_types, vec!["individual", "organization", "vessel"]);
    let got = named(t);
    for (name, kind) in [
        ("Pavel Orin Dask", "individual"),
        ("Mira Solte", "individual"),
        ("Tamas Kovar", "individual"),
        ("Greyfin Trading LLC", "organization"),
        ("Coral Wren", "vessel"),
        ("Primorye Credit Bank", "organization"),
        ("Ural Capital Bank", "organization"),
    ] {
        assert!(
            got.contains(&(name.to_string(), kind.to_string())),
            "{name} in {got:?}"
        );
    }
    // The fullest form only: `Greyfin Trading` is a part of `Greyfin Trading LLC`.
    assert!(!got.iter().any(|(n, _)| n == "Greyfin Trading"), "{got:?}");
}

/// Members listed after `including` are named targets, people by their names' shape.
#[test]
fn members_listed_after_including() {
    let got = named("London and Ottawa on Friday sanctioned six Russian nationals tied to a ransomware crew, including Oleg Varnin and Dmitri Sokhov.");
    for n in ["Oleg Varnin", "Dmitri Sokhov"] {
        assert!(
            got.contains(&(n.to_string(), "individual".to_string())),
            "{n} in {got:?}"
        );
    }
}

/// `added X to its Entity List`: the object before the list is the target; `added` as a reporting
/// verb is not.
#[test]
fn added_to_a_list() {
    let (s, c, ty) =
        roles("The Commerce Department added 14 Chinese firms to its Entity List on Monday.");
    assert_eq!(
        (s, c, ty),
        (
            vec!["US".to_string()],
            vec!["CN".to_string()],
            vec!["organization".to_string()]
        )
    );
    let (_, c, _) =
        roles("The senator added that Iceland was ready to impose sanctions on Freedonia.");
    assert!(!c.contains(&"IS".to_string()), "{c:?}");
}

/// A list whose name runs on past its trigger word (`Specially Designated Nationals List`) is still the
/// list the object was added to.
#[test]
fn added_to_a_list_named_past_its_trigger() {
    let got = named(
        "Oslo added Ivar Lunde Hagen to its Specially Designated Persons and Blocked Entities List.",
    );
    assert!(got.iter().any(|(n, _)| n == "Ivar Lunde Hagen"), "{got:?}");
}

/// A boycott of an airline names it; the country word opening its name is no measure on the state.
#[test]
fn boycott_of_an_airline() {
    let r = find_roles(
        None,
        "Ministers said Norway would boycott Ruritania Airways from May.",
    );
    assert_eq!(
        named("Ministers said Norway would boycott Ruritania Airways from May."),
        vec![("Ruritania Airways".to_string(), "organization".to_string())]
    );
    assert_eq!(r.sanctioners, vec!["NO"]);
    let r = find_roles(None, "Norway will boycott Qatar Airways.");
    assert_eq!(r.target_countries, vec!["QA"]);
    assert!(
        !r.target_types.contains(&"state".to_string()),
        "{:?}",
        r.target_types
    );
    // `the boycott is likely to ...`: a noun with no object.
    let r = find_roles(
        None,
        "But the boycott is likely to be overshadowed by China and Russia.",
    );
    assert!(r.target_countries.is_empty(), "{:?}", r.target_countries);
}

/// Legal forms in capitals, and a state noun that only modifies another target noun.
#[test]
fn capitals_and_state_modifiers() {
    let r = find_roles(None, "OSLO, MAY 3 - NORWAY TODAY IMPOSED SANCTIONS ON KESSEL MACHINE CO LTD FOR SELLING RADAR PARTS.");
    let names = names_in(&r);
    assert_eq!(names, vec!["KESSEL MACHINE CO LTD"]);
    let (_, _, ty) =
        roles("Norway sanctioned ten more Freedonian government ministers on Tuesday.");
    assert_eq!(ty, vec!["individual"]);
}

/// Tariff cuts and trade talks are trade policy, with no sanctioner.
#[test]
fn tariff_cuts_are_no_sanction() {
    assert!(
        roles("Norway plans new tariff cuts on 2,000 imported items to narrow its surplus.")
            .0
            .is_empty()
    );
    assert!(
        roles("Oslo and Reykjavik resumed talks on tariff reductions for fish.")
            .0
            .is_empty()
    );
    assert_eq!(
        roles("Norway slapped punitive tariffs on Freedonian steel.").0,
        vec!["NO"]
    );
}

/// A measure named by its owner is background when someone stands under it, skirts it, or only
/// talks about it; averting or vetoing it still has its owner threatening or proposing it.
#[test]
fn standing_and_mentioned_measures_give_no_event() {
    for t in [
        "Lund, a trader who has been under Norwegian sanctions since 2014, sold the stake.",
        "The broker helped Freedonia skirt Norwegian sanctions for years.",
        "The envoy agreed to abide by U.N. sanctions, officials said.",
        "He was arrested over Freedonia sanctions evasion last year.",
        "The two men discussed Norwegian sanctions on Freedonia at dinner.",
    ] {
        assert!(roles(t).0.is_empty(), "{t}: {:?}", roles(t));
    }
    assert_eq!(
        roles("Makers cut exports to avert Norwegian sanctions.").0,
        vec!["NO"]
    );
}

/// A vetoed resolution still has its author proposing the measure; the vetoing states are none.
#[test]
fn vetoed_resolution_keeps_its_author() {
    let t = "Russia and China on Tuesday vetoed a U.N. Security Council resolution that would have imposed sanctions on Freedonia.";
    assert_eq!(roles(t).0, vec!["UN"]);
}

/// A clause opened by a time adverbial still has its subject.
#[test]
fn time_adverbial_before_the_subject() {
    let t = "Last month Norway imposed sanctions on seven Freedonian officials.";
    assert_eq!(roles(t).0, vec!["NO"]);
    let t = "On Friday Norway froze the assets of two Freedonian banks.";
    assert_eq!(roles(t).0, vec!["NO"]);
}

/// `Russia's FSB` names the FSB; a list after `sanctions on` stops where its phrase does.
#[test]
fn possessive_owner_and_list_end() {
    let got = named("Norway imposed sanctions on Russia's Vostra agency on Friday.");
    assert!(got.iter().any(|(n, _)| n == "Vostra"), "{got:?}");
    let got = named("The pair discussed Norway's plan while Norway imposed sanctions on Freedonia, and Lund asked for a delay.");
    assert!(!got.iter().any(|(n, _)| n == "Lund"), "{got:?}");
}

/// Asset freezes list their owners with appositions; each name and each owner's country counts.
#[test]
fn frozen_assets_with_appositions() {
    let t = "Norway said on Thursday it had frozen the assets of Oleg Varnin, a Russian businessman, and Amber Line Shipping, a Hong Kong-based company that runs tankers.";
    let r = find_roles(None, t);
    assert_eq!(r.sanctioners, vec!["NO"]);
    assert_eq!(r.target_countries, vec!["RU", "HK"]);
    assert_eq!(r.target_types, vec!["individual", "organization"]);
    let got = named(t);
    assert!(
        got.contains(&("Oleg Varnin".to_string(), "individual".to_string())),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "Amber Line Shipping".to_string(),
            "organization".to_string()
        )),
        "{got:?}"
    );
}

/// An apposition naming a trade or a kinship (`an arms dealer`, `his nephew`) describes the name before
/// it; the list goes on past it to the next party.
#[test]
fn a_target_phrase_goes_on_past_an_occupation_apposition() {
    let got = named("The Treasury designated Ivar Lunde, a Freedonian arms dealer, and his firm, Lunde Freight AS.");
    assert!(got.iter().any(|(n, _)| n == "Lunde Freight AS"), "{got:?}");
    let got = named("Norway imposed sanctions on Ivar Lunde, a retired judge, and Maren Dahl, his niece by marriage.");
    assert!(got.iter().any(|(n, _)| n == "Maren Dahl"), "{got:?}");
}

/// A private group in or from a country (`Dockers in Norway`) boycotts on its own account: the
/// country before the verb is no actor.
#[test]
fn a_private_group_in_a_country_acts_for_no_state() {
    let (s, _, _) = roles("Dockers in Norway boycotted Freedonian cargoes after the ruling.");
    assert!(s.is_empty(), "{s:?}");
    let (s, _, _) = roles("Shoppers across Norway boycotted Freedonian fruit after the ruling.");
    assert!(s.is_empty(), "{s:?}");
    let (s, _, _) = roles("The government in Norway banned imports of Freedonian fruit.");
    assert_eq!(s, vec!["NO"]);
}

/// After a verb of imposing, a country named before the measure is whom it is on (`imposed new Freedonia
/// sanctions`); a bloc there is the measure's author, and without such a verb a usual target names the
/// subject matter only.
#[test]
fn a_country_named_before_an_imposed_measure_is_its_target() {
    let (s, c, ty) = roles("Norway imposed fresh Syria sanctions on Monday.");
    assert_eq!(
        (s, c, ty),
        (
            vec!["NO".to_string()],
            vec!["SY".to_string()],
            vec!["state".to_string()]
        )
    );
    let (s, c, _) = roles("Iceland slapped additional Russia sanctions on Friday.");
    assert_eq!((s, c), (vec!["IS".to_string()], vec!["RU".to_string()]));
    let (s, _, _) = roles("Norway imposed EU sanctions on Friday.");
    assert!(s.contains(&"EU".to_string()), "{s:?}");
    let (s, c, _) = roles("Commentators said Syria sanctions were failing.");
    assert!(s.is_empty() && c.is_empty(), "{s:?} {c:?}");
}

/// Capital markets closed to parties: whom `for` names after `limit access to ... capital markets` are
/// the measure's targets.
#[test]
fn capital_markets_closed_to_named_banks() {
    let t = "Norway imposed sanctions over the coup in May. They limit access to Norwegian capital markets for big Chilean state-owned lenders including Ardentbank, Vastra and Kollbank, as well as oil firm Petrosur.";
    let (_, c, ty) = roles(t);
    assert_eq!(c, vec!["CL"]);
    assert!(ty.contains(&"organization".to_string()), "{ty:?}");
    let got = named(t);
    assert!(got.iter().any(|(n, _)| n == "Petrosur"), "{got:?}");
    // Spanish, Italian and French banks name themselves first.
    let got = named("Norway imposed sanctions on Banco Ardent and Banque Lavelle on Friday.");
    let ardent = ("Banco Ardent".to_string(), "organization".to_string());
    assert!(got.contains(&ardent), "{got:?}");
}

/// A counted group of the firm's own people after an apposition (`X, a hosting provider, and two of
/// its administrators, A and B`) goes on the target list.
#[test]
fn counted_people_of_a_firm_after_an_apposition() {
    let got = named("Norway imposed sanctions on Vantanet, a Chile-based hosting provider, and two of its administrators, Ivar Lunde and Maren Dahl.");
    assert!(got.iter().any(|(n, _)| n == "Maren Dahl"), "{got:?}");
    assert!(got.iter().any(|(n, _)| n == "Ivar Lunde"), "{got:?}");
}

/// Inside an announcement, `The designations include A and B` names the designation's targets.
#[test]
fn designations_include_names() {
    let got = named("The Treasury sanctioned ten people on Tuesday. The designations include Ivar Lunde and Maren Dahl.");
    assert!(got.iter().any(|(n, _)| n == "Maren Dahl"), "{got:?}");
}

/// A possessive apposition (`Chile's deputy minister`) describes the name before it, and a list goes on
/// past it to `and the <Name>` at the clause's end.
#[test]
fn possessive_apposition_and_a_last_named_party() {
    let got = named("Norway froze the assets of Ivar Lunde, Chile's deputy minister, and the Vanta Line Shipping Company.");
    assert!(
        got.iter().any(|(n, _)| n == "Vanta Line Shipping Company"),
        "{got:?}"
    );
    // A party named after the list, before its own verb, is no target.
    let (_, c, _) = roles("Norway froze the assets of Ivar Lunde, a Chilean minister, and the European Union said it would follow.");
    assert!(!c.contains(&"EU".to_string()), "{c:?}");
}

/// Counted parties put on a list (`added 19 officials and 9 entities to the list`): the verb and its
/// count are the trigger, the parties its object; players put on a list of starters are no measure.
#[test]
fn counted_parties_added_to_a_list() {
    let (s, c, ty) = roles("Oslo added 19 Chilean officials and 9 entities to the list on Monday.");
    assert_eq!(s, vec!["NO"]);
    assert_eq!(c, vec!["CL"]);
    assert_eq!(ty, vec!["individual", "organization"]);
    let (s, _, _) = roles("Oslo added two players to the list of starters for the final.");
    assert!(s.is_empty(), "{s:?}");
}

/// A ship's flag given after its name and IMO number (`X (IMO 9123456), flagged in Gabon`, `a tanker
/// flagged in Togo`) is its country; the bracketed number is no place.
#[test]
fn flag_after_a_ship_name() {
    let t = "The Treasury sanctioned two tankers on Monday: NORDIC HAVEN (IMO 9123456), flagged in Gabon, and Orla Star (IMO 9234567), a bulk carrier flagged in Togo.";
    let (_, c, _) = roles(t);
    assert!(c.contains(&"GA".to_string()), "{c:?}");
    assert!(c.contains(&"TG".to_string()), "{c:?}");
}

/// An apposition says what a name is (`X, a Chilean news agency`): its last party noun gives the kind,
/// not the name's shape (`Orla Initiative` looks like a person's name).
#[test]
fn apposition_gives_a_name_its_kind() {
    assert_named("The Treasury also sanctioned Orla Initiative, a Chilean news agency it says spreads propaganda.", "Orla Initiative", "organization");
    assert_named(
        "The Treasury also sanctioned Ivar Lunde, a company director who ran the scheme.",
        "Ivar Lunde",
        "individual",
    );
}

/// An alias known to someone (`the group known to researchers as Cold Owl`) is no item, and its `to`
/// ends no list: the items after it are read.
#[test]
fn an_alias_known_to_someone_in_a_list() {
    let t = "Norway sanctioned two units on Friday. Among those designated are Unit 4411, the hacking group known to security researchers as Cold Owl, and Unit 5522, which officials blame for sabotage.";
    let got = named(t);
    assert!(got.iter().any(|(n, _)| n == "Unit 5522"), "{got:?}");
    assert!(!got.iter().any(|(n, _)| n == "Cold Owl"), "{got:?}");
}

/// Inside an announcement, a party a sentence says is already under sanctions is mentioned, not named
/// as a target (`X, a lender already under Norwegian sanctions, was damaged`).
#[test]
fn a_party_already_under_sanctions_is_no_announced_target() {
    let t = "Norway sanctioned Vanta Exchange SAL on Monday. Orla Credit SAL, a lender already under Norwegian sanctions, was damaged by strikes in October.";
    let got = named(t);
    assert!(
        got.iter().any(|(n, _)| n == "Vanta Exchange SAL"),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(n, _)| n.contains("Orla Credit")),
        "{got:?}"
    );
}

/// A target list goes on past a `whom` clause on an item to the next party tied to it (`and his
/// Lima-based associate Y`), whose seat is a target country too.
#[test]
fn a_list_goes_on_past_a_whom_clause_to_an_associate() {
    let t = "The Treasury sanctioned Ivo Marek, a Chilean national, whom it described as the coordinator, and his Lima-based associate Pavel Orin, who arranged it.";
    let got = named(t);
    assert!(got.iter().any(|(n, _)| n == "Pavel Orin"), "{got:?}");
    let (_, c, _) = roles(t);
    assert!(c.contains(&"PE".to_string()), "{c:?}");
}

/// Inside an announcement, a plane named by its tail number is a target even where the story named no
/// aircraft before (`It also identified a Falcon 900EX with tail number YV3305`).
#[test]
fn a_plane_or_ship_by_its_mark_inside_an_announcement() {
    let t = "The Treasury sanctioned Ivo Marek on Monday. It also identified a Falcon 900EX with tail number YV3305, saying the jet was used by the junta.";
    assert_named(t, "YV3305", "aircraft");
    // A ship, by its IMO number; a ship named without one is left to the kinds named before.
    let t = "The Treasury sanctioned Ivo Marek on Monday. Records show the tanker Nordic Lyra (IMO 9123456) carried his oil.";
    assert!(
        named(t).iter().any(|(n, _)| n == "Nordic Lyra"),
        "{:?}",
        named(t)
    );
    let t = "The Treasury sanctioned Ivo Marek on Monday. Records show the tanker Nordic Lyra carried his oil.";
    assert!(
        !named(t).iter().any(|(n, _)| n == "Nordic Lyra"),
        "{:?}",
        named(t)
    );
}

/// A counted kind's items each after `the` (`two vessels, the NORDIC HAVEN and the ORLA STAR`) take
/// the counted noun's kind, not their shape's.
#[test]
fn counted_items_after_the_take_the_counted_kind() {
    assert_named(
        "Oslo designated two more vessels, the NORDIC HAVEN and the ORLA STAR, on Monday.",
        "ORLA STAR",
        "vessel",
    );
    assert_named(
        "Oslo designated two more vessels, the Nordic Haven and the Orla Star, on Monday.",
        "Nordic Haven",
        "vessel",
    );
}

/// An occupation with a nationality before a list's first name (`Chilean television host X`) is no
/// part of the name: the item is the name after it.
#[test]
fn an_occupation_before_a_listed_name() {
    let t = "Norway imposed sanctions on ten people on Friday. Among the individuals are Chilean television host Ivo Marek and Pavel Orin, a blogger.";
    let got = named(t);
    assert!(got.iter().any(|(n, _)| n == "Ivo Marek"), "{got:?}");
}

/// Counter-measures: entry bans name their targets after `to`; a leader's title is part of the
/// subject; `countermeasures` is a measure.
#[test]
fn counter_measures_and_leaders() {
    let (s, c, ty) =
        roles("Russia has banned entry to 500 Americans, the Foreign Ministry said on Friday.");
    assert_eq!(
        (s, c, ty),
        (
            vec!["RU".to_string()],
            vec!["US".to_string()],
            vec!["individual".to_string()]
        )
    );
    let (s, c, _) =
        roles("President Putin said on Friday he would impose tariffs on all imports from Norway.");
    assert_eq!((s, c), (vec!["RU".to_string()], vec!["NO".to_string()]));
    let r = find_roles(
        None,
        "Beijing announced countermeasures against the U.S. drone maker Skyvale on Wednesday.",
    );
    assert_eq!(r.sanctioners, vec!["CN"]);
    assert_eq!(r.target_countries, vec!["US"]);
}

/// `firms in China` says whose the firms are; a later background trigger leaves the earlier event.
#[test]
fn firms_in_a_country_and_a_later_background_trigger() {
    let (s, c, ty) = roles("Japan approved sanctions against 11 individuals and 42 organizations, including firms in China and Serbia, for helping Russia evade sanctions.");
    assert_eq!(s, vec!["JP"]);
    assert_eq!(c, vec!["CN", "RS"]);
    assert_eq!(ty, vec!["individual", "organization"]);
    // A target's location after a verb is still no target.
    let c = event_targets("Norway sanctioned two banks operating in Sweden.");
    assert!(c.is_empty(), "{c:?}");
}

/// A reduced relative clause after the measure names its imposer.
#[test]
fn relative_clause_agent() {
    let t = "Talks aim to cut short the penalty tariffs President Putin has ordered imposed on Norwegian fish.";
    assert_eq!(roles(t).0, vec!["RU"]);
    let t = "The sanctions Norway imposed on Freedonian banks last year still bite.";
    assert_eq!(roles(t).0, vec!["NO"]);
    let t = "The sanctions against Norway hurt exporters.";
    assert!(roles(t).0.is_empty());
}

/// A country's lawyers or analysts are no state.
#[test]
fn private_speakers_are_no_state() {
    assert!(
        roles("A Russian lawyer said sanctions on Freedonia would be lifted.")
            .0
            .is_empty()
    );
}

/// A regulator's penalty with no state actor names no target.
#[test]
fn a_regulators_sanction_names_nobody() {
    let r = find_roles(None, "The stock exchange commission sanctioned the accounting firm Brell Osgood for improper conduct.");
    assert!(r.targets.is_empty(), "{:?}", r.targets);
    let r = find_roles(
        None,
        "Norway sanctioned the shipping firm Brell Osgood for carrying Freedonian oil.",
    );
    assert_eq!(
        r.targets.first().map(|t| t.name.as_str()),
        Some("Brell Osgood")
    );
}

/// `sanctioning` a lower-case thing that is no target is approving it; a target noun keeps the sense.
#[test]
fn approving_is_another_sense() {
    let t =
        "Lawyers warned that Freedonia needed a second UN resolution sanctioning military action.";
    assert_eq!(roles(t), (vec![], vec![], vec![]));
    let t = "Iceland sanctioned seven Freedonian officials on Friday.";
    assert_eq!(roles(t).0, vec!["IS"]);
    assert_eq!(roles(t).2, vec!["individual"]);
}

#[test]
fn subject_and_target_phrase() {
    let (s, t, ty) = roles("New Zealand has imposed sanctions against Fiji in response to that country's change of status to a republic, acting prime minister Geoffrey Palmer said.");
    assert_eq!(
        (s, t, ty),
        (
            vec!["NZ".to_string()],
            vec!["FJ".to_string()],
            vec!["state".to_string()]
        )
    );
}

#[test]
fn joint_sanctioners_and_quantified_targets() {
    let (s, t, ty) = roles("The U.S. and South Korea announced jointly coordinated sanctions on March 27 against six individuals and two entities involved in financing North Korea's weapons of mass destruction program.");
    assert_eq!(s, vec!["KR", "US"]);
    assert_eq!(t, vec!["KP"]);
    assert_eq!(ty, vec!["individual", "organization"]);
    // `were made subject to`: the subject undergoes the measure.
    let t = "The Chilean trading firm Vanta Ltd was made subject to an asset freeze.";
    let (s, c, _) = roles(t);
    assert!(s.is_empty(), "{s:?}");
    assert_eq!(c, vec!["CL"]);
}

#[test]
fn possessive_premodifier_and_but_not() {
    let t = "UK Foreign Secretary Jack Straw has defended plans to end the European Union's arms embargo on China, despite opposition from the US and Japan.";
    let (s, c, _) = roles(t);
    assert_eq!((s, c), (vec!["EU".to_string()], vec!["CN".to_string()]));
    let t = "Mr Straw, visiting Beijing, noted arms embargoes applied to China, Burma and Zimbabwe but not to North Korea, which he said had a terrible rights record.";
    let (_, c, _) = roles(t);
    assert_eq!(c, vec!["CN", "MM", "ZW"]);
}

#[test]
fn passive_subject_is_target() {
    let t = "Two Russian organizations and two individuals representing each organization were also reportedly sanctioned for involvement in \"financing North Korea's nuclear and missile development\" by sending North Korean workers to Russia.";
    let (_, c, ty) = roles(t);
    assert_eq!(c, vec!["RU"]);
    assert_eq!(ty, vec!["individual", "organization"]);
}

#[test]
fn background_regime_and_approval_yield_nothing() {
    let t = "UN Security Council sanctions prohibit the supply of weapons and related materiel to the DPRK.";
    assert_eq!(roles(t), (vec![], vec![], vec![]));
    let t = "South Korea and Japan announced sanctions related to Russia's procurement of weapons from North Korea in breach of UN Security Council resolutions.";
    assert!(!roles(t).0.contains(&"UN".to_string()));
    let t = "After stifling pressure for a rate cut last week, the authorities finally sanctioned a base rate reduction on Monday.";
    assert_eq!(roles(t), (vec![], vec![], vec![]));
    let t = "ALL IN ALL, ADMITTED U.N . SECRETARY-GENERAL U THANT, IN EFFECT, THE U.N.SANCTIONED PROJECT HAS BEEN A FLOP .";
    assert_eq!(roles(t), (vec![], vec![], vec![]));
}

#[test]
fn premodifier_that_is_a_target_elsewhere() {
    let t = "The tough trade sanctions President Reagan imposed on Japanese exports are a shot across Japan's bow. The 100 pct tariffs Reagan ordered on 300 mln dlrs worth of Japanese goods will also show Congress.";
    let (s, c, _) = roles(t);
    // `Japanese` is the target; the leader in the relative clause imposes.
    assert_eq!(s, vec!["US"]);
    assert_eq!(c, vec!["JP"]);
}

#[test]
fn opposing_verbs_block_the_subject() {
    // The vetoing states impose nothing; the resolution's author proposed the measure.
    let t = "For the second time in seven weeks, the United States and Britain vetoed a Security Council resolution to impose mandatory sanctions against South Africa.";
    assert_eq!(roles(t).0, vec!["UN"]);
    let t = "Some U.S. officials had hinted that the United States and Japan might come to terms on their semiconductor dispute in time to cancel the planned tariffs.";
    assert!(roles(t).0.is_empty());
    let t = "Chipmakers in Iceland urged tougher sanctions on Freedonia.";
    assert!(roles(t).0.is_empty());
    let t = "Ministers in Oslo will discuss possible sanctions against Freedonia on Monday.";
    assert!(roles(t).0.is_empty());
    let t = "Rights group Amnesty International called for a comprehensive arms embargo against Myanmar.";
    assert_eq!(roles(t), (vec![], vec![], vec![]));
}

#[test]
fn hyphenated_pairs_and_relief_are_no_imposers() {
    let t = "In the latest U.S.-Japan trade row, President Reagan has threatened to raise tariffs on selected Japanese electronic goods by as much as 300 mln dlrs.";
    let (s, c, _) = roles(t);
    // Japan, the second half of the pair, imposes nothing; the titled leader threatening punitive
    // tariffs is his state (the guide: threatening a measure counts).
    assert_eq!(s, vec!["US"]);
    assert_eq!(c, vec!["JP"]);
    let t = "Iran got sanctions relief in return for curbing its nuclear ambitions.";
    assert!(roles(t).0.is_empty());
    let t = "He said the length of the sanctions will be determined by Japan and Japanese semiconductor firms.";
    assert!(roles(t).0.is_empty());
}

#[test]
fn by_agent_and_reporting_clause() {
    let t = "The South African sanctions law, enacted by the United States to protest the apartheid laws, prohibited imports of uranium ore.";
    let (s, c, _) = roles(t);
    assert_eq!((s, c), (vec!["US".to_string()], vec!["ZA".to_string()]));
    let t = "President Reagan was ready to impose retaliatory trade action against Japan for breaking its semiconductor agreement with the United States, White House officials said.";
    let (s, c, _) = roles(t);
    assert_eq!((s, c), (vec!["US".to_string()], vec!["JP".to_string()]));
}

#[test]
fn named_targets_in_context() {
    let t = "South Korea has imposed sanctions against two individuals and two legal entities from RUSSIA, who, according to Seoul, cooperate with the DPRK, Yonhap reports. Also subject to restrictions were two Russian ships - Lady R and Angara, which transported military cargo.";
    let r = find_roles(None, t);
    assert_eq!(r.sanctioners, vec!["KR"]);
    assert_eq!(r.target_countries, vec!["RU"]);
    let names = names_in(&r);
    assert_eq!(names, vec!["Lady R", "Angara"]);
    let t = "In June, the Treasury Department declared the Bank of Dandong a primary money laundering concern for serving as a gateway for North Korea despite U.S. and U.N. sanctions.";
    let r = find_roles(None, t);
    assert_eq!(
        r.targets.first().map(|t| t.name.as_str()),
        Some("Bank of Dandong")
    );
}

#[test]
fn progressive_designation_and_quoted_list_take_objects() {
    // `is designating` is active: its object is the target phrase, not a passive subject.
    let t = "Today Oslo is designating two Chile-based firms and a Chilean trader.";
    let (s, c, k) = roles(t);
    assert_eq!((s, c), (vec!["NO".to_string()], vec!["CL".to_string()]));
    assert!(k.contains(&"organization".to_string()), "{k:?}");
    // A list named in quotes still closes `add ... to`.
    let t = "Oslo said it would add nine Chilean firms to its \"Entity List,\" a notice said.";
    assert_eq!(roles(t).1, vec!["CL"]);
}

/// An event with no actor of its own a few sentences after one with an actor continues that
/// announcement (`The sanctions include X`): it names targets by their shapes. Far from any event
/// with an actor, the same sentence names none.
#[test]
fn announcement_events_name_targets_by_shape() {
    let t = "Oslo sanctioned four Freedonian firms on Monday. The measures answer the attack on the port. The sanctions include the Vostra Security Service (VSS) and Orla Freight LLC.";
    let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
    for n in ["Vostra Security Service", "Orla Freight LLC"] {
        assert!(got.contains(&n.to_string()), "{n} in {got:?}");
    }
    let t = "The sanctions include the Vostra Security Service (VSS) and Orla Freight LLC.";
    assert!(named(t).is_empty(), "{:?}", named(t));
    // Past the announcement's sentences the event stands alone again.
    let t = format!(
        "Oslo sanctioned four Freedonian firms on Monday. {}The sanctions include Orla Freight LLC.",
        "The port was closed. ".repeat(LIST_SENTENCES + 1)
    );
    assert!(named(&t).is_empty(), "{:?}", named(&t));
}

/// A sentence with no trigger continuing an announcement names targets by a shape that marks a
/// party (a legal form, ships before their kind), of a kind the announcement targets; a firm whose
/// affiliates are meant, or one named after a tariff on a country's goods, is none.
#[test]
fn sentences_without_a_trigger_continue_the_announcement() {
    let t = "Oslo sanctioned three tankers and their owners on Monday. The deals of Orla Shipping & Trading Co and Vanta Marine Inc. broke the ban. The Sea Lark, Morning Dew and Kestrel tankers carried the oil.";
    let got = named(t);
    for (n, k) in [
        ("Orla Shipping & Trading Co", "organization"),
        ("Vanta Marine Inc.", "organization"),
        ("Sea Lark", "vessel"),
        ("Morning Dew", "vessel"),
        ("Kestrel", "vessel"),
    ] {
        assert!(
            got.contains(&(n.to_string(), k.to_string())),
            "{n} in {got:?}"
        );
    }
    let t = "Oslo sanctioned two firms on Monday. Both are affiliates of Vanta Marine Ltd.";
    assert!(named(t).is_empty(), "{:?}", named(t));
    let t =
        "Oslo imposed tariffs on Freedonian steel on Monday. Orsk Metals Ltd expects lower sales.";
    assert!(named(t).is_empty(), "{:?}", named(t));
    // Market talk about a firm names no target.
    let t = "Oslo sanctioned three firms on Monday. Shares of Vostra Petroleum PJSC fell, and analysts at Orla Capital Inc. expected more.";
    assert!(named(t).is_empty(), "{:?}", named(t));
}

/// The agent of a passive is no target though it is a person (`unveiled by Ms X`); a country with
/// a word that opens no name (`United Arab Emirates`) is none either.
#[test]
fn passive_agents_and_countries_are_no_targets() {
    let t = "Norway's asset freezes against Vostrabank were unveiled by Ms Tova Lind on Monday.";
    let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
    assert_eq!(got, vec!["Vostrabank".to_string()]);
    let t = "Oslo sanctioned Halden Trading and the United Arab Emirates on Monday.";
    let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
    assert_eq!(got, vec!["Halden Trading".to_string()]);
}

/// A party listed before and mentioned now names no target: described as already sanctioned, or
/// in a relative or `after` clause dated to a past year.
#[test]
fn past_designations_name_no_target() {
    // A perfect passive with `previously`: the party's standing listing, described.
    let t =
        "Oslo sanctioned two Freedonian traders on Monday. The Vostra Front had previously been \
             blacklisted under other programs.";
    assert!(
        named(t).iter().all(|n| !n.0.contains("Vostra")),
        "{:?}",
        named(t)
    );
    let t =
        "Oslo sanctioned two traders tied to the already sanctioned Vostra Arms group on Monday.";
    assert!(
        named(t).iter().all(|n| !n.0.contains("Vostra")),
        "{:?}",
        named(t)
    );
    let t = "Oslo sanctioned two Freedonian traders on Monday. After the Vostra Front was designated as a terrorist group in March 2021, its trade moved abroad.";
    assert!(
        named(t).iter().all(|n| !n.0.contains("Vostra")),
        "{:?}",
        named(t)
    );
    // Sanctioned now, in a relative clause: a target; dated to a past year: none.
    let t = "Oslo sanctioned two Freedonian traders on Monday. Vanta Bank, which was also sanctioned on Monday, handled their money.";
    assert!(
        named(t).iter().any(|n| n.0 == "Vanta Bank"),
        "{:?}",
        named(t)
    );
    let t = "Oslo sanctioned two Freedonian traders on Monday. Vanta Bank, which was sanctioned in 2021, handled their money.";
    assert!(named(t).is_empty(), "{:?}", named(t));
    let t = "Oslo sanctioned two Freedonian traders on Monday. They worked for Vostra Arms, which is already under Oslo sanctions.";
    assert!(named(t).is_empty(), "{:?}", named(t));
    // Names coordinated before a noun of people modify it (`the Vostra and Orla leaders`).
    let t = "Oslo sanctioned the Vostra and Orla leaders on Monday.";
    assert!(named(t).is_empty(), "{:?}", named(t));
}

/// Title Case headlines capitalise every word: no name is read by its place alone there.
#[test]
fn title_case_headline_gives_no_positional_names() {
    let r = find_roles(
        Some("Oslo Imposes Sanctions on Freedonians Involved in Illegal Arms Scheme"),
        "Oslo imposed sanctions on two Freedonian traders on Monday.",
    );
    assert!(r.targets.is_empty(), "{:?}", r.targets);
}

/// A list of additions runs on from sentence to sentence (`It added X. It added Y.`), and a name
/// with `for` and a capital or an acronym in brackets stays one item.
#[test]
fn additions_listed_over_many_sentences() {
    let t = "Oslo added nine Freedonian firms to its export blacklist on Monday. The firms made drone parts. The ministry reviewed the case for a year. The rule takes effect at once. Exporters need a licence. The rule was published in the gazette. It added Orla Institute for Applied Physics and Vanta Co., Ltd. \"for supplying drones.\" It added Kestrel Ltd. (KL) and Halden Trading \"for evading controls.\"";
    let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
    for n in [
        "Orla Institute for Applied Physics",
        "Vanta Co., Ltd.",
        "Kestrel Ltd.",
        "Halden Trading",
    ] {
        assert!(got.contains(&n.to_string()), "{n} in {got:?}");
    }
}

/// A subject described as a party by its apposition, in a sentence continuing the announcement;
/// a military rank is no part of a listed person's name.
#[test]
fn described_subjects_and_ranks() {
    let t = "Oslo sanctioned two firms and a general on Monday. Halden Trading, a Dubai-based firm, shipped the parts. Among them was Colonel Tova Lind.";
    let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
    for n in ["Halden Trading", "Tova Lind"] {
        assert!(got.contains(&n.to_string()), "{n} in {got:?}");
    }
    assert!(!got.iter().any(|n| n.contains("Colonel")), "{got:?}");
}

/// A list whose items carry descriptions still gives the item after a description.
#[test]
fn list_items_after_a_description() {
    let t = "Oslo sanctioned three Freedonian arms firms on Monday. The targeted firms include Vanta Arms, a maker responsible for building drones, and Orla Systems, which supplies radars.";
    let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
    for n in ["Vanta Arms", "Orla Systems"] {
        assert!(got.contains(&n.to_string()), "{n} in {got:?}");
    }
}

#[test]
fn names_where_the_targets_stand_need_no_cue() {
    // No list verb, legal form or ship word: the names after the trigger are the targets; the
    // speaker and the party the targets helped are not.
    let t = "Norway imposed sanctions on Deputy Minister Ivo Marek and Vostrabank for helping Orsk Metals, Finance Minister Tova Lind said.";
    let r = find_roles(None, t);
    let names = names_in(&r);
    assert_eq!(names, vec!["Ivo Marek", "Vostrabank"]);
    let t = "Norway imposed sanctions on Vostrabank and Orskmet.";
    let r = find_roles(None, t);
    assert_eq!(r.targets.len(), 2, "{:?}", r.targets);
    // A passive's subject is where its targets stand.
    let t = "Kestrel Holdings and Ivo Marek were sanctioned by Norway on Monday.";
    let names = target_names(t);
    assert!(names.contains(&"Kestrel Holdings".to_string()), "{names:?}");
}

#[test]
fn adjectival_premodifier_with_another_imposer_is_the_target() {
    let t = "The Treasury said it took the action because it felt that when Congress passed the comprehensive South African sanctions bill last fall over President Reagan's veto it had not intended to hurt U.S. industry. The U.S. imposed the sanctions in October.";
    let (s, c, _) = roles(t);
    assert_eq!((s, c), (vec!["US".to_string()], vec!["ZA".to_string()]));
}

/// `North Korea sanctions` beside another imposer: the name of a usual target premodifies the measures
/// on it, never their author.
#[test]
fn usual_target_premodifier_with_another_imposer_imposes_nothing() {
    let t = "Canberra widens North Korea sanctions. Australia on Monday imposed travel bans on six shipping agents.";
    assert_eq!(roles(t).0, vec!["AU".to_string()]);
}

/// A party proud of, unmoved by or doubting a measure speaks of it; it imposes nothing.
#[test]
fn a_reaction_to_a_measure_imposes_nothing() {
    let t = "OSLO (Reuters) - Norway imposed sanctions on Freedonian officials on Monday. Chilean President Ivo Marek said he was proud of the sanctions.";
    assert_eq!(roles(t).0, vec!["NO".to_string()]);
    let t = "OSLO (Reuters) - Norway imposed sanctions on Freedonian officials on Monday. Lima shrugged off the sanctions.";
    assert_eq!(roles(t).0, vec!["NO".to_string()]);
}

/// `under U.S. jurisdiction`, `under Norwegian law`: where the imposer's law reaches, not whom it hits.
#[test]
fn the_reach_of_the_imposers_law_is_no_target() {
    let t = "OSLO (Reuters) - The order freezes any assets the two traders hold under U.S. jurisdiction.";
    assert!(event_targets(t).is_empty(), "{:?}", event_targets(t));
    let t = "OSLO (Reuters) - The order freezes any assets the two traders hold under British law.";
    assert!(event_targets(t).is_empty(), "{:?}", event_targets(t));
}

/// `barred from the United States`, `barred from Egyptian ports`: whose borders or ports a passive ban
/// shuts, imposes it; a demonym before anything but its own ports or market does not.
#[test]
fn the_country_a_ban_shuts_a_party_out_of_imposes_it() {
    let t = "OSLO (Reuters) - Goods made by two Freedonian firms are barred from the United States, the notice said.";
    assert_eq!(roles(t).0, vec!["US".to_string()]);
    let t = "OSLO (Reuters) - The Freedonian tanker is now barred from Egyptian ports.";
    assert_eq!(roles(t).0, vec!["EG".to_string()]);
    let t =
        "OSLO (Reuters) - The Freedonian tanker is now barred from Egyptian firms' cargo deals.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t).0);
}

/// `new U.S. investment in Chile`: the investors' own country shuts its money out; it is no target.
#[test]
fn the_investors_country_is_no_target() {
    let t = "OSLO (Reuters) - The law bans imports of Chilean wine and prohibits new U.S. investment in Chile.";
    assert_eq!(event_targets(t), vec!["CL".to_string()]);
}

#[test]
fn destinations_and_later_clauses_are_no_targets() {
    let t = "Reagan said the decision to impose 100 pct tariffs on 300 mln dlrs worth of electronic exports to the United States sent a message.";
    assert!(roles(t).1.is_empty());
    let t = "The call for an immediate end to the sanctions comes as U.S. President Donald Trump sets off on a trip to Asia - including China, South Korea and Japan - looking for help.";
    assert!(roles(t).1.is_empty());
}

#[test]
fn sentence_splitting_keeps_abbreviations() {
    let t = "The U.S. and South Korea announced sanctions. Two of the individuals named are North Korean.";
    assert_eq!(sentences(t).len(), 2);
    let t = "the nuclear crisis.  The global community has been ramping up sanctions.";
    assert_eq!(sentences(t).len(), 2);
    let t = "\"and it was clearly understood.\" Corporate Affairs Minister Michael Howard said";
    assert_eq!(sentences(t).len(), 2);
    let t = "* May 2: Oslo names a new envoy. * May 9: Oslo bans imports of Chilean wine.";
    assert_eq!(sentences(t).len(), 2);
    // A bullet after a full stop opens a new item (a timeline of dated entries).
    let t = "Oslo imposed sanctions on Freedonia.  * The envoy called Ivo Marek.";
    assert_eq!(sentences(t).len(), 2);
    let t = "The rate is 5 * 3 in U.S. * terms.";
    assert_eq!(sentences(t).len(), 1);
    // Copy with detached full stops detaches an abbreviation's last period too.
    let t = "OSLO BARRED ALL U.S . DEALINGS WITH THEM SINCE JAN . 4 . MRS . VIK OBJECTED .";
    assert_eq!(sentences(t).len(), 2, "{:?}", sentences(t));
    let t = "OSLO BARRED ALL DEALINGS WITH THEM . VIK OBJECTED .";
    assert_eq!(sentences(t).len(), 2);
}

/// Text with no full stop is cut into bounded pieces at spaces, covering every byte once.
#[test]
fn an_endless_sentence_is_cut_at_word_boundaries() {
    let t = "Ottawa widened its embargo on the junta and its suppliers, ".repeat(400);
    let spans = sentences(&t);
    assert!(
        spans.len() >= t.len() / MAX_SENTENCE_BYTES,
        "{}",
        spans.len()
    );
    let mut at = 0;
    for &(a, b) in &spans {
        assert_eq!(a, at, "pieces are contiguous");
        assert!(b - a <= MAX_SENTENCE_BYTES, "{a}..{b}");
        assert!(t[..b].ends_with(' ') || b == t.len(), "cut after a space");
        at = b;
    }
    assert_eq!(at, t.len());
    // One unbroken word of multi-byte letters: cut at character boundaries.
    let w = "é".repeat(3 * MAX_SENTENCE_BYTES);
    let spans = sentences(&w);
    assert!(spans.iter().all(|&(a, b)| b - a <= MAX_SENTENCE_BYTES));
    assert_eq!(spans.last().map(|s| s.1), Some(w.len()));
}

/// Roles are still found in a run of text with no terminator, and the work done per trigger is
/// bounded: every sentence handed to the role reader is at most [`MAX_SENTENCE_BYTES`] long.
#[test]
fn roles_in_an_endless_sentence() {
    let t = "Canberra imposed sanctions against Freedonia and its generals, ".repeat(2_000);
    let r = find_roles(None, &t);
    assert_eq!(r.sanctioners, vec!["AU".to_string()]);
    assert!(sentences(&t)
        .iter()
        .all(|&(a, b)| b - a <= MAX_SENTENCE_BYTES));
}

/// A keyword dump is read in pieces of a few triggers, each piece starting at a trigger.
#[test]
fn pieces_hold_a_few_triggers() {
    let t = "embargo tariffs and sanctions ".repeat(50);
    let pieces = few_triggers(&t, 0, t.len());
    assert_eq!(pieces.len(), 150 / MAX_TRIGGERS + 1);
    for &(a, b) in &pieces {
        assert!(TRIGGER.find_iter(&t[a..b]).count() <= MAX_TRIGGERS);
        assert!(a == 0 || TRIGGER.find(&t[a..b]).map(|m| m.start()) == Some(0));
    }
    assert_eq!((pieces[0].0, pieces[pieces.len() - 1].1), (0, t.len()));
    let calm = "Oslo imposed sanctions on the regime.";
    assert_eq!(few_triggers(calm, 0, calm.len()), vec![(0, calm.len())]);
}

/// A list of the parties just designated names its items as targets, across semicolons; the same
/// list with no designation before it, or long after one, names none.
#[test]
fn designation_list_after_the_event() {
    let names = |t: &str| -> Vec<(String, String)> {
        find_roles(None, t)
            .targets
            .into_iter()
            .map(|t| (t.name, t.kind))
            .collect()
    };
    let t = "The Treasury Department sanctioned six Freedonian officials on Friday. The list of officials includes Ivo Marek; Tova Lind, a deputy minister; and Dana Ostrova. Markets fell.";
    let got = names(t);
    for n in ["Ivo Marek", "Tova Lind", "Dana Ostrova"] {
        assert!(
            got.contains(&(n.to_string(), "individual".to_string())),
            "{n} in {got:?}"
        );
    }
    assert_eq!(got.len(), 3, "{got:?}");
    let t = "Oslo blacklisted two Freedonian firms. The list includes Greyfin Maritime Ltd and Orla Freight.";
    let got = names(t);
    assert!(
        got.iter().any(|(n, _)| n == "Greyfin Maritime Ltd"),
        "{got:?}"
    );
    assert!(got.iter().any(|(n, _)| n == "Orla Freight"), "{got:?}");
    // No event before it: a guest list, a list of winners.
    assert!(names("The list of guests includes Ivo Marek; Tova Lind.").is_empty());
    let t = "Oslo blacklisted two Freedonian firms. Prices fell. Traders sold. Banks shut. Ports closed. Ships waited. Rates rose. The list includes Orla Freight.";
    assert!(names(t).is_empty());
    // An item that is a clause ends the list.
    let t = "Oslo blacklisted two Freedonian firms. The list includes Orla Freight; Oslo acted on Monday.";
    assert_eq!(names(t).len(), 1);
}

/// The named targets of a story, as written.
fn target_names(t: &str) -> Vec<String> {
    find_roles(None, t)
        .targets
        .into_iter()
        .map(|t| t.name)
        .collect()
}

/// A timeline's dated entries are events of their own; a designation with an asset freeze is one
/// in its sanctions sense.
#[test]
fn timelines_and_freezes() {
    let t = "* May 2: The Treasury sanctioned a Freedonian bank, Kestrel Bank. * May 7: Ivo Marek files papers for his firm, Vanta Trade Inc, in Oslo.";
    assert_eq!(target_names(t), vec!["Kestrel Bank"]);
    let t = "Oslo imposed new sanctions on Iceland on Monday. The Norwegian government has designated Ivo Marek, the owner of the Vanta Group, and Tova Lind, his daughter, freezing their assets.";
    let mut n = target_names(t);
    n.sort();
    assert_eq!(n, vec!["Ivo Marek", "Tova Lind"]);
}

/// `restrictive measures` is the European Union's word for sanctions.
#[test]
fn restrictive_measures_are_sanctions() {
    let t = "The Council of the European Union imposed restrictive measures on Vanta Armaments JSC on Monday.";
    assert_eq!(roles(t).0, vec!["EU".to_string()]);
    assert_eq!(target_names(t), vec!["Vanta Armaments JSC"]);
}

/// Modern designation shapes: lists opened by `Sanctioned entities include`, semicolon lists, place
/// and flag prefixes dropped from names, a director named after the firm, a past designee mentioned.
#[test]
fn modern_designation_shapes() {
    let names = |t: &str| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = find_roles(None, t)
            .targets
            .into_iter()
            .map(|t| (t.name, t.kind))
            .collect();
        v.sort();
        v
    };
    let pair = |n: &str, k: &str| (n.to_string(), k.to_string());
    let t = "The Treasury on Tuesday sanctioned a network shipping Freedonian oil. Sanctioned entities include Dubai-based Amber Gulf FZE, Panama-based Orla Tide SA and several firms in China.";
    assert_eq!(
        names(t),
        vec![
            pair("Amber Gulf FZE", "organization"),
            pair("Orla Tide SA", "organization")
        ]
    );
    let t = "Oslo sanctioned three suppliers on Monday. The designated companies are Vanta Parts LLC; Kestrel Trade Ltd; and Polar Works Inc.";
    assert_eq!(names(t).len(), 3, "{:?}", names(t));
    let t = "OFAC designated Halden Logistics Limited, a Hong Kong-based firm, and its director Ivo Marek for helping Freedonia buy chips.";
    assert_eq!(
        names(t),
        vec![
            pair("Halden Logistics Limited", "organization"),
            pair("Ivo Marek", "individual")
        ]
    );
    let t = "The State Department designated four tankers. Designated vessels include SEA LARK, MORNING DEW and the ORLA STAR.";
    assert_eq!(names(t).len(), 3, "{:?}", names(t));
    assert!(names(t).iter().all(|(_, k)| k == "vessel"));
    let t = "The Treasury also sanctioned the Comoros-flagged Nordic Wren and the vessel Sea Lark (IMO 9312456).";
    assert_eq!(
        names(t),
        vec![pair("Nordic Wren", "vessel"), pair("Sea Lark", "vessel")]
    );
    let t = "Oslo sanctioned Ivo Marek on Monday for selling oil to U.S.-designated Greyfin Petroleum Company.";
    assert_eq!(names(t), vec![pair("Ivo Marek", "individual")]);
    // A surname that is also a country code is still a name.
    let t = "The Treasury designated Li Wen, a Chinese national, on Monday.";
    assert_eq!(names(t), vec![pair("Li Wen", "individual")]);
}

/// Bulleted lists after a colon, `including` after the list, a name that only says whose the
/// targets are, an Arabic particle, an agency speaking after the list.
#[test]
fn modern_lists_and_bullets() {
    let names = |t: &str| -> Vec<String> {
        let mut v: Vec<String> = find_roles(None, t)
            .targets
            .into_iter()
            .map(|t| format!("{}:{}", t.name, t.kind))
            .collect();
        v.sort();
        v
    };
    let t = "OFAC sanctioned the following entities:\n\n- Volna Trade LLC (Freedonia)\n\n- Kama Works OOO (Freedonia)\n\nThe action follows a June order.";
    assert_eq!(
        names(t),
        vec![
            "Kama Works OOO:organization",
            "Volna Trade LLC:organization"
        ]
    );
    let t = "The Treasury designated three tankers:\n- SEA PRIDE (IMO 9176547)\n- NOVA STAR (IMO 9225483)";
    assert_eq!(names(t), vec!["NOVA STAR:vessel", "SEA PRIDE:vessel"]);
    let t = "The Commerce Department added 37 entities to its Entity List, including Sunway Micro and Hefei Quantum Instruments.";
    assert_eq!(
        names(t),
        vec![
            "Hefei Quantum Instruments:organization",
            "Sunway Micro:organization"
        ]
    );
    let t = "The U.S. on Monday sanctioned Vostra financiers Ivo Marek and Tova Lind, as well as the Gaza-based Al-Noor Exchange.";
    assert_eq!(
        names(t),
        vec![
            "Al-Noor Exchange:organization",
            "Ivo Marek:individual",
            "Tova Lind:individual"
        ]
    );
    let t = "The sanctions target Kaveh Trading and the tanker OCEAN ROSE, the Treasury said.";
    assert_eq!(
        names(t),
        vec!["Kaveh Trading:organization", "OCEAN ROSE:vessel"]
    );
    let t = "OFAC sanctioned 12 individuals on Thursday. Among those sanctioned is Farid Rostami, who ran the network, and Tehran-based Kavir Sanat Company.";
    assert_eq!(
        names(t),
        vec![
            "Farid Rostami:individual",
            "Kavir Sanat Company:organization"
        ]
    );
}

/// A title inside a name, an agency or a list named where a target would be, a participle
/// describing an earlier listing, a passive subject after a clause of its own.
#[test]
fn titles_agencies_and_earlier_listings() {
    let names = |t: &str| -> Vec<String> {
        let mut v: Vec<String> = find_roles(None, t)
            .targets
            .into_iter()
            .map(|t| t.name)
            .collect();
        v.sort();
        v
    };
    let t = "Oslo imposed sanctions on Iceland, including asset freezes on Icelandic President Ivo Marek.";
    assert_eq!(names(t), vec!["Ivo Marek"]);
    let t =
        "Oslo sanctioned Halden Trading, which worked with the already sanctioned Vostra Group.";
    assert_eq!(names(t), vec!["Halden Trading"]);
    let t = "The tanker was operated by Vanta Shipping Co., and its director, Ivo Marek, was also sanctioned by Oslo.";
    assert_eq!(names(t), vec!["Ivo Marek"]);
    let t = "Oslo sanctioned Orla Freight, the Treasury's Office of Foreign Assets Control said.";
    assert_eq!(names(t), vec!["Orla Freight"]);
}

/// `named X under a sanctions law` designates X; a law cited as a standing measure does not.
#[test]
fn named_under_a_sanctions_law() {
    let (s, c, t) =
        roles("Oslo on Friday named 12 Freedonian officials and firms under a new sanctions law.");
    assert_eq!(s, vec!["NO"]);
    assert!(c.is_empty(), "{c:?}");
    assert_eq!(t, vec!["individual", "organization"]);
    let (s, c, t) = roles("Canada on Friday named 39 Russian officials under a new sanctions law.");
    assert_eq!(
        (s, c, t),
        (
            vec!["CA".to_string()],
            vec!["RU".to_string()],
            vec!["individual".to_string()]
        )
    );
}

/// The trade treaty's name holds `Tariffs` but is no measure; hypothetical consequences and
/// deadlines on decisions not yet taken give no sanctioner.
#[test]
fn no_measure_in_names_predictions_and_deadlines() {
    let (s, _, _) =
        roles("Tokyo said it would appeal to the General Agreement on Tariffs and Trade.");
    assert!(s.is_empty(), "{s:?}");
    let (s, c, _) = roles(
        "A missile test by Pyongyang would be sure to translate into tougher Japanese sanctions.",
    );
    assert!(s.is_empty() && c.is_empty(), "{s:?} {c:?}");
    let (s, _, _) = roles("Congress will let a deadline on reimposing sanctions on Iran pass.");
    assert!(s.is_empty(), "{s:?}");
    // A threat stays one.
    let (s, _, _) = roles("Tokyo threatened tariffs on Ruritanian steel.");
    assert_eq!(s, vec!["JP"]);
}

/// A reduced relative clause between a measure and its target (`the tariffs X has ordered imposed
/// on`) keeps the target phrase the measure's; a later clause's `on` is still no target.
#[test]
fn target_after_a_relative_clause() {
    let (s, c, t) = roles(
        "Officials met to cut short the steep tariffs President Reagan has ordered imposed on Brazilian exports.",
    );
    assert_eq!(
        (s, c, t),
        (
            vec!["US".to_string()],
            vec!["BR".to_string()],
            vec!["state".to_string()]
        )
    );
    let c = event_targets("Oslo imposed tariffs last year and then reported on Brazil.");
    assert!(c.is_empty(), "{c:?}");
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

/// More agencies that act for their state: sanctions offices and trade representatives.
#[test]
fn more_agencies_stand_for_their_state() {
    for (t, want) in [
        (
            "Global Affairs Canada announced sanctions on six Belarusian judges.",
            "CA",
        ),
        ("DFAT imposed a travel ban on four Burmese generals.", "AU"),
        ("FinCEN blacklisted a Latvian bank on Monday.", "US"),
        ("The USTR threatened tariffs on Brazilian steel.", "US"),
    ] {
        assert_eq!(roles(t).0, strings(&[want]), "{t}");
    }
}

/// `designated` and `listed` designate parties when they count them; other senses give nothing.
#[test]
fn designating_verbs_count_their_targets() {
    let t = "The Treasury imposed sanctions on two Cuban officials on Monday. It also designated three companies based in Panama.";
    let (s, c, ty) = roles(t);
    assert_eq!(s, strings(&["US"]));
    assert_eq!(c, strings(&["CU", "PA"]));
    assert_eq!(ty, strings(&["individual", "organization"]));
    let (s, _, ty) = roles("Canada listed 12 vessels of a shadow fleet on Friday.");
    assert_eq!((s, ty), (strings(&["CA"]), strings(&["vessel"])));
    for t in [
        "Canada listed its bonds on the Toronto exchange.",
        "Norway designated two new national parks on Friday.",
        "Norway designated Oslo the host city of the games.",
    ] {
        assert!(roles(t).0.is_empty(), "{t}");
    }
}

/// `a Dubai-based firm`: the city says whose the firm is; the beneficiary of a reason clause is no target.
#[test]
fn based_firms_give_their_country() {
    let (s, c, _) =
        roles("Britain sanctioned a Dubai-based shipping firm accused of helping Syria sell oil.");
    assert_eq!((s, c), (strings(&["GB"]), strings(&["AE"])));
}

/// Subjects coordinated through `, the` all act.
#[test]
fn coordinated_subjects_with_articles() {
    let (s, c, _) = roles("Saudi Arabia, the UAE and Egypt imposed a boycott on Qatar.");
    assert_eq!((s, c), (strings(&["AE", "EG", "SA"]), strings(&["QA"])));
}

/// A vetoed resolution: the Security Council proposed the measure, whoever vetoed it.
#[test]
fn vetoed_resolution_is_proposed_by_its_author() {
    for t in [
        "Russia vetoed a draft Security Council resolution imposing an arms embargo on Mali.",
        "China vetoed a U.N. Security Council resolution on Friday that would have imposed sanctions on Mali.",
    ] {
        let (s, c, _) = roles(t);
        assert_eq!((s, c), (strings(&["UN"]), strings(&["ML"])), "{t}");
    }
    // A veto with no resolution's author named leaves no actor.
    assert!(roles("Russia vetoed the plan to impose sanctions on Mali.")
        .0
        .is_empty());
}

/// `In response,` opens a counter-measure; it does not block it.
#[test]
fn a_reaction_opening_a_clause_is_no_blocking_verb() {
    let (s, c, _) = roles("In response, Beijing sanctioned 11 Canadian officials.");
    assert_eq!((s, c), (strings(&["CN"]), strings(&["CA"])));
    // Responding to a measure is still no measure.
    assert!(roles("Beijing responded to Canadian sanctions with anger.")
        .0
        .is_empty());
}

/// Tariffs and duties: a measure when they fall on a country, are imposed, or punish; trade policy
/// otherwise.
#[test]
fn tariffs_and_duties_need_a_target_or_a_punitive_cue() {
    let (s, c, t) = roles(
        "Canada imposed 100 pct import duties on Brazilian shoes in retaliation for the subsidies.",
    );
    assert_eq!(
        (s, c, t),
        (strings(&["CA"]), strings(&["BR"]), strings(&["state"]))
    );
    for t in [
        "Nigeria raised import tariffs on rice to protect local farmers.",
        "Kenya collected more import duties on cars this year.",
    ] {
        assert!(roles(t).0.is_empty(), "{t}");
    }
    assert_eq!(
        roles("Ottawa imposed 100 pct tariffs last April.").0,
        strings(&["CA"])
    );
}

/// An import ban falls on the goods' origin (`imports of Georgian wine`, `imports of food from Norway`).
#[test]
fn import_bans_fall_on_the_origin() {
    let (s, c, t) = roles("Moscow banned imports of Moldovan wine in 2013.");
    assert_eq!(
        (s, c, t),
        (strings(&["RU"]), strings(&["MD"]), strings(&["state"]))
    );
    let (_, c, _) = roles("Moscow banned imports of fish from Norway and Iceland.");
    assert_eq!(c, strings(&["IS", "NO"]));
}

/// A target phrase ends where a coordinated verb phrase begins (`... and banned him from ...`); a
/// country-wide trigger on kinds of party is no measure on the state.
#[test]
fn target_phrases_end_at_a_second_verb() {
    let (_, c, t) = roles(
        "Britain froze the assets of a Syrian tycoon and banned him from entering the country.",
    );
    assert_eq!((c, t), (strings(&["SY"]), strings(&["individual"])));
    let (_, c, t) = roles("Oman announced a boycott of Iranian companies.");
    assert_eq!(c, strings(&["IR"]));
    assert!(!t.contains(&"state".to_string()), "{t:?}");
}

/// Weighing a measure is no measure; nor is enforcing the UN's standing one, nor talking about
/// sanctions in a reported clause that names no target.
#[test]
fn deliberation_enforcement_and_talk_are_no_measure() {
    for t in [
        "The European Union is considering sanctions against Belarus, diplomats said.",
        "The president has said he is open to new sanctions on Cuba.",
        "Egypt said it would fully enforce U.N. sanctions against Libya.",
        "Norwegian officials said sanctions alone would not change the junta's course.",
    ] {
        assert!(roles(t).0.is_empty(), "{t}");
    }
    let (s, c, _) = roles("Norwegian officials said new sanctions on Myanmar would follow.");
    assert_eq!((s, c), (strings(&["NO"]), strings(&["MM"])));
}

/// Visa bans are a trigger; `targeted` opens a target phrase.
#[test]
fn visa_bans_and_targeted_parties() {
    let (s, c, t) = roles("The State Department imposed visa bans on four Cambodian officials.");
    assert_eq!(
        (s, c, t),
        (strings(&["US"]), strings(&["KH"]), strings(&["individual"]))
    );
    let t = "Oslo imposed sanctions on Friday. Officials said the sanctions targeted 16 individuals and 27 entities.";
    assert_eq!(roles(t).2, strings(&["individual", "organization"]));
}

/// `The Treasury announced the move. It said it had frozen ...`: the agency opening a sentence
/// with no trigger is the actor a pronoun stands for in the next.
#[test]
fn announcer_carries_to_a_pronoun() {
    for t in [
        "The Treasury announced the move on Monday. It said it had frozen the assets of three Cuban officials.",
        "The U.S. Treasury announced the move on Monday. It said it had frozen the assets of three Cuban officials.",
    ] {
        let (s, c, _) = roles(t);
        assert_eq!((s, c), (strings(&["US"]), strings(&["CU"])), "{t}");
    }
    // A country opening a sentence is no announcer (`Cuba denied it`).
    let t = "Norway denied the report on Monday. It said it had frozen the assets of three Cuban officials.";
    assert!(roles(t).0.is_empty());
}

/// `The new sanctions cap Iraq's imports`: a measure as the subject of a verb of restriction names
/// its target after it; a participle clause after a comma ends the target phrase.
#[test]
fn measures_as_subjects_and_participle_clauses() {
    let t = "Oslo adopted new sanctions on Friday. The new sanctions cap Syria's imports of fuel.";
    let (s, c, ty) = roles(t);
    assert_eq!(
        (s, c, ty),
        (strings(&["NO"]), strings(&["SY"]), strings(&["state"]))
    );
    let (_, c, ty) = roles(
        "Canada imposed financial sanctions on Cuba in May, barring Mexican banks from buying its debt.",
    );
    assert_eq!((c, ty), (strings(&["CU"]), strings(&["state"])));
}

/// `Iran's Revolutionary Guards`, `Myanmar's generals`: a possessive country owns the target; the
/// state itself is not targeted.
#[test]
fn possessive_country_owns_its_target() {
    for t in [
        "Canada imposed sanctions on Iran's Revolutionary Guards on Friday.",
        "Canada imposed sanctions on Myanmar's military officers on Friday.",
    ] {
        let (_, c, ty) = roles(t);
        assert_eq!(c.len(), 1, "{t}");
        assert!(!ty.contains(&"state".to_string()), "{t}: {ty:?}");
    }
}

/// Designations as press releases write them: `sanctioned a further 11 of X's tankers`, `designated
/// pursuant to an executive order`, `was sanctioned by the UK`, `newly-sanctioned`, `upon`.
#[test]
fn designations_in_release_language() {
    let (s, c, t) = roles("Britain has sanctioned a further 11 of Syria\u{2019}s tankers.");
    assert_eq!(
        (s, c, t),
        (strings(&["GB"]), strings(&["SY"]), strings(&["vessel"]))
    );
    let t = "Canada imposed sanctions on Cuban officials. The Belarusian supplier was designated pursuant to a new executive order.";
    assert!(roles(t).1.contains(&"BY".to_string()));
    let (s, c, _) =
        roles("The firm, managed by a Syrian trader, was sanctioned by the UK last December.");
    assert_eq!((s, c), (strings(&["GB"]), strings(&["SY"])));
    let (s, _, _) = roles("Those newly-sanctioned by Canada include two Cuban generals.");
    assert_eq!(s, strings(&["CA"]));
    let (_, c, _) = roles("Canada imposed new designations upon Cuban officials and firms.");
    assert_eq!(c, strings(&["CU"]));
    // Approval stays approval.
    assert!(roles("The board sanctioned a new stadium for the club.")
        .0
        .is_empty());
}

/// Counter-measures: entry restrictions and stop lists; a measure retaliated against is a mention.
#[test]
fn counter_measures_on_entry() {
    let (s, c, t) = roles("Russia restricts entry to 900 Canadian citizens.");
    assert_eq!(
        (s, c, t),
        (strings(&["RU"]), strings(&["CA"]), strings(&["individual"]))
    );
    let (s, _, _) = roles(
        "In retaliation for the sanctions imposed by Canada, Russia banned entry to 300 Canadian officials.",
    );
    assert_eq!(s, strings(&["RU"]));
    let (s, _, _) =
        roles("As a retaliatory measure against sanctions imposed by Canada, the ministry spoke.");
    assert!(s.is_empty(), "{s:?}");
}

/// `were added to the list`: a designation by passive; `the list of speakers` is none.
#[test]
fn added_to_the_list() {
    let t = "Canada imposed sanctions on Cuban officials. Companies based in Panama were also added to the list.";
    assert_eq!(roles(t).1, strings(&["CU", "PA"]));
    assert!(roles("Panama was added to the list of speakers.")
        .1
        .is_empty());
}

/// `The Government of Canada` acts as Canada; a country in parentheses in a regulation's name acts
/// in nothing.
#[test]
fn government_of_a_country_and_parenthesised_names() {
    let t = "The Government of Canada amended the Special Economic Measures (Iran) Regulations to designate 8 Iranian individuals.";
    let (s, c, t) = roles(t);
    assert_eq!(
        (s, c, t),
        (strings(&["CA"]), strings(&["IR"]), strings(&["individual"]))
    );
}

/// A regime set up on someone is an action; a regime set up on no one, or powers to act, are not.
#[test]
fn regimes_and_powers() {
    let (s, c, _) = roles("The Security Council approved a sanctions regime for Mali on Friday.");
    assert_eq!((s, c), (strings(&["UN"]), strings(&["ML"])));
    for t in [
        "Norway adopted a new Magnitsky-style sanctions regime on Thursday.",
        "The act gives the president powers to deny entry to abusers.",
        "Ottawa praised Norway for strengthening its sanction powers.",
    ] {
        assert!(roles(t).0.is_empty(), "{t}");
    }
}

/// `ban coal imports`, `designations of Cuban persons`, `imports from Norway`.
#[test]
fn import_bans_and_designations_of() {
    let (s, _, t) = roles("Britain vowed to ban coal imports from Russia by the end of the year.");
    assert_eq!((s, t), (strings(&["GB"]), strings(&["state"])));
    let (_, c, _) = roles("Canada announced additional designations of Cuban and Haitian persons.");
    assert_eq!(c, strings(&["CU", "HT"]));
}

/// The subject of the clause a trigger sits in, where the clause hides it: after a determiner
/// (`after the Freedonian ... announced`), a participle clause sharing the main subject (`while
/// blacklisting`), a means clause after a response (`responded by imposing`), a relative clause
/// hung on the actor (`Norway, which ..., has imposed`).
#[test]
fn subjects_behind_clause_openings() {
    let t = "Markets fell minutes after the Norwegian government announced it was sanctioning a Freedonian bank.";
    assert_eq!(roles(t).0, strings(&["NO"]));
    let t = "Iceland seized the cargo on Monday while blacklisting two Freedonian shipping firms.";
    assert_eq!(roles(t).0, strings(&["IS"]));
    let t = "Norway has escalated its response to the border raids by imposing sanctions on Freedonian generals.";
    assert_eq!(roles(t).0, strings(&["NO"]));
    let t = "Norway, which has long criticised Freedonia for its raids, has imposed further sanctions on it.";
    assert_eq!(roles(t).0, strings(&["NO"]));
    // A party coordinated with an object is an object too, not the next subject.
    let t = "Iceland joined states that imposed sanctions on Chile and Norway, including asset freezes on their ministers.";
    assert!(!roles(t).0.contains(&"NO".to_string()), "{t}");
    // Still blocked: a response with no means clause, a relative clause that imposes nothing.
    let t = "Norway has criticised the response of Freedonia to sanctions imposed last year.";
    assert!(roles(t).0.is_empty(), "{t}");
    let t = "Norway, which has long opposed sanctions on Freedonia, held talks.";
    assert!(roles(t).0.is_empty(), "{t}");
}

/// Sanctions on a country that name the kinds of party they hit are on those parties; an embargo
/// stays a measure on the state.
#[test]
fn sanctions_naming_kinds_are_no_state_measure() {
    let t = "Norway widened sanctions against Chile over the border raids, targeting 12 entities and 30 individuals.";
    let (s, c, ty) = roles(t);
    assert_eq!((s, c), (strings(&["NO"]), strings(&["CL"])));
    assert_eq!(ty, strings(&["individual", "organization"]));
    let t = "Norway imposed sanctions on Chile over the border raids.";
    assert_eq!(roles(t).2, strings(&["state"]));
    let t = "Norway imposed sanctions on Chile, such as curbs on bank accounts.";
    assert!(roles(t).2.contains(&"state".to_string()), "{t}");
    let t = "Norway imposed an arms embargo on Chile, targeting its army.";
    assert!(roles(t).2.contains(&"state".to_string()), "{t}");
}

/// A country inside a target phrase as the scene or the victim of a war is no target; a list of
/// places goes on past `, the`; an apposition naming the kind keeps the target's nationality.
#[test]
fn target_countries_inside_phrases() {
    let t = "Norway imposed sanctions on Chilean officials involved in the war on Peru.";
    assert_eq!(roles(t).1, strings(&["CL"]));
    let t = "Norway imposed sanctions on Chile on the anniversary of the Peru war.";
    assert_eq!(roles(t).1, strings(&["CL"]));
    let t = "Norway sanctioned firms in Chile, Peru, the United Arab Emirates and Oman for shipping arms.";
    assert_eq!(roles(t).1, strings(&["AE", "CL", "OM", "PE"]));
    let t =
        "Norway sanctioned the Grey Directorate (GD), a Chilean intelligence agency, on Monday.";
    assert_eq!(roles(t).1, strings(&["CL"]));
}

/// A passive in a relative clause has the phrase before the pronoun as its subject, not the
/// sentence's subject.
#[test]
fn relative_passive_subject() {
    let t = "The Norwegian government says the airline flies arms to Tango Front, which has been designated as a terrorist group.";
    assert!(!roles(t).1.contains(&"NO".to_string()), "{t}");
}

/// A court or a sports body sanctions in another sense: never the state imposing.
#[test]
fn courts_are_no_imposers() {
    for t in [
        "A Chilean court sanctioned the shipping firm for fraud.",
        "The Norwegian federation sanctioned two clubs for crowd trouble.",
    ] {
        assert!(roles(t).0.is_empty(), "{t}");
    }
    assert_eq!(
        roles("The Chilean government sanctioned two Peruvian firms.").0,
        strings(&["CL"])
    );
}

/// Counter-sanctions name their targets as a list's members (`a stop list of N citizens`) or as
/// the subject of a passive entry ban (`officials are barred from entering`).
#[test]
fn entry_bans_and_stop_lists() {
    let (s, c, t) =
        roles("The Chilean Foreign Ministry released a stop list of 310 Peruvian citizens.");
    assert_eq!(
        (s, c, t),
        (strings(&["CL"]), strings(&["PE"]), strings(&["individual"]))
    );
    let t = "Santiago said on Monday that 25 Peruvian officials are barred from entering Chile.";
    let (_, c, ty) = roles(t);
    assert_eq!((c, ty), (strings(&["PE"]), strings(&["individual"])));
}

/// `those blacklisted` refers back to an action's parties; the imposer's own people kept from
/// dealing with them are no target.
#[test]
fn imposers_people_and_parties_referred_back() {
    let t = "The move freezes the Norwegian assets of those blacklisted and bars Norwegians from dealing with them.";
    assert!(roles(t).1.is_empty(), "{t}");
    let t = "Norway barred Chilean firms from bidding for contracts.";
    assert_eq!(roles(t).1, strings(&["CL"]));
}

/// Kind nouns that modify the next (`gang leaders`), a state word past a participle describing the
/// parties (`involved in the arms trade`) or after `sanctions` (`a sanctions regime`) give no kind.
#[test]
fn kinds_from_the_head_noun() {
    let t = "Norway sanctioned gang leaders and their financiers in Chile.";
    assert_eq!(roles(t).2, strings(&["individual"]));
    let t = "Norway sanctioned four Chilean officials involved in the illicit arms trade.";
    assert_eq!(roles(t).2, strings(&["individual"]));
}

/// An export measure falls on the goods' destination; a leader of a sanctioning state acts for it.
#[test]
fn export_bans_and_leaders() {
    let t = "Norway has banned exports of computers to Chile.";
    assert_eq!(roles(t).1, strings(&["CL"]));
    let t = "Norway has banned imports of computers to Chile.";
    assert!(event_targets(t).is_empty(), "{t}");
    let t = "President Kennedy ordered an embargo on trade with Chile.";
    assert_eq!(roles(t).0, strings(&["US"]));
}

#[test]
fn an_entry_ban_is_a_measure_on_the_people_barred() {
    let (s, c, t) = roles("Norway on Monday banned 40 Danish citizens from entering the country.");
    assert_eq!((s, c), (vec!["NO".to_string()], vec!["DK".to_string()]));
    assert_eq!(t, vec!["individual"]);
    assert_eq!(
        roles("Oslo bars entry to 12 Danish officials.").0,
        vec!["NO"]
    );
    // A ban or a bar of another kind is no measure.
    assert!(roles("Norway banned smoking in bars last year.")
        .0
        .is_empty());
    assert!(roles("Norway banned the pesticide in Danish farms.")
        .0
        .is_empty());
}

#[test]
fn every_party_of_a_by_list_acts() {
    let (s, _, _) =
        roles("Ten Freedonian officers were hit with asset freezes by Norway, Denmark and the EU.");
    assert_eq!(s, vec!["DK", "EU", "NO"]);
    let (s, _, _) = roles("Freedonia was sanctioned by Norway, officials in Denmark said.");
    assert_eq!(s, vec!["NO"]);
}

#[test]
fn who_adopts_anothers_measure_imposes_it_too() {
    let (s, c, _) = roles("Norway adopted the EU sanctions against Iceland on Monday.");
    assert_eq!(s, vec!["EU", "NO"]);
    assert_eq!(c, vec!["IS"]);
    // A party that only discusses the measure adopts nothing.
    let (s, _, _) = roles("Norway discussed the EU sanctions against Iceland on Monday.");
    assert!(!s.contains(&"NO".to_string()), "{s:?}");
}

/// A vessel's country is its flag state, as its manager's is its seat: both are target countries.
#[test]
fn a_vessels_flag_is_a_target_country() {
    let r = find_roles(
        None,
        "Norway sanctioned the Panama-flagged tanker Sea Lark and its manager, Dubai-based Orla Marine FZE.",
    );
    for code in ["PA", "AE"] {
        assert!(
            r.target_countries.contains(&code.to_string()),
            "{code}: {:?}",
            r.target_countries
        );
    }
    // Named apart from the phrase of the measure: the flag comes from where the vessel is named.
    let r = find_roles(
        None,
        "Norway sanctioned three tankers on Monday. The designated vessels include the \
         Togo-flagged Sea Lark.",
    );
    assert!(
        r.target_countries.contains(&"TG".to_string()),
        "{:?}",
        r.target_countries
    );
}

#[test]
fn sanctions_naming_the_field_of_another_noun_is_no_measure() {
    assert!(
        roles("Norway fined Vanta Bank for weak sanctions screening of Icelandic clients.")
            .0
            .is_empty()
    );
    assert!(
        roles("A Norwegian sanctions lawyer said the rules were unclear.")
            .0
            .is_empty()
    );
    // The measure itself still counts.
    assert_eq!(roles("Norway imposed sanctions on Iceland.").0, vec!["NO"]);
}

/// All-caps copy (old magazine and wire text): agencies and leaders act in capitals too, and
/// `SANCTIONED THE SALE` is approval there as `sanctioned the sale` is in mixed case.
#[test]
fn all_caps_copy_has_agents_and_approvals() {
    let t = "HAVANA SQUEEZE . THE TREASURY FROZE ALL FREEDONIAN ASSETS IN THE U.S. LAST WEEK .";
    assert_eq!(roles(t).0, vec!["US"]);
    let t = "PRESIDENT KENNEDY ORDERED AN EMBARGO ON FREEDONIAN SUGAR .";
    assert_eq!(roles(t).0, vec!["US"]);
    let t =
        "PRESIDENT KENNEDY LAST WEEK SANCTIONED THE SALE OF SURPLUS WHEAT TO THE SOVIET UNION .";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t));
    // Mixed case keeps its own reading.
    let t = "The Treasury sanctioned the Freedonian bank Vanta Credit on Monday.";
    assert_eq!(roles(t).0, vec!["US"]);
}

/// A title whose subject is a seat of government or an agency is the announcer of a body that reports
/// the measure with no actor.
#[test]
fn a_title_announces_the_body() {
    let body = "Retaliatory duties of 50 percent will be placed on Chilean copper from May, officials said.";
    let r = find_roles(Some("Oslo moves against Chilean copper"), body);
    assert_eq!(r.sanctioners, vec!["NO"]);
    // A title led by anything else lends no actor.
    let r = find_roles(Some("Copper traders brace for a hard year"), body);
    assert!(r.sanctioners.is_empty(), "{:?}", r.sanctioners);
}

/// A reporting clause of lower-case speakers (`, officials said`) closes the target phrase: its
/// speakers are no targeted individuals.
#[test]
fn lower_case_speakers_are_no_targets() {
    let t = "Norway imposed retaliatory duties on Chilean copper, trade officials said.";
    let (s, c, types) = roles(t);
    assert_eq!((s, c), (vec!["NO".to_string()], vec!["CL".to_string()]));
    assert!(!types.contains(&"individual".to_string()), "{types:?}");
}

/// A group designated by its kind and then named after `including` (`the ship managers behind the
/// fleet, including ...`) is a designation; the describing word of each name's place is no part of it.
#[test]
fn a_described_group_names_its_members_after_including() {
    let t = "Norway on Monday designated the ship managers behind the fleet, including India-based Vanta Marine LLP and Dubai-registered Orla Shipping FZE.";
    let r = find_roles(None, t);
    assert_eq!(r.sanctioners, vec!["NO"]);
    let names = names_in(&r);
    assert_eq!(names, vec!["Vanta Marine LLP", "Orla Shipping FZE"]);
}

/// A designation whose list follows a colon inside the sentence, its items cut at semicolons and
/// running on into the next pieces; a colon after any other word opens no list.
#[test]
fn a_colon_inside_a_designation_opens_its_list() {
    let t = "Oslo also designated three Freedonian officials: Ivo Marek, who runs a depot in Tromso; Tova Lind, a trade envoy; and Pavel Orin, also known as \"Pasha\".";
    let names = target_names(t);
    assert_eq!(names, vec!["Ivo Marek", "Tova Lind", "Pavel Orin"]);
    let t = "Norway sanctioned two Freedonian firms, and the minister added a warning: Ivo Marek would be next.";
    let names = target_names(t);
    assert!(!names.contains(&"Ivo Marek".to_string()), "{names:?}");
}

/// A list of people each described by a post or an occupation (`deputy`, `columnist`, `political
/// scientist`), one with the place that employs them after `of`.
#[test]
fn a_list_of_people_described_by_their_posts() {
    let t = "Norway banned entry to 13 Freedonian citizens on Monday. The list includes deputy Chief Cabinet Secretary Ivo Marek, lawmakers Tova Lind and Pavel Orin, political scientist Mira Solte of University of Tromso, and Daily Courier columnist Aron Feld.";
    let names = target_names(t);
    assert_eq!(
        names,
        vec![
            "Ivo Marek",
            "Tova Lind",
            "Pavel Orin",
            "Mira Solte",
            "Aron Feld"
        ]
    );
}

/// A firm's bracketed place before its legal form stays in a name read from the target slot, and
/// an acronym in brackets still ends it.
#[test]
fn a_bracketed_place_inside_a_firm_name_in_the_slot() {
    let t = "Three Hong Kong companies, Vanta Parts (HK) Limited, Orla Components Limited and Kestrel Trading Co., Limited, were sanctioned by Norway. Norway also sanctioned Vostra Security Service (VSS) on Monday.";
    let names = target_names(t);
    for n in [
        "Vanta Parts (HK) Limited",
        "Orla Components Limited",
        "Vostra Security Service",
    ] {
        assert!(names.contains(&n.to_string()), "{n}: {names:?}");
    }
}

/// An export-privileges denial (the U.S. Commerce Department's denial order) is a measure.
#[test]
fn denying_export_privileges_is_a_measure() {
    let t =
        "The Commerce Department said it had denied export privileges to three Swiss companies.";
    assert_eq!(roles(t).0, vec!["US"]);
    let t =
        "The Commerce Department said it had approved export privileges for three Swiss companies.";
    assert!(roles(t).0.is_empty());
}

/// `sanction` before an amount or a change of prices approves it.
#[test]
fn sanctioning_a_rise_is_approval() {
    let t = "Norway's government sanctioned an average 12 pct increase in ferry fares on Monday.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t));
    let t = "Norway's government sanctioned 12 Freedonian officials on Monday.";
    assert_eq!(roles(t).0, vec!["NO"]);
}

/// Inside an announcement, the countries the parties a measure reaches are placed in are target
/// countries; a route (`from Norwegian waters`) and a sentence where nothing reaches them are not.
#[test]
fn parties_placed_in_countries_are_targeted_there() {
    let t = "Norway sanctioned 40 firms on Monday. The package also hits companies in China, Turkey and the United Arab Emirates that supplied drone parts.";
    let (_, c, _) = roles(t);
    assert_eq!(c, vec!["AE", "CN", "TR"]);
    let t = "Norway sanctioned 40 Freedonian firms on Monday. Analysts said companies in China would feel it.";
    let (_, c, _) = roles(t);
    assert!(!c.contains(&"CN".to_string()), "{c:?}");
    // A sentence read as a designation list still places its parties.
    let t = "Norway sanctioned 40 firms on Monday. The list includes Freedonian makers such as Orla Works, as well as firms registered in China and Kazakhstan that sold them chips.";
    let (_, c, _) = roles(t);
    assert_eq!(c, vec!["CN", "KZ"]);
    // So does one whose trigger word gives no event (`re-exported` is trade, not a measure).
    let t = "Norway sanctioned 40 firms on Monday. The package also hits companies in China and Kazakhstan that re-exported chips.";
    let (_, c, _) = roles(t);
    assert_eq!(c, vec!["CN", "KZ"]);
}

/// Inside an announcement, a sentence whose trigger word gives no event still gives the names its
/// shapes mark (`breached the arms embargo` cites the regime, it imposes nothing).
#[test]
fn announced_names_in_a_sentence_with_an_idle_trigger_word() {
    let t = "Oslo sanctioned two firms on Monday. The actions of Vanta Trading LLC and Orla Components Ltd. breached the arms embargo.";
    let mut names = target_names(t);
    names.sort();
    assert_eq!(names, vec!["Orla Components Ltd.", "Vanta Trading LLC"]);
}

/// `<State> sanctions` of a state that is a measure's subject matter, never its author, names no
/// imposer when the story has none; a state that imposes keeps its reading.
#[test]
fn a_sanctioned_states_name_before_sanctions_imposes_nothing() {
    let t = "Officials said broad Myanmar sanctions were not advisable now.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t));
    let t = "Officials said new Japan sanctions on Chilean copper would start in May.";
    assert_eq!(roles(t).0, vec!["JP"]);
}

/// `, the` after a country opens no clause when the list of countries goes on (`from the EU, the United
/// States, Canada and Norway`); a reporting clause after a country still ends the phrase.
#[test]
fn country_list_with_its_article_at_the_first_comma() {
    let (_, c, _) =
        roles("Oslo banned imports of fish from the EU, the United States, Chile and Peru.");
    assert_eq!(c, ["CL", "PE", "US"]);
    let (s, c, _) = roles("Oslo imposed sanctions on Chile, the United States said on Monday.");
    assert_eq!((s, c), (vec!["NO".to_string()], vec!["CL".to_string()]));
}

/// A list that has had its `and` is complete: a name after `, and` opens a clause of its own.
#[test]
fn a_finished_list_takes_no_further_item() {
    let t = "Oslo banned imports of fish from Chile, Peru and Brazil, and President Ivo Marek extended that embargo.";
    assert!(find_roles(None, t).targets.is_empty());
    let t = "Oslo sanctioned Vanta Bank, Kestrel Air, and Orla Shipping on Monday.";
    assert_eq!(
        target_names(t),
        ["Kestrel Air", "Orla Shipping", "Vanta Bank"]
    );
}

/// `The package also hits companies in ...`: a measure's noun with a verb of hitting is an event whose
/// object is the target phrase; the announcement's agent carries to it.
#[test]
fn a_package_that_hits_firms() {
    let t = "Oslo sanctioned 40 Freedonian firms on Monday. The wider package also hits companies in Chile and Peru that helped them.";
    let (s, c, _) = roles(t);
    assert_eq!(
        (s, c),
        (
            vec!["NO".to_string()],
            vec!["CL".to_string(), "PE".to_string()]
        )
    );
}

/// Goods as the passive subject of a bare `banned` make an export ban, whose targets follow `to`; a
/// bare ban of anything else stays another sense.
#[test]
fn goods_banned_to_parties() {
    let t = "Exports from Norway will be banned to 31 firms in Chile and Peru.";
    let (s, c, _) = roles(t);
    assert_eq!(
        (s, c),
        (
            vec!["NO".to_string()],
            vec!["CL".to_string(), "PE".to_string()]
        )
    );
    let (_, c, _) = roles("Imports from Chile will be banned from May, Oslo said.");
    assert_eq!(c, ["CL"]);
    let (s, _, _) = roles("Smoking will be banned in Norway's offices from Monday.");
    assert!(s.is_empty());
}

/// `Jan` with no period before a capitalised word is a given name, not January.
#[test]
fn jan_as_a_given_name() {
    let t = "Oslo sanctioned Jan Novak and Ivo Marek on Jan 5.";
    assert_eq!(target_names(t), ["Jan Novak", "Ivo Marek"]);
}

/// Halting, cutting off or severing trade with a country is an embargo on it; `unlikely to` takes no
/// measure.
#[test]
fn trade_halted_with_a_country() {
    let (s, c, ty) = roles("Oslo ordered a halt to all trade with Chile on Friday.");
    assert_eq!(
        (s, c, ty),
        (strings(&["NO"]), strings(&["CL"]), strings(&["state"]))
    );
    let (s, c, _) = roles("Lima severed all trade with Chile.");
    assert_eq!((s, c), (strings(&["PE"]), strings(&["CL"])));
    let (s, _, _) = roles("Analysts said Oslo was unlikely to cut off trade with Chile.");
    assert!(s.is_empty());
}

/// The label a party is designated as is no target, and the party's own words give its kind
/// (`the Vanta Cartel` is no person); a package that lists parties names them.
#[test]
fn designated_as_a_label() {
    let t = "Oslo designated the Vanta Cartel as a Foreign Terrorist Organization.";
    let r = find_roles(None, t);
    let got: Vec<(String, String)> = r.targets.into_iter().map(|t| (t.name, t.kind)).collect();
    assert_eq!(
        got,
        [("Vanta Cartel".to_string(), "organization".to_string())]
    );
    let t = "The new EU package lists 30 entities, including the Chilean bank Kestrel Bank.";
    assert!(target_names(t).contains(&"Kestrel Bank".to_string()));
}

/// `identified X and Y as blocked property`: OFAC's words for a designated party's ships and planes;
/// the object of `identified` is the target phrase.
#[test]
fn identified_as_blocked_property() {
    let t = "Oslo identified the vessels Sea Lark and Morning Dew as blocked property.";
    let r = find_roles(None, t);
    assert_eq!(r.target_types, ["vessel"]);
    assert_eq!(target_names(t), ["Sea Lark", "Morning Dew"]);
    let t = "Oslo identified the problem as a blocked drain.";
    assert!(find_roles(None, t).target_types.is_empty());
}

/// `X, a Chilean oligarch, and his company, Y Ltd`: the owner's firm after an apposition is in the
/// target phrase too.
#[test]
fn owner_and_his_company() {
    let t = "Oslo sanctioned Ivo Marek, a Chilean oligarch, and his company, Marek Capital Ltd.";
    let r = find_roles(None, t);
    assert_eq!(r.target_types, ["individual", "organization"]);
    assert!(target_names(t).contains(&"Marek Capital Ltd".to_string()));
}

/// Closing airspace or ports to a country's planes or ships is a measure on it; a party joined to
/// the trigger's verb by `and` is the object of the verb before, not the imposer.
#[test]
fn airspace_closed_to_a_country() {
    let (s, c, ty) = roles("Lima cut ties with Chile and closed its airspace to Chilean planes.");
    assert_eq!(
        (s, c, ty),
        (strings(&["PE"]), strings(&["CL"]), strings(&["aircraft"]))
    );
    let (s, _, _) = roles("The storm closed the ports to shipping.");
    assert!(s.is_empty());
}

/// A lifting's announcer in a reporting clause imposes nothing.
#[test]
fn lifting_announced_by_an_agency() {
    let (s, _, _) = roles("Oslo formally lifted decades-old sanctions on Chile on Friday, the Norwegian foreign ministry said.");
    assert!(s.is_empty());
}

/// A title whose wording no trigger pattern reads still names who acts, and a capital that is also a
/// common name (`Washington`) counts there when the body names its country.
#[test]
fn title_capital_announces_an_untriggered_measure() {
    let body = "Punitive duties of 200 pct will be put on Freedonian cheese from March 1, administration officials said. Cheese exports to the United States were worth 40 mln dlrs last year.";
    let r = find_roles(Some("WASHINGTON ORDERS CURBS ON FREEDONIAN CHEESE"), body);
    assert_eq!(r.sanctioners, vec!["US"]);
    // Without the country named in the body, `Washington` may be a person or a state.
    let body =
        "Punitive duties of 200 pct will be put on Freedonian cheese from March 1, officials said.";
    let r = find_roles(Some("WASHINGTON ORDERS CURBS ON FREEDONIAN CHEESE"), body);
    assert!(r.sanctioners.is_empty(), "{:?}", r.sanctioners);
}

/// A press statement in the first person: `publicly designating` and `because of her involvement` are
/// the sanctions sense of `designate`, and the agency the title names is the speaker.
#[test]
fn first_person_public_designation() {
    let t = "Today I am publicly designating Ana Brel, a former mayor of Freedonia's capital, because of her involvement in bribery.";
    let r = find_roles(Some("U.S. DEPARTMENT of STATE"), t);
    assert_eq!(r.sanctioners, vec!["US"]);
    assert_eq!(r.targets.len(), 1, "{:?}", r.targets);
    assert_eq!(r.targets[0].name, "Ana Brel");
    // Another sense: a speaker designating a successor names no target.
    let t = "Today I am designating Ana Brel as my deputy for the coming year.";
    let r = find_roles(Some("U.S. DEPARTMENT of STATE"), t);
    assert!(r.sanctioners.is_empty(), "{:?}", r.sanctioners);
}

/// `X are among 22 entities blacklisted`: the subject of `among` with a designating participle is the
/// target, and a kind of party written in capitals (`VLCCs`) is no name.
#[test]
fn subject_among_the_designated_is_the_target() {
    let t = "Brokers in Poland and Kazakhstan are among 14 entities blacklisted by Oslo on Monday, with several VLCCs now blocked.";
    let (s, c, _) = roles(t);
    assert_eq!((s, c), (strings(&["NO"]), strings(&["KZ", "PL"])));
    let names = target_names(t);
    assert!(names.iter().all(|n| n != "VLCCs"), "{names:?}");
    // `among` with no designating participle places nobody.
    let t =
        "Brokers in Poland are among the firms hurt by the sanctions Oslo imposed on Freedonia.";
    assert!(!event_targets(t).contains(&"PL".to_string()), "{t}");
}

/// Wire phrasings of a measure: blocking property, revoking visas, barring imports, retaliating, the
/// freezing of assets.
#[test]
fn wire_phrasings_of_measures() {
    let cases = [
        (
            "The President signed an order blocking the property of Freedonian generals on Monday.",
            "US",
        ),
        (
            "The United States revoked the visas of ten Freedonian judges on Monday.",
            "US",
        ),
        (
            "Norway will bar imports of Chilean salmon from next month, officials said.",
            "NO",
        ),
        (
            "Norway retaliated with duties on 2 bln crowns of Chilean wine.",
            "NO",
        ),
        (
            "The Norwegian government ordered the freezing of all Chilean assets in Norway.",
            "NO",
        ),
    ];
    for (t, who) in cases {
        let t = t.replace("The President", "The U.S. President");
        assert_eq!(find_roles(None, &t).sanctioners, vec![who], "{t}");
    }
    // Other senses: a road blocked, a wage freeze.
    for t in [
        "Protesters in Oslo blocked the roads to the property market on Monday.",
        "Analysts in Oslo expect a freezing of wages this year.",
    ] {
        assert!(find_roles(None, t).sanctioners.is_empty(), "{t}");
    }
}

/// A country written inside a ban or a freeze as the owner of what it hits (`froze Chilean assets`,
/// `banned Chilean imports`) is the target, not a second imposer; a country written as a place in a
/// freeze (`any Norway assets he holds`) is where the assets are, no target.
#[test]
fn owner_inside_a_ban_or_freeze_is_the_target() {
    for t in [
        "Norway decided to freeze all Chilean assets on Monday, officials said.",
        "Norway banned Chilean imports on Monday, officials said.",
        "Norway will bar Chilean imports from next month, officials said.",
    ] {
        let r = find_roles(None, t);
        assert_eq!(r.sanctioners, vec!["NO"], "{t}");
        assert_eq!(r.target_countries, vec!["CL"], "{t}");
    }
    let t = "Oslo designated Ivo Marek, which freezes any Norway assets he holds.";
    let r = find_roles(None, t);
    assert!(!r.target_countries.contains(&"NO".to_string()), "{r:?}");
}

/// A standing measure described as such (`in place since 1962`) is background; one imposed now is not.
#[test]
fn a_measure_in_place_since_long_ago_is_background() {
    let t = "Chilean officials said the Norwegian embargo, in place since 1962, was a crime against the people.";
    assert!(find_roles(None, t).sanctioners.is_empty());
    let t = "Norway imposed an embargo on Chile, in place from Monday, officials said.";
    assert_eq!(find_roles(None, t).sanctioners, vec!["NO"]);
}

/// `despite U.S. sanctions` cites a standing measure; a measure taken despite objections is one.
#[test]
fn despite_sanctions_is_background() {
    let t = "Researchers found that Chilean copper still reaches Freedonia despite Norwegian sanctions.";
    assert!(find_roles(None, t).sanctioners.is_empty());
    let t =
        "Despite objections from Chile, Norway imposed sanctions on the Chilean navy on Monday.";
    assert_eq!(find_roles(None, t).sanctioners, vec!["NO"]);
    // An opening phrase holds neither the subject nor a verb governing the trigger.
    let t = "After Chile urged its allies to act, Norway imposed sanctions on the Peruvian navy.";
    assert_eq!(find_roles(None, t).sanctioners, vec!["NO"]);
    // Opening phrases in a row, one of them naming who pressed the subject to act, with a list.
    let t = "After a week of talks, pressed by the envoys of Chile, Peru, Ghana and Fiji, Norway imposed an arms embargo on Freedonia.";
    assert_eq!(find_roles(None, t).sanctioners, vec!["NO"]);
    let t = "Backed by Chile, Norway imposed an arms embargo on Freedonia.";
    assert_eq!(find_roles(None, t).sanctioners, vec!["NO"]);
}

/// A relative clause with a speaker (`..., Switzerland and Thailand that Oslo says helped Moscow`) is
/// no closing report: the list runs on and its countries are targets, not speakers.
#[test]
fn relative_clause_speaker_is_no_report() {
    let t = "Norway sanctioned 40 firms on Monday. The wider package also hits companies in China, Turkey, the United Arab Emirates, Switzerland and Thailand that Oslo says helped Moscow.";
    let (s, c, _) = roles(t);
    assert_eq!(s, strings(&["NO"]));
    assert_eq!(c, strings(&["AE", "CH", "CN", "TH", "TR"]));
}

/// Each description of an actor on its own examples: it stands for the actor in a story that names the
/// actor (`The 27-nation bloc` for the EU), and for no one in one that does not, or when the head is
/// another body's (`the city council`).
#[test]
fn described_actors_examples() {
    for d in DESCRIBED_ACTORS {
        for m in d.must {
            assert!(
                find_roles(None, m)
                    .sanctioners
                    .contains(&d.code.to_string()),
                "{m}"
            );
        }
        for m in d.must_not {
            assert!(
                !find_roles(None, m)
                    .sanctioners
                    .contains(&d.code.to_string()),
                "{m}"
            );
        }
    }
}

/// `revoked the visas of X`, `cancelled the visas of X`, `blocks all property of X`: the trigger holds
/// what is hit; whose it is follows `of`.
#[test]
fn owners_after_visas_and_property() {
    for t in [
        "The United States revoked the visas of 21 Nicaraguan officials.",
        "Norway cancelled the visas of two Nicaraguan judges over the ruling.",
        "The order blocks all property of the Nicaraguan central bank, the Treasury said.",
    ] {
        assert_eq!(roles(t).1, strings(&["NI"]), "{t}");
    }
}

/// A halt of imports or exports is a trade measure on the country they come from or go to; duties are
/// one when the sentence says they answer another measure (`hit back with duties`).
#[test]
fn halted_trade_and_retaliatory_duties() {
    let t = "Canberra said it would halt imports of beef and wool from Chile from Monday.";
    assert_eq!(
        roles(t),
        (strings(&["AU"]), strings(&["CL"]), strings(&["state"]))
    );
    let t = "Norway hit back with duties of 40 percent on 90 Chilean products.";
    assert_eq!(roles(t).0, strings(&["NO"]));
    let t = "Norway cut duties of 40 percent on 90 Chilean products.";
    assert!(roles(t).0.is_empty(), "{t}");
}

/// `barred Norwegian banks from doing business with X`: the people barred are the imposer's own; the
/// party they may not deal with is the target.
#[test]
fn own_people_barred_from_dealing_with_a_party() {
    let t = "Oslo barred Norwegian banks from doing business with the Chilean central bank.";
    assert_eq!(
        roles(t),
        (
            strings(&["NO"]),
            strings(&["CL"]),
            strings(&["organization"])
        )
    );
    let t = "The order bars Australian banks from buying new debt from Chile, Canberra said.";
    assert_eq!(roles(t).1, strings(&["CL"]));
    let t = "Canberra forbade Australians to do business of any kind with Chile on Monday.";
    assert_eq!(roles(t).0, strings(&["AU"]));
    assert_eq!(roles(t).1, strings(&["CL"]));
}

/// `Norwegian lawmakers passed a bill that would impose sanctions`: who passes or puts forward the
/// proposal proposes the measure; a proposal named only in a report is no one's.
#[test]
fn the_sponsor_of_a_bill_proposes_its_measure() {
    let t = "Norwegian lawmakers passed a bill that would impose new sanctions on Chile on Monday.";
    assert_eq!(roles(t).0, strings(&["NO"]));
    let t = "The Norwegian parliament approved a draft that imposes tariffs on Chilean copper.";
    assert_eq!(roles(t).0, strings(&["NO"]));
    let t = "Norway, critics said, fears a bill that would impose sanctions on Chile.";
    assert!(roles(t).0.is_empty(), "{t}");
}

/// Copy that sets every full stop apart (`THE U.S . CLAMPED`): the detached abbreviation is still the
/// country, and the sentence goes on after it.
#[test]
fn detached_abbreviations_in_capitals() {
    let t =
        "LAST WEEK THE U.S . CLAMPED A TOTAL EMBARGO ON TRADE WITH CHILE, EXCEPTING ONLY FOOD .";
    assert_eq!(
        roles(t),
        (strings(&["US"]), strings(&["CL"]), strings(&["state"]))
    );
}

/// A country owning tariffs no one is said to impose on anyone (`U.S. tariffs are higher than
/// Europe's`) is trade policy; an owner imposing them on a party, or a punishment, is a measure.
#[test]
fn owned_tariffs_with_no_target_are_trade_policy() {
    let t = "Critics said Norwegian tariffs are generally higher than Sweden's.";
    assert!(roles(t).0.is_empty(), "{t}");
    let t = "Norwegian tariffs on Chilean copper took effect on Monday.";
    assert_eq!(roles(t).0, strings(&["NO"]));
    let t = "Norwegian tariffs punish the junta for the coup, the minister said.";
    assert_eq!(roles(t).0, strings(&["NO"]));
}

/// `barred all U.S. dealings with them`, `ships barred from carrying Norwegian cargoes`: the country is
/// the imposer's own side or what the barred parties may not carry, not a target.
#[test]
fn own_dealings_and_barred_activities_are_no_targets() {
    let t = "The ministry named two Chilean firms. It barred all Norwegian dealings with the two Chilean firms.";
    assert!(!event_targets(t).contains(&"NO".to_string()), "{t}");
    let t = "Oslo said ships barred from carrying Swedish cargoes had called at Chilean ports.";
    assert!(!event_targets(t).contains(&"SE".to_string()), "{t}");
}

/// Capitals copy reads the prepositions around a trigger as mixed case does: the destination after
/// `TO`, the agent after `BY`.
#[test]
fn prepositions_in_capitals_copy() {
    let t = "OSLO BARRED SHIPMENTS OF GOODS TO CHILE ON MONDAY .";
    assert_eq!(roles(t).1, strings(&["CL"]));
    let t = "FOUR CHILEAN FIRMS WERE BLACKLISTED BY NORWAY ON MONDAY .";
    assert_eq!(roles(t).0, strings(&["NO"]));
}

/// The subject of a verb of undergoing a measure is its target (`Chile faces new Norwegian sanctions`),
/// the usual shape of a headline; the measure's owner still imposes it.
#[test]
fn the_subject_undergoing_a_measure_is_its_target() {
    let t = "Chile faces new Norwegian sanctions over the crackdown.";
    assert_eq!(roles(t).0, strings(&["NO"]));
    assert_eq!(roles(t).1, strings(&["CL"]));
    let t = "CHILE GIVEN LITTLE HOPE OF AVOIDING NORWEGIAN SANCTIONS";
    assert_eq!(roles(t).1, strings(&["CL"]));
    // Hit by new sanctions: a new measure; hit by sanctions: the effect of standing ones.
    let t = "Chile was hit by fresh Norwegian sanctions on Monday over the crackdown.";
    assert_eq!(
        roles(t),
        (strings(&["NO"]), strings(&["CL"]), strings(&["state"]))
    );
    let t = "The Chilean economy, hit by Norwegian sanctions, shrank last year.";
    assert!(roles(t).0.is_empty(), "{t}");
    // A subject that imposes is no target.
    let t = "Chile imposed new sanctions on Peru over the dispute.";
    assert_eq!(roles(t).1, strings(&["PE"]));
}

/// `the effects of U.S. sanctions`, `the cost of Norwegian sanctions`: the measure's consequences are
/// talked about; its owner takes no action in this sentence.
#[test]
fn the_effects_of_a_measure_are_no_action() {
    let t =
        "The ministry said it would shield Chilean firms from the effects of Norwegian sanctions.";
    assert!(roles(t).0.is_empty(), "{t}");
    let t = "Analysts tallied the cost of Norwegian sanctions for Chile's copper miners.";
    assert!(roles(t).0.is_empty(), "{t}");
}

/// `the Norwegian embargo has cost Chile billions`: what a standing measure has done is background.
#[test]
fn what_a_standing_measure_has_done_is_background() {
    let t = "Officials in Lima said the Norwegian embargo had cost Chile $3 billion.";
    assert!(roles(t).0.is_empty(), "{t}");
    let t = "Norway imposed an embargo on Chile that cost its miners $3 billion.";
    assert_eq!(roles(t).0, strings(&["NO"]));
    let t = "Chilean officials reckon the sanctions cost their economy $2 billion a year.";
    assert!(roles(t).0.is_empty(), "{t}");
    // How a bloc's measures are decided is how its regime works, not a measure.
    let t = "EU sanctions require unanimity among the member states, an official in Oslo noted.";
    assert!(roles(t).0.is_empty(), "{t}");
}

/// `imposed the tariffs in May, saying Chile had ...`: where no event names its target, the story's
/// measure falls on the country its measure sentences name besides the imposer, one named after the
/// trigger before one named before it; a country-wide measure makes it the state.
#[test]
fn an_untargeted_measure_falls_on_the_country_its_sentences_name() {
    let t = "Norway imposed the tariffs in May, saying Chile had broken the steel accord.";
    assert_eq!(
        roles(t),
        (strings(&["NO"]), strings(&["CL"]), strings(&["state"]))
    );
    let t = "Peru protested when Norway imposed the tariffs, saying Chile had dumped steel.";
    assert_eq!(roles(t).1, strings(&["CL"]));
    // Bare sanctions may fall on people or firms: the country, but no kind.
    let t = "Norway imposed the sanctions in May, saying Chile had broken the accord.";
    assert_eq!(roles(t).1, strings(&["CL"]));
    assert!(roles(t).2.is_empty(), "{t}");
    // Where the story's dateline is the only other country, there is no target to find.
    let t = "LIMA (Reuters) - Norway imposed the tariffs in May, officials said.";
    assert!(roles(t).1.is_empty(), "{t}");
}

/// `foreign ministers of the 12 EC nations agreed to impose`: the ministers (or leaders, governments)
/// of a counted bloc or country are it as subject, past `the` and the count.
#[test]
fn ministers_of_the_counted_nations_act_for_them() {
    let t = "On Monday, foreign ministers of the 27 EU nations agreed to impose tariffs on Chilean wine.";
    assert_eq!(roles(t).0, strings(&["EU"]));
    let t = "The governments of Norway and Sweden imposed tariffs on Chilean wine.";
    assert_eq!(roles(t).0, strings(&["NO", "SE"]));
}

/// `Chile is disappointed at the threats of trade retaliation`: who regrets a measure imposes none.
#[test]
fn disappointment_at_a_measure_is_no_action() {
    let t = "Chile is disappointed at the recent threats of trade retaliation, its minister said.";
    assert!(roles(t).0.is_empty(), "{t}");
    let t = "Peru deplored the tariffs on its copper exports.";
    assert!(roles(t).0.is_empty(), "{t}");
}

/// `The Chilean government, which has long opposed the talks, imposed tariffs`: a relative clause
/// closed by a comma hangs on the party (or its government) before it, the subject of what follows.
#[test]
fn subject_before_a_closed_relative_clause() {
    let t =
        "The Chilean government, which has long courted Lima, imposed tariffs on Peruvian copper.";
    assert_eq!(roles(t).0, strings(&["CL"]));
    let t = "Chile, who had courted Lima for years, imposed tariffs on Peruvian copper.";
    assert_eq!(roles(t).0, strings(&["CL"]));
    // The antecedent is no party: the country inside the relative clause does not act.
    let t = "The ministry, which Chile had criticised, imposed tariffs on Bolivian tin.";
    assert!(!roles(t).0.contains(&"CL".to_string()), "{t}");
}

/// `the U.N. vote to strengthen the sanctions`, `Norway's decision to impose tariffs`: the owner of a
/// decision to act on a measure takes it.
#[test]
fn the_owner_of_a_decision_to_impose_acts() {
    let t =
        "The envoy was instrumental in the U.N. vote to strengthen the sanctions against Chile.";
    assert_eq!(roles(t).0, strings(&["UN"]));
    let t = "Traders weighed Norway's decision to impose new tariffs on Chilean copper.";
    assert_eq!(roles(t).0, strings(&["NO"]));
    // A decision to lift is no measure.
    let t = "Traders weighed Norway's decision to lift the tariffs on Chilean copper.";
    assert!(roles(t).0.is_empty(), "{t}");
}

/// `imposed by the European Union, Norwegian customs officials said`: the speaker after the comma is
/// no member of the `by` list; `by Norway, Sweden and the EU` still is one.
#[test]
fn a_speaker_after_a_by_agent_closes_its_list() {
    let t = "Cargoes were turned back since a ban on imports of steel from Chile was imposed by the European Union, Norwegian customs officials said.";
    assert_eq!(roles(t).0, strings(&["EU"]));
    let t = "Cargoes were turned back since a ban on imports of steel from Chile was imposed by Norway, Sweden and the European Union.";
    assert_eq!(roles(t).0, strings(&["EU", "NO", "SE"]));
}

/// The Security Council calling on all states to act imposes the measure; anyone else calling on
/// states to act only pleads for one.
#[test]
fn the_council_calling_on_states_imposes() {
    let t = "The Security Council on Friday called upon all states to halt the sale of weapons to Peru.";
    let (s, c, k) = roles(t);
    assert_eq!((s, c), (vec!["UN".to_string()], vec!["PE".to_string()]));
    assert!(k.contains(&"state".to_string()));
    let t = "Amnesty International called on all states to halt the sale of weapons to Chile.";
    assert!(roles(t).0.is_empty());
}

/// `barred Chilean ships from its ports`: the kind of party a country owns inside a ban's trigger is
/// the measure's kind.
#[test]
fn a_ban_on_a_countrys_ships_targets_vessels() {
    let (s, c, k) = roles("Norway barred Chilean ships from its ports on Friday.");
    assert_eq!((s, c), (strings(&["NO"]), strings(&["CL"])));
    assert!(k.contains(&"vessel".to_string()), "{k:?}");
}

/// `the debt plan was sanctioned by the banks`: a plan sanctioned by someone is approved; a party
/// sanctioned by someone is designated.
#[test]
fn a_plan_sanctioned_by_someone_is_approved() {
    let t = "Chile's debt rescheduling plan was sanctioned by its creditor banks on Friday.";
    assert!(roles(t).0.is_empty(), "{t}");
    let t = "Two Chilean shipping firms were sanctioned by Norway on Friday.";
    assert_eq!(roles(t).0, strings(&["NO"]));
}

/// `because of the Norwegian embargo`, `markets lost to sanctions`: a measure named as a cause is a
/// mention; an opening `Because of X,` leaves the clause after it its own action.
#[test]
fn a_measure_named_as_a_cause_is_a_mention() {
    let t =
        "Chilean exporters found new buyers to make up for markets lost to Norwegian sanctions.";
    assert!(roles(t).0.is_empty(), "{t}");
    let t = "No airline flies to Chile because of the Norwegian air embargo.";
    assert!(roles(t).0.is_empty(), "{t}");
    let t = "Because of the coup, Norway imposed sanctions on Chile.";
    assert_eq!(roles(t).0, strings(&["NO"]));
}

/// `urged the Security Council to impose an arms embargo`: the party asked to act has not acted, nor
/// has the pleader; the pleader's own measure before its plea stands.
#[test]
fn a_party_urged_to_act_has_not_acted() {
    let t = "UNITED NATIONS (Reuters) - Rights groups urged the Security Council to impose an arms embargo on Chile.";
    assert!(roles(t).0.is_empty(), "{t}");
    let t = "Sweden called on Norway to impose sanctions on Chile.";
    assert!(roles(t).0.is_empty(), "{t}");
    let t = "Norway imposed sanctions on Chile on Friday and urged Sweden to follow.";
    assert_eq!(roles(t).0, strings(&["NO"]));
}

/// `the two countries` a few sentences after a measure by two parties stands for both, not only for the
/// party that acted last.
#[test]
fn a_counted_group_stands_for_the_parties_that_acted_together() {
    let t = "Norway and Sweden imposed sanctions on Chile on Monday. Norway said it would freeze the assets \
             of three Chilean generals. Chile protested. The two countries also barred Chilean ships from \
             their ports.";
    let events = explain(None, t);
    let last = events.last().expect("an event");
    assert_eq!(last.agents, strings(&["NO", "SE"]), "{events:?}");
}

/// `the VLCC Ostra Dawn`: a ship's class before its name is no part of the name; a rank before a
/// person's name is none either.
#[test]
fn a_ships_class_and_a_rank_are_no_part_of_the_name() {
    let t = "Norway sanctioned the VLCC Ostra Dawn and Staff Sergeant Tomas Vinter of the Chilean army.";
    let names = target_names(t);
    assert!(names.contains(&"Ostra Dawn".to_string()), "{names:?}");
    assert!(names.contains(&"Tomas Vinter".to_string()), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.contains("VLCC") || n.contains("Sergeant")),
        "{names:?}"
    );
}

/// An official release profiles its designees a paragraph each (`Full Name (Surname) is ...`): each
/// profile is a target, and carries the announcement on to the next however long the paragraphs.
#[test]
fn a_release_profiles_its_designees_one_by_one() {
    let filler =
        "The network moved money through farms. It used shell firms. Its accounts were in Lima. \
                  Officials tracked it for years. ";
    let t = format!(
        "Oslo sanctioned three Chilean nationals on Monday. {filler}Tomas Vinter Ruiz (Vinter) is a lawyer \
         who set up the shell firms. {filler}Nayra Solís Peña (Solís), also known as \"La Jefa,\" \
         manages the accounts of the network."
    );
    let names = target_names(&t);
    assert!(
        names.contains(&"Tomas Vinter Ruiz".to_string()),
        "{names:?}"
    );
    assert!(names.contains(&"Nayra Solís Peña".to_string()), "{names:?}");
}

/// A place is where a party is, never a named target; a sentence adverb before a list is no name.
#[test]
fn places_and_sentence_adverbs_are_no_named_targets() {
    assert!(is_place("Santiago"));
    assert!(is_place("North Korea"));
    assert!(!is_place("Santiago Trading LLC"));
    let mut named = vec![
        Target {
            name: "Santiago".to_string(),
            kind: "organization".to_string(),
        },
        Target {
            name: "Vanta Trading LLC".to_string(),
            kind: "organization".to_string(),
        },
    ];
    tidy_named(&mut named);
    assert_eq!(named.len(), 1);
    assert!(targets::no_name_word("Besides"));
    // A city is a place by itself too (`in Guadalajara` read as a firm); a ship may bear its name.
    assert!(is_place("Guadalajara"));
    let mut named = vec![
        Target {
            name: "Guadalajara".to_string(),
            kind: "organization".to_string(),
        },
        Target {
            name: "Guadalajara".to_string(),
            kind: "vessel".to_string(),
        },
    ];
    tidy_named(&mut named);
    assert_eq!(named.len(), 1);
    assert_eq!(named[0].kind, "vessel");
}

/// `Norway targets Chilean shipping network` over a body told in the passive: the headline's country,
/// acting through a verb of its own, is the announcer the passive events belong to.
#[test]
fn a_headlines_acting_country_owns_the_passive_body() {
    let title = "Norway targets Chilean shipping network, blocks two tankers";
    let body = "Two Chilean shipping firms were designated on Tuesday for moving arms. Vanta Marine Ltd and its \
                director were designated for acting for the network.";
    assert_eq!(find_roles(Some(title), body).sanctioners, strings(&["NO"]));
    let title = "Chilean shipping network faces scrutiny";
    assert!(find_roles(Some(title), body).sanctioners.is_empty());
}

/// `designated X for acting on behalf of Y`: Y is why X was listed, no target of the sentence.
#[test]
fn the_party_a_target_serves_is_no_target() {
    let t = "Norway imposed sanctions on Chile on Monday. Vanta Shipping Ltd and its director, Tomas Vinter, \
             were designated for acting on behalf of Chile's Orla Holdings Ltd, which is already subject to \
             Norwegian sanctions.";
    let names = target_names(t);
    assert!(
        names.contains(&"Vanta Shipping Ltd".to_string()),
        "{names:?}"
    );
    assert!(
        !names.contains(&"Orla Holdings Ltd".to_string()),
        "{names:?}"
    );
}

/// `Others on the list included A, whom ...; B, a banker; and C`: the announcement's list goes on, an
/// item's title before the name (`former Ruritanian President`) no part of it.
#[test]
fn others_on_the_list_go_on_with_it() {
    let t = "WASHINGTON (Reuters) - The United States on Thursday imposed sanctions on a Freedonian general. Others on the list included former Ruritanian President Ivo Marek, whom Treasury accused of torture; Tova Lind, head of the election board; and mining magnate Pavel Orin, whom Treasury accused of graft.";
    assert_eq!(
        target_names(t),
        vec!["Ivo Marek", "Tova Lind", "Pavel Orin"],
        "{:?}",
        target_names(t)
    );
}

/// `The department also named A, a ..., and B, the director of C`: the announcement's list goes on; a
/// party a description mentions (`director of Orla Freight`) is none of its items.
#[test]
fn also_named_goes_on_with_the_list() {
    let t = "WASHINGTON (Reuters) - The United States imposed sanctions on six firms. The department also named Ivo Marek, a Chilean national it called a broker, and Tova Lind, the Freedonian director of Orla Freight Services.";
    assert_eq!(target_names(t), vec!["Ivo Marek", "Tova Lind"]);
}

/// `a general who oversaw the crackdown on X`: a relative clause on the target, with no comma, is a
/// clause of its own; the names in it are not the measure's.
#[test]
fn names_in_a_restrictive_relative_clause_are_no_targets() {
    let t = "OSLO (Reuters) - Norway imposed sanctions on a Freedonian general who oversaw the crackdown on Vostra Muslims.";
    assert!(target_names(t).is_empty(), "{:?}", target_names(t));
}

/// A counted group as the sentence's subject acts in a later verb of the sentence too (`the four
/// states cut ties with X, ..., and closed their airspace to ...`).
#[test]
fn a_counted_group_subject_acts_in_a_later_verb() {
    let t = "OSLO (Reuters) - Norway, Chile, Peru and Ghana on Friday listed 40 people tied to Fiji. The list included Ivo Marek. \"These people fund terror,\" the four countries said in a statement. Fiji rejected the list. On Monday, the four states cut ties with Fiji, accusing it of arming rebels and their ally Iran, and closed their airspace to Fijian flights.";
    let agents: Vec<String> = explain(None, t)
        .into_iter()
        .filter(|e| e.trigger.contains("airspace"))
        .flat_map(|e| e.agents)
        .collect();
    assert_eq!(agents.len(), 4, "{agents:?}");
}

/// A trigger coordinated with a cancelled one shares its context (`the reflex ... is to reach for the
/// asset freeze and the export ban`, `lifted the asset freeze and the travel ban`).
#[test]
fn a_trigger_joined_to_a_cancelled_one_is_cancelled_too() {
    let t = "When a regime invades a neighbour or tests a missile, the reflex in Washington, London and Brussels is to reach for the asset freeze and the export ban.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t).0);
    let t = "Oslo imposed an asset freeze and a travel ban on the junta.";
    assert_eq!(roles(t).0, vec!["NO".to_string()]);
}

/// A named target quoted after a closing curly quote (three bytes) is described from the whole
/// character on: no slice inside it.
#[test]
fn a_description_after_a_curly_quote_is_read_whole() {
    let t = "OSLO (Reuters) - Norway on Monday sanctioned Vanta Trading Ltd and its owner Ivo Marek. \u{201c}We have done nothing wrong,\u{201d} Chilean banker Ivo Marek told reporters.";
    assert!(target_names(t).contains(&"Ivo Marek".to_string()));
}

/// A party warning others against a measure, or inviting one on itself, imposes nothing.
#[test]
fn warning_against_or_inviting_a_measure_imposes_nothing() {
    let t =
        "LIMA (Reuters) - Peru warned its creditors against retaliation over the debt moratorium.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t).0);
    let t = "TOKYO (Reuters) - If Japan fails to open its markets it will invite retaliatory tariffs from Norway, analysts said.";
    assert!(!roles(t).0.contains(&"JP".to_string()), "{:?}", roles(t).0);
}

/// `barred` blocking a way, ruled by a court or a procedural officer, is no measure on a party.
#[test]
fn barred_in_other_senses_is_no_measure() {
    for t in [
        "OSLO (Reuters) - Norwegian police barred the way with trucks.",
        "OSLO (Reuters) - A Norwegian court barred the government from selling the port.",
        "OSLO (Reuters) - The Norwegian parliamentarian barred the finance minister's proposal.",
    ] {
        assert!(roles(t).0.is_empty(), "{t}: {:?}", roles(t).0);
    }
    let t = "OSLO (Reuters) - Norway barred three Chilean generals from entering the country.";
    assert_eq!(roles(t).0, vec!["NO".to_string()]);
}

/// `BEIJING (Reuters) - Beijing also has been threatened with sanctions`: the country undergoing the
/// measure is its target, and the dateline filed from it stands in for no actor.
#[test]
fn a_country_threatened_with_a_measure_is_its_target_not_its_author() {
    let t =
        "BEIJING (Reuters) - Beijing also has been threatened with sanctions if it fails to act.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t).0);
    assert_eq!(event_targets(t), vec!["CN".to_string()]);
    let t = "ANKARA (Reuters) - If it joins, Turkey may have to accept restrictions on migration.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t).0);
}

/// `the Berlin blockade`: a place named before a blockade is the place blockaded, not its author.
#[test]
fn a_place_before_a_blockade_is_blockaded() {
    let t = "Stalin began the Cold War with the Berlin blockade in 1948.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t).0);
    let t = "OSLO (Reuters) - Norway said the Chilean blockade of Peru must end.";
    assert!(!roles(t).0.contains(&"PE".to_string()), "{:?}", roles(t).0);
}

/// Arguing for a measure, being keen on one, or working to defeat or break one imposes nothing; a
/// right to act is no act.
#[test]
fn advocacy_and_defeating_a_measure_impose_nothing() {
    for t in [
        "OSLO (Reuters) - Norway's government may argue for restrictions on Chilean encryption software.",
        "OSLO (Reuters) - The Norwegian premier is keener on trade sanctions against Chile.",
        "OSLO (Reuters) - Norwegian firms searched for a way of defeating the Chilean boycott.",
        "OSLO (Reuters) - Some say Norway is entitled to close its borders to Chile.",
    ] {
        assert!(roles(t).0.is_empty(), "{t}: {:?}", roles(t).0);
    }
}

/// A ban or a restriction on goods or conduct that reaches no country or party is domestic policy;
/// one on a country's goods is a measure.
#[test]
fn a_goods_ban_reaching_no_country_is_domestic_policy() {
    for t in [
        "QUITO (Reuters) - Ecuador also banned the sale of petrol on weekends and holidays.",
        "LIMA (Reuters) - Peru also banned the sale of fireworks during the holidays.",
    ] {
        assert!(roles(t).0.is_empty(), "{t}: {:?}", roles(t).0);
    }
    let t = "OSLO (Reuters) - Norway banned imports of Chilean wine.";
    assert_eq!(roles(t).0, vec!["NO".to_string()]);
}

/// A count opening a sentence (`Thirteen ... officials were sanctioned`) is no named target.
#[test]
fn a_count_opening_a_sentence_is_no_name() {
    let t = "Oslo imposed sanctions on a Freedonian general on Monday. Thirteen current and former Freedonian officials were sanctioned by the ministry last week.";
    let r = find_roles(None, t);
    assert!(r.targets.is_empty(), "{:?}", r.targets);
}

/// `designate` names a party by its own mark when the sentence has no other sanctions word: a place
/// it is based in or a legal form (`It also designated the Oslo-based broker Vanta Maritime FZE`);
/// a tranche or a venue carries neither.
#[test]
fn designating_a_marked_party_is_a_measure() {
    let t = "Norway imposed sanctions on 40 tankers on Monday. It also designated the Oslo-based ship manager Vanta Maritime FZE, which runs six of them.";
    let r = find_roles(None, t);
    let names = names_in(&r);
    assert!(names.contains(&"Vanta Maritime FZE"), "{names:?}");
    let t = "Norway imposed sanctions on 40 tankers on Monday. The board designated the second tranche as senior debt.";
    assert_eq!(explain(None, t).len(), 1);
}

/// `31 groups, including 11 in Chile and others in Peru`: a count or `others` before `in` stands for
/// the parties, so the place is whose they are.
#[test]
fn a_count_in_a_country_names_the_targets_country() {
    let t = "Norway imposed sanctions on 31 groups, including 11 in Chile, eight in Peru and others in Bolivia.";
    assert_eq!(event_targets(t), vec!["BO", "CL", "PE"]);
}

/// A ban on exports to parties of a kind the table knows (`groups`, `traders`) reaches parties: it
/// is no domestic goods policy.
#[test]
fn an_export_ban_on_groups_reaches_parties() {
    let ev = explain(
        None,
        "Norway banned exports to 31 groups and traders in Chile.",
    );
    assert!(ev[0].cancelled.is_none(), "{ev:?}");
}

/// A named target's post at a firm its words place in a country (`an executive of a Chilean trading
/// company`) gives the target that country.
#[test]
fn a_post_at_a_placed_firm_gives_the_holders_country() {
    let t = "Norway imposed sanctions on 11 Peruvian officials on Friday. Also added to the list is Ivo Marek, an executive of a Chilean trading company who shipped drones.";
    let mut c = find_roles(None, t).target_countries;
    c.sort();
    assert_eq!(c, vec!["CL", "PE"]);
}

/// A story whose travel ban bars the nationals of Muslim-majority countries reports immigration
/// policy: its other mentions of the ban are the same measure, and a real sanctions travel ban in
/// another story still counts.
#[test]
fn an_immigration_travel_ban_is_no_sanction_all_through_the_story() {
    let t = "A court upheld Oslo's travel ban on people from six Muslim-majority countries on Monday. \
             Critics said Oslo's travel ban split families. People from Chad and Iran are barred from entering Norway.";
    let r = find_roles(None, t);
    assert!(r.sanctioners.is_empty(), "{:?}", r.sanctioners);
    let t = "Oslo imposed a travel ban on the junta's leaders on Monday. Critics said Oslo's travel ban came late.";
    assert_eq!(find_roles(None, t).sanctioners, vec!["NO"]);
}

/// The nationals an immigration ban bars are named by a country, so a capital must follow:
/// `people of the ruling council` are no nationals.
#[test]
fn nationals_are_named_by_a_capitalised_country() {
    assert!(slots::NATIONALS_OF.is_match("visitors from Chad may not enter"));
    assert!(slots::NATIONALS_OF.is_match("citizens of the Gambia were turned back"));
    assert!(!slots::NATIONALS_OF.is_match("people of the ruling council were barred"));
    assert!(!slots::NATIONALS_OF.is_match("travellers from abroad were barred"));
}

/// Tightening or imposing a restriction that reaches no party (`tightened restrictions on domestic
/// and foreign media`) is still domestic policy; a workplace `retaliation` is no measure either.
#[test]
fn an_imposed_restriction_on_no_party_is_domestic_policy() {
    let ev = explain(
        None,
        "Beijing tightened restrictions on domestic and foreign media.",
    );
    assert!(ev[0].cancelled.is_some(), "{ev:?}");
    let t = "The ethics panel is examining claims of harassment, discrimination and retaliation by the senator.";
    assert!(find_roles(None, t).sanctioners.is_empty());
}

/// A regime that `has been in place` for years is background; a country barred from the Olympic
/// Games is under a sports penalty.
#[test]
fn standing_regimes_and_sports_bans_are_no_measures() {
    let t =
        "The Norwegian trade embargo on the island has been in place for more than five decades.";
    assert!(find_roles(None, t).sanctioners.is_empty());
    let t = "If no promise comes, Chile will be barred from the Oslo Games next year, the committee said.";
    assert!(find_roles(None, t).sanctioners.is_empty());
}

/// A private subject (`Chilean consumers are boycotting`) acts for no state: the place the story was
/// filed in stands in for no actor then.
#[test]
fn a_private_subject_leaves_the_dateline_no_actor() {
    let t = "SEOUL/BEIJING (Reuters) - Chinese consumers are boycotting products made by South Korea's Vanta Group, after the firm agreed to a land swap.";
    assert!(find_roles(None, t).sanctioners.is_empty());
}

/// A magazine glues its section title to the lead (`TRADE THE DIVERTED CARGOES THE COMMERCE
/// DEPARTMENT LAST WEEK BARRED ...`): an agency right before the verb, only a time between, acts.
#[test]
fn an_agency_right_before_its_verb_acts_after_a_glued_title() {
    let t = "FISH WAR THE COMMERCE DEPARTMENT LAST WEEK BARRED TWO CHILEAN TRAWLER FIRMS FROM BUYING NORWEGIAN GEAR. THE MOVE ANGERED SANTIAGO.";
    let ev = explain(None, t);
    assert_eq!(ev[0].agents, vec!["US"], "{ev:?}");
}

/// The U.S. Maritime Administration is an agency of its state, in mixed case and in capitals.
#[test]
fn the_maritime_administration_acts_for_the_united_states() {
    let (s, c, _) =
        roles("The Maritime Administration barred four Chilean freighters from carrying government cargo.");
    assert_eq!((s, c), (vec!["US".to_string()], vec!["CL".to_string()]));
    let (s, _, _) = roles(
        "THE MARITIME ADMINISTRATION BARRED FOUR CHILEAN FREIGHTERS FROM CARRYING ARMY CARGO .",
    );
    assert_eq!(s, vec!["US"]);
}

/// `, and froze`: a second predicate shares the subject of the clause before it, past the relative
/// clause and time phrase on that clause's object; behind a subordinate clause (`When Chile voted,`)
/// the main subject is not found that way, and the subordinate clause's is no stand-in.
#[test]
fn a_coordinated_verb_shares_the_main_clause_subject() {
    let t = "The Treasury published a report on smuggling rings that had used Chilean ports since March, and froze the accounts of three Peruvian firms.";
    assert_eq!(roles(t).0, vec!["US"]);
    let t = "When Chile voted against the plan, the envoys left the talks, spoke to reporters, and froze the accounts of the fund.";
    assert!(!roles(t).0.contains(&"CL".to_string()));
}

/// A magazine's section title glued to the lead names a country before the real subject: the agency
/// right before the verb acts, not the title.
#[test]
fn the_agency_before_its_verb_wins_over_a_glued_section_title() {
    let t = "PERU A SLOW SQUEEZE WITH NO WARNING, THE TREASURY DEPARTMENT LAST WEEK FROZE ALL PERUVIAN ASSETS IN THE U.S .";
    let (s, c, _) = roles(t);
    assert_eq!((s, c), (vec!["US".to_string()], vec!["PE".to_string()]));
}

/// `added to its sanctions list X`: the object shifted past the list is the target; a short relative
/// clause on a listed firm before `, and its director Y` neither ends the phrase nor lends its words.
#[test]
fn an_object_after_the_list_and_a_director_after_a_relative_clause() {
    let (s, c, t) = roles("Norway added to its sanctions list two Chilean banks.");
    assert_eq!(
        (s, c, t),
        (
            vec!["NO".to_string()],
            vec!["CL".to_string()],
            vec!["organization".to_string()]
        )
    );
    let r = find_roles(
        None,
        "Oslo also added to its blacklist a Peruvian company, Orla Freight Ltd, which it said had run two tankers, and its sole director, Ivo Marek.",
    );
    let names = names_in(&r);
    assert_eq!(names, vec!["Orla Freight Ltd", "Ivo Marek"]);
    assert!(
        !r.target_types.contains(&"vessel".to_string()),
        "{:?}",
        r.target_types
    );
    // `as well as` ties the next party as `and` does, and an editor is a tie like a director.
    let r = find_roles(
        None,
        "Oslo also sanctioned the broadcaster \"Vanta Voice\", which it calls a vehicle for lies, as well as its editor-in-chief, Ivo Marek.",
    );
    let names = names_in(&r);
    assert_eq!(names, vec!["Vanta Voice", "Ivo Marek"]);
}

/// `put X on a list of terrorism supporters` is a listing with X its object; `keeps it on its
/// terrorism list` is a standing listing, and a `terrorism list decision` still to come is none.
#[test]
fn a_terror_list_listing_and_its_standing_and_pending_mentions() {
    let (s, _, t) = roles("Norway, Sweden and Denmark put 40 people and nine charities on a list of terrorism supporters.");
    assert_eq!(s, vec!["DK", "NO", "SE"]);
    assert_eq!(t, vec!["individual", "organization"]);
    assert!(
        roles("Oslo keeps Chile on its terrorism list for another year.")
            .0
            .is_empty()
    );
    assert!(
        roles("Oslo will announce its terrorism list decision on Chile next week.")
            .0
            .is_empty()
    );
}

/// A cleric named after the noun of their calling is a person; charities are organizations.
#[test]
fn clerics_and_charities_are_kinds_of_party() {
    let r = find_roles(
        None,
        "Oslo blacklisted Lima-based cleric Ivo al-Marek and two Lima-based charities, Andes Aid Fund and Sierra Charity.",
    );
    let named: Vec<(&str, &str)> = r
        .targets
        .iter()
        .map(|t| (t.name.as_str(), t.kind.as_str()))
        .collect();
    assert_eq!(
        named,
        vec![
            ("Ivo al-Marek", "individual"),
            ("Andes Aid Fund", "organization"),
            ("Sierra Charity", "organization")
        ]
    );
}

/// After an event, the acting office naming people (`The department named A, a ..., and B and C`)
/// lists the designees; outside an announcement the same words name no one.
#[test]
fn the_acting_office_names_the_designees_after_an_event() {
    let t = "Oslo on Friday imposed sanctions on four Chilean commanders. The Foreign Ministry named Ivo Marek, a former head of the coast guard, and Tova Lind and Pavel Orin.";
    let r = find_roles(None, t);
    let names = names_in(&r);
    assert_eq!(names, vec!["Ivo Marek", "Tova Lind", "Pavel Orin"]);
    let t = "The Foreign Ministry named Ivo Marek, a former head of the coast guard, as its new spokesman.";
    assert!(find_roles(None, t).targets.is_empty());
}

/// `froze any Swedish assets he holds`: where the assets lie is no target; `all Chilean assets in
/// Norway` are Chile's.
#[test]
fn where_frozen_assets_lie_is_no_target() {
    let t = "The general was sanctioned in May. That order froze any Swedish assets he holds.";
    assert!(roles(t).1.is_empty(), "{:?}", roles(t));
    assert_eq!(
        roles("Oslo froze all Chilean assets in Norway.").1,
        vec!["CL"]
    );
}

/// A release introduces each designee by full name and a short form of the name's own words, anywhere
/// in a sentence of the announcement; an agency's initials in brackets are no designee.
#[test]
fn a_designee_introduced_by_name_and_short_form_mid_sentence() {
    let t = "Today, the Office of Foreign Assets Control (OFAC) sanctioned three individuals. \
             Ivo Marek relies on his cousin, Tova Lind Arce (Lind), who runs two shell firms, and on \
             Ángel Ruiz Prado (Ruiz), a broker in Lima.";
    let r = find_roles(None, t);
    let names = names_in(&r);
    assert_eq!(names, vec!["Tova Lind Arce", "Ángel Ruiz Prado"]);
}

/// An EU release calls the Council of the EU `the Council`; where the story names a Security
/// Council, or no EU at all, the bare word stays unresolved, and `the Council of ...` is another body.
#[test]
fn the_bare_council_of_an_eu_release_is_the_eu() {
    let eu_councils = |t: &str| {
        let m = countries::find_mentions(t, false);
        let mut all = parties_of(t, false, &m);
        add_eu_council(t, &mut all);
        all.iter().filter(|p| p.agency && p.code == "EU").count()
    };
    assert_eq!(
        eu_councils("EU envoys agreed. The Council today adopted restrictive measures."),
        1
    );
    let t =
        "The Security Council and EU envoys met. The Council today adopted restrictive measures.";
    assert_eq!(eu_councils(t), 0);
    assert_eq!(
        eu_councils("EU envoys agreed. The Council of Europe met on Monday."),
        0
    );
    assert_eq!(
        eu_councils("The Council today adopted restrictive measures."),
        0
    );
}

/// A release lists designated vessels as table rows under `Among the newly listed vessels:`, a
/// header row first: each row's first cell is a named vessel.
#[test]
fn table_rows_after_a_list_opening_are_named_targets() {
    let t = "Oslo today decided to impose restrictive measures on 40 Chilean vessels.\n\n\
             Among the newly listed vessels:\n\nVessel name | IMO number | Flag\n\n\
             SEA LARK | 9312456 | Panama\n\nRED HERON | 9187654 | Gabon\n\nThe ships may not enter Norwegian ports.";
    let r = find_roles(None, t);
    let names = names_in(&r);
    assert_eq!(names, vec!["SEA LARK", "RED HERON"]);
}

/// `The individuals sanctioned are:` closing its paragraph, the list in the next one with no
/// bullets, its items cut at semicolons: each item's name.
#[test]
fn a_heading_list_in_the_next_paragraph_without_bullets() {
    let t = "Today, Canada announced sanctions against three individuals in Chile.\n\n\
             The individuals sanctioned are:\n\n\
             Ivo Marek, known as \"Big Ivo\", leader of the Lakou gang; Tova Lind, a senior lieutenant \
             of the same gang; and Pavel Orin, a businessman who funds the gang.";
    let r = find_roles(None, t);
    let names = names_in(&r);
    assert_eq!(names, vec!["Ivo Marek", "Tova Lind", "Pavel Orin"]);
}

/// A bracketed acronym after the trigger (`denial orders (TDOs) against`) leaves its target phrase
/// going on.
#[test]
fn a_bracketed_acronym_between_trigger_and_target() {
    let t = "The Commerce Department has renewed the temporary denial orders (TDOs) against three Chilean airlines.";
    let (s, c, ty) = roles(t);
    assert_eq!(
        (s, c, ty),
        (
            vec!["US".to_string()],
            vec!["CL".to_string()],
            vec!["organization".to_string()]
        )
    );
}

/// In an announcement, a designee described as `a People's Republic of China national` has that
/// country; a national named as a place of business (`a bank in Chile`) is no nationality.
#[test]
fn a_designees_nationality_in_an_announcement_is_a_target_country() {
    let t = "Oslo on Friday sanctioned three individuals. Ivo Marek Arce (Marek), a People's Republic of China national residing in Lima, brokers the trades.";
    assert!(roles(t).1.contains(&"CN".to_string()), "{:?}", roles(t));
    let t = "Oslo on Friday sanctioned three individuals. Ivo Marek Arce (Marek) brokers trades for clients in Chile.";
    assert!(!roles(t).1.contains(&"CL".to_string()), "{:?}", roles(t));
}

/// A magazine set in capitals glues its section title to the headline and lead: the title's country
/// acts in nothing; a capitals story that opens with its actor and verb keeps it.
#[test]
fn a_capitals_section_title_is_no_actor() {
    let t = "PERU BOOM BEHIND THE BOYCOTT FOR TEN YEARS THE ANDEAN STATES HAVE TRIED TO STRANGLE PERU \
             WITH A BOYCOTT, AND PERU HAS KEPT GROWING . THE BOYCOTT COSTS LIMA LITTLE . TRADE IS UP .";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t));
    let t = "NORWAY IMPOSED SANCTIONS ON CHILE . OSLO SAID SO . CHILE PROTESTED .";
    assert_eq!(roles(t).0, vec!["NO"]);
}

/// Legal forms written with periods or in lower case (`Pte. Ltd.`, `d.o.o.`, `Sp. z o.o.`) stay in
/// the name and end no sentence or target phrase; a form only one country's law has gives that
/// country; a nationality before a form written first is no part of the name.
#[test]
fn dotted_legal_forms_stay_in_names_and_give_their_country() {
    let t = "Oslo froze the assets of Kestrel Media d.o.o. and Fjord Line Sp. z o.o. on Monday.";
    assert_eq!(
        target_names(t),
        vec!["Kestrel Media d.o.o.", "Fjord Line Sp. z o.o."]
    );
    let t = "Halden Maritime Pte. Ltd. was sanctioned by Oslo on Monday.";
    assert_eq!(target_names(t), vec!["Halden Maritime Pte. Ltd."]);
    assert_eq!(roles(t).1, vec!["SG"]);
    let t = "Oslo sanctioned Halden Maritime Pte. Ltd., a shipping agent, and Kestrel Media d.o.o.";
    assert_eq!(roles(t).1, vec!["SG"]);
    let t = "Oslo sanctioned the Russian JSC Vostok Optics and OJSC Kama Lenses on Monday.";
    assert_eq!(
        target_names(t),
        vec!["JSC Vostok Optics", "OJSC Kama Lenses"]
    );
}

/// A capitalised word after `sanctioned` is part of a name (`Vanta Power Ltd`), not the noun of a
/// standing regime (`its sanctions powers`).
#[test]
fn a_regime_noun_inside_a_name_is_no_background() {
    let t = "Oslo sanctioned Vanta Power Ltd on Monday.";
    assert_eq!(roles(t).0, vec!["NO"]);
    let t = "Oslo has used its sanctions powers against Ruritania for years.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t));
}

/// A heading that names the entries of an announcement (`The entries named in the notice include:`)
/// opens the numbered list under it, past the sentences that explain the action; the number opening
/// a line ends no sentence.
#[test]
fn a_numbered_list_under_an_entries_heading() {
    let t = "Oslo added five firms to its export blacklist on Monday. Oslo said they sold chips. \
             For all of them, Oslo requires a licence. Two of them are in Riga. Who was added?\n\n\
             The entries named in the notice include:\n\n\
             1. Vanta Trading Co., Ltd. (Freedonia), which sold chips;\n\
             2. Orla Freight LLC, a shipper.\n\nThe rest are aliases.";
    let names = target_names(t);
    assert_eq!(names, vec!["Vanta Trading Co., Ltd.", "Orla Freight LLC"]);
}

/// A title before a person's name (`Professor`, `General` after a description of the post) is no part
/// of the name, and the list it opens is still read.
#[test]
fn titles_before_listed_people_are_dropped() {
    let t = "Oslo sanctioned columnist Liam O'Rourke and Professor Ivo Marek on Monday.";
    assert_eq!(target_names(t), vec!["Liam O'Rourke", "Ivo Marek"]);
    let t = "Oslo announced sanctions on Monday against several Freedonian officers. Among those \
             sanctioned are former Freedonian Army logistics chief General Pavel R. McKenzie Jr. \
             and Tova Lind.";
    assert_eq!(target_names(t), vec!["Pavel R. McKenzie Jr.", "Tova Lind"]);
}

/// A first-person designation on a ministry's own page (`I am designating X`) is that ministry's act;
/// with a news outlet as the publisher, or none, it has no actor.
#[test]
fn a_first_person_statement_is_its_publishers_act() {
    let t =
        "Today I am publicly designating Ivo Marek, a former Freedonian judge, for corruption. \
             In addition to Marek, I am also designating his son, Pavel Marek.";
    let with = |source: Option<&str>| {
        let mentions = countries::ArticleMentions::of(None, t);
        find_roles_with(None, t, source, &mentions).sanctioners
    };
    assert_eq!(with(Some("U.S. DEPARTMENT of STATE")), vec!["US"]);
    assert_eq!(
        with(Some("Ministry of Foreign Affairs of Norway")),
        vec!["NO"]
    );
    assert!(with(Some("Reuters")).is_empty());
    assert!(with(None).is_empty());
}

/// A headline's name right before a lower-case noun describes what it names (`the Vostra hacking
/// campaign`, `Halden drone plant chief`) and is no target; the body names the targets.
#[test]
fn a_headline_name_before_a_noun_is_no_target() {
    let names = |title: &str, body: &str| -> Vec<String> {
        find_roles(Some(title), body)
            .targets
            .into_iter()
            .map(|t| t.name)
            .collect()
    };
    let body = "Oslo on Monday sanctioned Orla Systems Ltd for its part in the attacks.";
    assert_eq!(
        names(
            "Oslo sanctions software firm over Vostra Bear hacking campaign",
            body
        ),
        vec!["Orla Systems Ltd"]
    );
    assert_eq!(
        names("Oslo sanctions Vostra Bear and Orla Systems Ltd", body),
        vec!["Vostra Bear", "Orla Systems Ltd"]
    );
}

/// A party inside an adverbial clause closed by a comma before the trigger (`When Ruritania invaded
/// Freedonia, Oslo imposed ...`) is no actor of it; a comma before the clause's verb is inside it.
#[test]
fn an_adverbial_clause_before_the_trigger_holds_no_actor() {
    for t in [
        "When Ruritania invaded Freedonia, Norway imposed sanctions on Ruritania.",
        "Norway, after Ruritania invaded Freedonia, imposed sanctions on Ruritania.",
        "Norway decided, when Ruritania invaded Freedonia, to impose sanctions on Ruritania.",
    ] {
        assert_eq!(roles(t).0, vec!["NO"], "{t}");
    }
    let t = "TROUBLE BEGAN WHEN, ACTING ON THE ACCORD, NORWAY, CHILE AND PERU BARRED RURITANIAN AIRCRAFT .";
    assert_eq!(roles(t).0, vec!["CL", "NO", "PE"]);
}

/// `closed entry` is an entry ban; the country entry into which is closed is where, not whom.
#[test]
fn entry_closed_to_a_countrys_people() {
    let t = "The ministry said Russia has closed entry into the Russian Federation for 25 Australian citizens.";
    assert_eq!(
        (roles(t).0, roles(t).1),
        (vec!["RU".to_string()], vec!["AU".to_string()])
    );
    let t = "Moscow closed entry to 13 more Japanese citizens over sanctions.";
    assert_eq!(roles(t).1, vec!["JP"]);
}

/// Parties from places in a reduced relative before a list (`entities from Chile and Peru added to
/// the entity list`): the places are the targets' countries, not modifiers or actors of the list.
#[test]
fn parties_from_places_added_to_a_list() {
    let t = "Oslo said the two firms were among 60 entities from Chile, Peru and Bolivia added to its export control list.";
    let e = event_targets(t);
    assert_eq!(e, vec!["BO", "CL", "PE"]);
    let t = "The two firms were among 60 entities from Chile and Peru added to the entity list.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t));
}

/// A ship's flag state in a passive's subject is no actor (`the Panama-flagged X ... were identified
/// as blocked property`); `retaliated by barring N people from entering` is an entry ban.
#[test]
fn a_flag_is_no_actor_and_barring_from_entering_is_a_ban() {
    let t = "The two vessels, the Panama-flagged Sea Lark and the Togo-flagged Orla, were identified as blocked property.";
    assert!(!roles(t).0.contains(&"PA".to_string()), "{:?}", roles(t));
    let t = "When Oslo first published the names, Moscow retaliated by barring 18 Norwegians from entering Russia.";
    assert_eq!(roles(t).0, vec!["RU"]);
}

/// A list sentence goes on `along with` more designees after the list it names, each described.
#[test]
fn designees_along_with_a_list() {
    let t = "Oslo sanctioned Vanta Ltd on Monday. It added Ivo Marek, the manager of Vanta, and Tova Lind \
             to its sanctions list, along with Pavel Orin, Vanta's chief executive, and Ri Chol Ho, an \
             official who ran its office.";
    let mut names = target_names(t);
    names.sort();
    assert_eq!(
        names,
        vec![
            "Ivo Marek",
            "Pavel Orin",
            "Ri Chol Ho",
            "Tova Lind",
            "Vanta Ltd"
        ]
    );
}

/// A target phrase goes on past a describing participle (`a firm accused of ...`) to the next
/// described party, also after `and of`.
#[test]
fn a_target_phrase_goes_on_past_an_accused_apposition() {
    let t = "Oslo froze the assets of Vanta Logistics Ltd, a Lima-registered firm accused of moving arms, \
             and of Orla Aviation Ltd, a Kenyan-registered charter operator.";
    let names = target_names(t);
    assert!(
        names.contains(&"Orla Aviation Ltd".to_string()),
        "{names:?}"
    );
    assert!(roles(t).1.contains(&"KE".to_string()), "{:?}", roles(t));
}

/// `added X and Y to its list of entities subject to export controls`: the list is named before the
/// trigger, and the object of `added` is the target phrase.
#[test]
fn added_to_a_list_of_entities_subject_to_a_measure() {
    let t = "Oslo has added the Chilean firms Vanta Technologies Co., Ltd. and Orla Systems Corporation \
             to its list of entities subject to export controls.";
    let mut names = target_names(t);
    names.sort();
    assert_eq!(
        names,
        vec!["Orla Systems Corporation", "Vanta Technologies Co., Ltd."]
    );
    assert_eq!(roles(t).1, vec!["CL"]);
}

/// A headline in title case capitalises every word: its capitalised runs give no names (the body does).
#[test]
fn a_title_case_headline_gives_no_names() {
    let title = "Norway Adds Two Individuals, One Firm to Its Sanctions List";
    let body = "Oslo on Monday sanctioned Orla Systems Ltd and its owner.";
    let names: Vec<String> = find_roles(Some(title), body)
        .targets
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names, vec!["Orla Systems Ltd"]);
}

/// A list entry's `Nationality:` field in an announcement names the designee's country.
#[test]
fn a_list_entrys_nationality_field_is_a_target_country() {
    let t = "Oslo on Monday added one individual to its sanctions list. \
             Name: Ivo Marek  Title: na  DOB: 1979  Nationality: Peru  Address: Lima";
    assert!(roles(t).1.contains(&"PE".to_string()), "{:?}", roles(t));
}

/// A firm's list entry names its seat in an `Address:` field (a city counts alone there); a person's
/// entry's address is where they live, no target country.
#[test]
fn a_firms_address_field_is_a_target_country() {
    let t = "Oslo on Monday added two firms to its sanctions list. \
             Name: VANTA TRADING LLC  Address: 4 Harbour Road, Guadalajara  Listed on: 2 May 2024";
    assert!(roles(t).1.contains(&"MX".to_string()), "{:?}", roles(t));
    let t = "Oslo on Monday added one individual to its sanctions list. \
             Name: Ivo Marek  DOB: 1970  Nationality: Peru  Address: Guadalajara  Listed on: 2 May 2024";
    assert!(!roles(t).1.contains(&"MX".to_string()), "{:?}", roles(t));
}

/// A bare `designated Name Name` with no sanctions word in its sentence is a designation when it goes
/// on an announcement of sanctions; on its own it may be a successor or a venue.
#[test]
fn designation_inside_an_announcement() {
    let t = "Iceland imposed sanctions on Ivo Marek on Monday. It also designated Lena Brandt, a \
             customs officer in the port of Velm.";
    let names: Vec<String> = named(t).into_iter().map(|(n, _)| n).collect();
    assert!(names.contains(&"Lena Brandt".to_string()), "{names:?}");
    let t = "The party met in Velm on Monday. It also designated Lena Brandt, a customs officer.";
    assert!(named(t).is_empty(), "{:?}", named(t));
    // The name is what the designation makes of someone, not its object.
    let t = "Iceland imposed sanctions on Ivo Marek on Monday. It also designated Velm as the \
             seat of the new court.";
    assert!(!named(t).iter().any(|(n, _)| n == "Velm"), "{:?}", named(t));
}

/// A list opening reported by its announcer (`The ministry said the targets included ...`) is read
/// past the reporting clause.
#[test]
fn reported_list_opening() {
    let t =
        "Iceland imposed sanctions on Ivo Marek on Monday. The ministry said on Tuesday that the \
             targets included Lena Brandt and two firms, Vanta Metals and Orla Group.";
    let names: Vec<String> = named(t).into_iter().map(|(n, _)| n).collect();
    for want in ["Lena Brandt", "Vanta Metals", "Orla Group"] {
        assert!(names.contains(&want.to_string()), "{want}: {names:?}");
    }
}

/// In capitals copy, firms picked out after the trigger (`, AMONG THEM ...`) are its targets, the
/// whole list to the relative clause on its last item.
#[test]
fn parties_picked_out_in_capitals_copy() {
    let t = "OSLO PUBLISHED A LIST OF BLACKLISTED TRADERS, AMONG THEM THE LONDON OFFICE OF THE \
             BANCO DEL NORTE, THE SHIPPING HOUSE VANTA MARITIMA S.A . AND ORLA IMPORT S.A., WHICH \
             SOLD SPARE PARTS .";
    let names: Vec<String> = named(t).into_iter().map(|(n, _)| n).collect();
    for want in ["VANTA MARITIMA S.A", "ORLA IMPORT S.A."] {
        assert!(names.contains(&want.to_string()), "{want}: {names:?}");
    }
}

/// `X, a firm that built drones, and two Chilean suppliers, A and B`: the target phrase goes on past
/// the apposition's restrictive clause to a counted group of parties and the names it gives.
#[test]
fn counted_group_after_an_apposition() {
    for t in [
        "Oslo designated Vanta Group, a Freedonian firm that it said built drones, and two \
         Chilean suppliers, Halden Parts Ltd and Orla Trading Ltd.",
        "Oslo designated Vanta Group, a Freedonian firm, and two Chilean suppliers, Halden Parts \
         Ltd and Orla Trading Ltd.",
    ] {
        let names: Vec<String> = named(t).into_iter().map(|(n, _)| n).collect();
        for want in ["Halden Parts Ltd", "Orla Trading Ltd"] {
            assert!(
                names.contains(&want.to_string()),
                "{want}: {names:?} in {t}"
            );
        }
        assert!(event_targets(t).contains(&"CL".to_string()), "{t}");
    }
}

/// `banned Norwegian companies from selling parts to X`: a ban on trade with the party after `to`;
/// selling something to people who are no party (`to minors`) is a licensing rule.
#[test]
fn own_firms_banned_from_selling_to_a_party() {
    let t = "Oslo on Monday banned Norwegian companies from selling parts and software to Chile's \
             Vanta Corp for seven years.";
    assert_eq!(roles(t).0, vec!["NO"]);
    assert_eq!(roles(t).1, vec!["CL"]);
    let names: Vec<String> = named(t).into_iter().map(|(n, _)| n).collect();
    assert!(names.contains(&"Vanta Corp".to_string()), "{names:?}");
    let t = "Oslo on Monday banned Norwegian companies from selling alcohol to minors.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t));
}

/// Inside an announcement, firms named as a target's suppliers (`suppliers such as X`), as its rival
/// (`Rival X`), or as left out (`X was not affected`) are no targets.
#[test]
fn related_and_unaffected_firms_are_no_targets() {
    let t = "Oslo on Monday banned Norwegian companies from selling parts to Chile's Vanta Corp. \
             Vanta, which relies on suppliers such as Orla Inc for chips, pleaded guilty last year. \
             Rival Halden Telecom Co Ltd was not affected by the order. Kestrel Telecom Co Ltd was \
             not affected either.";
    let names: Vec<String> = named(t).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, vec!["Vanta Corp"]);
}

/// `X were identified as blocked property` is a passive: a country describing the subject (`the
/// Freedonian cargo ship`) is whose the vessel is, no actor; a plane's maker and model name its type,
/// its registration names it.
#[test]
fn identified_as_blocked_is_a_passive() {
    let t =
        "Oslo sanctioned three firms on Monday. The two vessels - the Togo-flagged Sea Lark and \
             the Chilean cargo ship Orla 3 - were identified as blocked property.";
    assert_eq!(roles(t).0, vec!["NO"]);
    let t =
        "Oslo sanctioned three firms on Monday. The two aircraft, an Ilyushin Il-76TD with tail \
             number EX-70011 and a Boeing 747-200F with tail number EX-70012, were identified as \
             blocked property.";
    let names: Vec<String> = named(t).into_iter().map(|(n, _)| n).collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains("Ilyushin") && !n.contains("Boeing")),
        "{names:?}"
    );
    assert!(names.contains(&"EX-70011".to_string()), "{names:?}");
}

/// `published a list of 40 entities ..., including A, known as B, its arm C and the group D`: the
/// list's names after `including`, the alias after `known as` not a second party.
#[test]
fn published_list_names_its_parties_not_their_aliases() {
    let t =
        "Oslo barred Norwegians from doing business with dozens of Chilean firms on Monday. The \
             ministry published a list of 40 entities that it said the army controls, including \
             the conglomerate Grupo de Inversiones Vanta SA, known as GIVSA, its travel arm Orla \
             and the import group KESTREL.";
    let names: Vec<String> = named(t).into_iter().map(|(n, _)| n).collect();
    for want in ["Grupo de Inversiones Vanta SA", "Orla", "KESTREL"] {
        assert!(names.contains(&want.to_string()), "{want}: {names:?}");
    }
    assert!(!names.contains(&"GIVSA".to_string()), "{names:?}");
}

/// `Canada followed suit`, `took similar steps`, `stopped such shipments`: the measure just reported,
/// taken by another state, inside its announcement; elsewhere the same words are any step.
#[test]
fn another_state_taking_the_same_measure() {
    for t in [
        "Oslo imposed sanctions on three Chilean generals on Monday. Canada followed suit.",
        "Oslo imposed sanctions on three Chilean generals. Canada took similar steps on Friday.",
        "Oslo halted arms sales to Chile. Denmark had long since stopped such shipments.",
    ] {
        let (s, c, _) = roles(t);
        assert_eq!(s.len(), 2, "{s:?} in {t}");
        assert_eq!(c, vec!["CL"], "{t}");
    }
    let t = "Norway's central bank cut its main rate on Monday. Denmark followed suit.";
    assert!(roles(t).0.is_empty(), "{:?}", roles(t));
}

/// `designated two vessels it said had carried coal: A and B`: a contact clause on the counted kind
/// keeps `designate` in its sanctions sense, and the list after the colon gives the kind's names.
#[test]
fn counted_kind_with_a_contact_clause() {
    let t =
        "Oslo designated two vessels it said had carried Chilean coal: the Togo-flagged tanker \
             Sea Lark and the Orla 7.";
    let got = named(t);
    for want in ["Sea Lark", "Orla 7"] {
        assert!(
            got.iter().any(|(n, k)| n == want && k == "vessel"),
            "{want}: {got:?}"
        );
    }
}

/// `Tehran sanctioned four Americans`: a state that is usually a target is the subject of the verb
/// right after it, not a premodifier the story settles as a target.
#[test]
fn a_usual_target_imposing_counter_sanctions() {
    let t = "Tehran sanctioned four Americans on Monday over the arms sales.";
    assert_eq!(roles(t).0, vec!["IR"]);
    assert_eq!(roles(t).1, vec!["US"]);
    // With another party before it the group is read as one subject, as before.
    let t =
        "Oslo imposed sanctions on Chile. Tehran and Caracas sanctioned four Chileans on Monday.";
    assert!(roles(t).0.contains(&"NO".to_string()), "{:?}", roles(t));
}
