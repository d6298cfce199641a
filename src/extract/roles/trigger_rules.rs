//! The words and phrases that may name a sanctions action, as a table: each row a pattern with the
//! sentences it must read as an action and the near misses it must not match. One engine joins the
//! rows into [`TRIGGER`] (what a sentence is read for) and [`TRIGGER_GATE`] (the cheap test of a whole
//! story). Whether a match is an action at all is decided afterwards by the sense checks and the cancel
//! table in `trigger`.

use super::*;

/// One kind of trigger.
pub(super) struct TriggerRule {
    /// What the row reads, as the table's tests name it.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) why: &'static str,
    /// A case-insensitive alternation, word-bounded on both sides by the engine.
    pub(super) pattern: &'static str,
    /// Sentences that report an action through this row: the row matches, the joined [`TRIGGER`] finds
    /// the same words, and the sentence yields a sanctioner.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) must: &'static [&'static str],
    /// Sentences with a near miss the row itself must not match.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) must_not: &'static [&'static str],
}

/// The rows, in the order the joined alternation tries them: at one position the first row that
/// matches wins, so a longer phrase (`ban imports`) comes before a word it starts with.
pub(super) const TRIGGER_RULES: &[TriggerRule] = &[
    TriggerRule {
        why: "sanctions",
        pattern: r"sanction(?:s|ed|ing)?",
        must: &["Oslo imposed sanctions on three Freedonian generals on Monday."],
        must_not: &["The referee issued a sanctuary ruling."],
    },
    TriggerRule {
        why: "embargo",
        pattern: r"embargo(?:es|ed)?",
        must: &["Canberra declared an arms embargo against Freedonia."],
        must_not: &[],
    },
    TriggerRule {
        why: "blacklist",
        pattern: r"black[- ]?list(?:s|ed|ing)?",
        must: &[
            "Oslo blacklisted two Freedonian banks on Friday.",
            "Oslo published a black list of Freedonian ships on Friday.",
        ],
        must_not: &[],
    },
    TriggerRule {
        why: "designation",
        pattern: r"designat(?:e|es|ed|ing|ions?)",
        must: &["The Treasury designated three Freedonian firms for aiding the junta."],
        must_not: &["The designer left the firm."],
    },
    TriggerRule {
        why: "asset freeze",
        pattern: r"asset[- ]freeze (?:list|measures)|asset freezes?|froze|(?:freez(?:e|es|ing)|frozen)(?: [a-z]+){0,2} assets|freezing of",
        must: &[
            "Oslo froze the accounts of a Freedonian minister.",
            "Canberra ordered the freezing of Freedonian state funds.",
            "Norway decided to freeze all Chilean assets in the country.",
            "Oslo added nine Chilean officers to its asset-freeze list on Friday.",
        ],
        must_not: &["Wages were frozen for a year."],
    },
    TriggerRule {
        why: "blocking property",
        pattern: r"block(?:s|ed|ing)? (?:the |all )?(?:[a-z]+ )?(?:property|assets)",
        must: &[
            "The order blocks all property of the Freedonian central bank, the Treasury said.",
            "The order blocks all property of the Nicaraguan central bank, the Treasury said.",
        ],
        must_not: &["Protesters blocked the road to the port."],
    },
    TriggerRule {
        why: "visas revoked",
        pattern: r"(?:revok(?:e|es|ed|ing)|cancel(?:s|ed|led|ing|ling)?) (?:the |their |his |her )?(?:entry )?visas|(?:refus|den(?:y|ies|ied|ying))\w* (?:entry )?visas to",
        must: &[
            "The State Department refused visas to two Freedonian officials.",
            "Oslo revoked the visas of four Freedonian judges.",
            "Norway cancelled the visas of two Chilean judges over the ruling.",
            "The United States revoked the visas of 21 Nicaraguan officials.",
        ],
        must_not: &["The airline cancelled its flights."],
    },
    TriggerRule {
        why: "a bar on goods",
        pattern: r"bar(?:s|red|ring)? (?:the |all )?(?:[a-z]+ )?(?:imports?|exports?|sales?|shipments|deliveries|transfers)",
        must: &[
            "Canberra barred all Freedonian imports on Tuesday.",
            "The Commerce Department barred shipments of U.S. goods to Cuba aboard foreign ships.",
        ],
        must_not: &["The bar sold imported beer."],
    },
    TriggerRule {
        why: "countermeasures",
        pattern: r"counter-?measures|counter-?sanctions",
        must: &["Moscow announced countermeasures against Norwegian fishing firms."],
        must_not: &[],
    },
    TriggerRule {
        why: "a ban on goods or entry",
        pattern: r"ban(?:n(?:ed|ing)|s)? (?:the |all )?(?:[a-z]+ |(?-i:[A-Z][a-z]+ [A-Z][a-z]+ )(?-i:[a-z]+ )?)?(?:imports?|exports?|entry|sales?|shipments|deliveries|transfers)|ban on (?:all )?(?:[a-z]+ )?(?:imports|exports) of|ban(?:s|ned|ning)?(?: on)? (?:all |any )?(?:new )?investments? in",
        must: &[
            "Oslo banned Freedonian imports after the coup.",
            "The Security Council unanimously banned North Korean exports of coal and iron.",
            "The Security Council adopted a resolution banning North Korean textile exports.",
            "The Treasury banned all transfers of dollars to Cuba by Americans.",
            "Norway ordered a ban on all imports of Freedonian goods.",
            "Norway passed a law banning new investment in Chile.",
        ],
        // A ban on a domestic sale (`the sale of leaded petrol`) names no goods' origin.
        must_not: &["Oslo banned smoking in bars.", "Bonn moved towards a ban on the sale of leaded petrol."],
    },
    TriggerRule {
        why: "entry denied",
        pattern: r"(?:restrict|den(?:y|ies|ied)|refus)\w* entry",
        must: &["Canberra denied entry to six Freedonian officials."],
        must_not: &["The club refused a new member."],
    },
    TriggerRule {
        why: "entry closed to a country's people",
        // A foreign ministry's wording for an entry ban. The country entry is closed into (`into Russia`,
        // `to the Russian Federation`) is where, not whom: it goes with the trigger.
        pattern: r"clos(?:e|es|ed|ing) (?:the )?entry(?: (?:(?:in)?to the (?:country|(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*){0,2})|into (?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*){0,2})(?: on an? \w+ basis)?)?",
        must: &[
            "Moscow has closed entry to 41 Freedonian citizens, the ministry said.",
            "The decision was made to close entry into the Russian Federation for 25 Freedonian officials.",
            "Moscow closed entry to the country on an indefinite basis for 48 Freedonian citizens.",
        ],
        must_not: &["The museum closed its entrance at noon."],
    },
    TriggerRule {
        why: "a terror list",
        pattern: r"terror(?:ism|ist)?[- ](?:black)?list|list of terror(?:ism|ist)?\s+(?:supporters|sponsors|entities|organi[sz]ations|groups|financiers)",
        must: &[
            "Oslo put nine Chilean clerics on a list of terrorism supporters.",
            "Norway placed two Chilean charities on its terrorist list on Friday.",
        ],
        must_not: &["The report gave a list of terrorism experts."],
    },
    TriggerRule {
        why: "a stop list",
        pattern: r"stop[- ]list",
        must: &["Moscow put nine Norwegian lawmakers on its stop list."],
        must_not: &[],
    },
    TriggerRule {
        why: "counted parties added to a list",
        // The object sits between the verb and the list (`added 19 individuals and 9 entities to the
        // list`); a bare list names no measure, so the verb and its count are the trigger, and
        // `added_count_sense` asks for the parties and the list after them.
        pattern: r"(?:added|adds|adding) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of)",
        must: &["Oslo added 19 Chilean officials and 9 entities to the list on Monday."],
        must_not: &[],
    },
    TriggerRule {
        why: "added to a list",
        pattern: r"(?:added|adds|add|adding) to (?:the|its|their|a|an) (?:(?:sanctions?|entity|restricted|trade|sdn|consolidated|terror(?:ist)?|designation|export|control|black) ){0,2}(?:black)?list",
        must: &[
            "Five Freedonian traders were added to the entity list, the Commerce Department said.",
            "Five Freedonian traders were added to the entity list by the United States.",
            "Oslo also added to its blacklist a Chilean trading house, Orla Freight Ltd.",
        ],
        must_not: &["She added a note to the file."],
    },
    TriggerRule {
        why: "tariffs and punitive duties",
        pattern: r"tariffs?|duties",
        must: &[
            "Canberra slapped punitive duties on Freedonian steel.",
            "China hit back with duties of 25 percent on 128 U.S. products.",
        ],
        must_not: &["The duty officer left."],
    },
    TriggerRule {
        why: "a halt of imports or exports",
        pattern: r"(?:halt|stop|suspend)(?:s|ed|ped|ing|ping)? (?:all |its |their |the )?(?:imports?|exports?) of",
        must: &[
            "China said it would halt imports of iron ore and seafood from North Korea.",
            "Canberra suspended exports of wheat to Freedonia, the trade minister said.",
        ],
        // A halt of arms supplies is as often a pause in aid to an ally as a measure against a state.
        must_not: &[
            "The company halted production of the model.",
            "Washington stopped sending weapons to its ally for a week.",
        ],
    },
    TriggerRule {
        why: "ships or aircraft barred from ports or airspace",
        pattern: r"(?:bar|ban)(?:s|red|ned|ring|ning)? (?:all )?(?:[\w'-]+ ){0,2}?(?:ships|vessels|tankers|aircraft|planes|airliners|flights|airlines|carriers) from (?:its|their|the country's|entering|using|docking|landing|calling)|order(?:s|ed|ing)? (?:all )?(?:[\w'-]+ ){0,2}?(?:ships|vessels|tankers|aircraft|planes) out of|(?:refus|den(?:y|ies|ied|ying))\w* (?:port|harbou?r|landing|docking|bunkering) (?:facilities|rights|services) to",
        must: &[
            "Santo Domingo ordered all Freedonian vessels out of its ports.",
            "Accra refused port facilities to Freedonian ships.",
            "Canberra barred Freedonian-flagged ships from its ports.",
            "Oslo banned Freedonian aircraft from its airspace on Sunday.",
        ],
        must_not: &["Fog barred small planes from the runway."],
    },
    TriggerRule {
        why: "arms sales ended",
        // Only sales, shipments and exports `to` a party: a pause in sending weapons to an ally (above)
        // is not an embargo, an end of selling them to someone is one.
        pattern: r"refrain(?:s|ed|ing)? from (?:selling|supplying|sending|shipping) [A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2} (?:any |all )?(?:arms|weapons|military equipment|munitions)|(?:sell|supply|ship|deliver)(?:s|ing)? no (?:more |further )?(?:arms|weapons|military equipment|munitions) to|(?:refrain(?:s|ed|ing)? from|(?:stop|end|halt|cease)(?:s|ped|ed|ping|ing)?) (?:selling|supplying|shipping)(?: any| all)? (?:arms|weapons|military equipment|munitions)(?:[\w ,]{0,40}?)? to|(?:halt|stop|end|suspend|ban|cut)(?:s|ed|ped|ning|ing|ping)?(?: off)?(?: at once| immediately| forthwith)?(?: all| the| its| their){0,2} (?:(?:arms|weapons?) (?:sales|exports|shipments|deliveries)|(?:sales?|shipments?|supply|supplies|deliver(?:y|ies)|exports?)(?: and (?:sales?|shipments?|supply|supplies|deliver(?:y|ies)|exports?))? of (?:arms|weapons|military equipment|munitions)(?:[\w ,]{0,40}?)?) to",
        must: &[
            "Canberra halted all arms sales to Freedonia after the massacre.",
            "Oslo said it would end all sales of military equipment to Freedonia by June.",
            "Canberra vowed to stop at once the sale and shipment of arms to Freedonia.",
            "Oslo said it would sell no more military equipment to Freedonia.",
            "Canberra said it would refrain from selling arms to Freedonia.",
            "The UN Security Council asked all states to refrain from selling Freedonia any weapons.",
            "Oslo said it would stop selling arms, ammunition and military vehicles to Freedonia.",
        ],
        must_not: &[
            "The dealer stopped sales of hunting rifles to minors.",
            "The firm will sell no more cars to dealers.",
        ],
    },
    TriggerRule {
        why: "own people barred from travelling to a country",
        pattern: r"(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idding)) (?:all |any )?(?:[\w.'-]+ ){0,2}?(?:citizens|nationals|persons|people|residents|britons|\w+ans|\w+ese) (?:from |to )travel(?:l?ing)? to",
        must: &["Canberra forbade Australians to travel to Freedonia and voided their passports for such trips."],
        must_not: &["The storm barred residents from going to the beach."],
    },
    TriggerRule {
        why: "own people barred from dealing with a party",
        pattern: r"(?:bar(?:s|red|ring)?|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idding)) (?:all |any )?(?:[\w.'-]+ ){0,3}?(?:banks|firms|companies|citizens|nationals|persons|people|residents|investors|britons|\w+ans|\w+ese) (?:from|to) (?:[\w-]+ ){0,5}?(?:dealings?|deals|business|transactions|trading|trade|accounts|buying|investing|debt)(?: of any kind)? (?:with|for|from|in|issued by)",
        must: &[
            "Oslo barred Norwegian banks from doing business with the Chilean central bank.",
            "Oslo barred Norwegian banks and investors from buying new debt issued by the Chilean government.",
            "The president signed an order barring U.S. banks from buying new debt from Chile's government.",
            "Canberra forbade Australians to do business of any kind with Chile.",
        ],
        must_not: &["The rules bar banks from paying bonuses to staff."],
    },
    TriggerRule {
        why: "own firms barred from selling to a party",
        pattern: r"ban(?:s|ned|ning)? (?:all |any )?(?:[\w.'-]+ ){0,3}?(?:firms|companies|exporters|suppliers|manufacturers|citizens|nationals|persons|people|residents|\w+ans|\w+ese) from (?:selling|supplying|exporting|shipping|providing) (?:[\w,.'-]+ ){0,6}?to",
        must: &[
            "Oslo banned Norwegian companies from selling parts and software to Chile's Vanta Corp.",
            "Oslo banned Norwegian exporters from supplying chips to two Chilean firms.",
        ],
        // `selling alcohol to minors` matches the row; `selling_to_sense` reads it as no measure.
        must_not: &["The rules ban shops from selling alcohol at night."],
    },
    TriggerRule {
        why: "the measure just reported, taken again by another state",
        // Read only inside an announcement of a measure (`anaphoric_sense`): `followed suit` alone is
        // any step.
        pattern: r"follow(?:s|ed|ing)? suit|(?:took|take|takes|taken|taking|imposed|announced|adopted) (?:similar|the same|parallel|matching|identical) (?:steps|measures|sanctions|action|restrictions|bans)|(?:stopped|halted|suspended|ended|banned) (?:such|similar|these|those) (?:shipments|sales|exports|deliveries|imports)",
        must: &[
            "Oslo imposed sanctions on Chile on Monday. Canada followed suit on Tuesday.",
            "Oslo halted arms sales to Chile. Denmark had long since stopped such shipments.",
        ],
        must_not: &["Canada took the same road."],
    },
    TriggerRule {
        why: "export controls",
        pattern: r"export controls?",
        must: &["Oslo imposed export controls on two Freedonian chipmakers."],
        must_not: &[],
    },
    TriggerRule {
        why: "a ban, curb or quota by kind",
        pattern: r"(?:import|export|arms|air|trade|travel|entry|visa) (?:bans?|curbs|restrictions|quotas|boycott)",
        must: &["Canberra imposed a travel ban on the Freedonian president."],
        must_not: &["The band toured abroad."],
    },
    TriggerRule {
        why: "retaliation",
        pattern: r"trade (?:curbs|retaliation|reprisals)|retaliat(?:ion|ory|e|ed|es|ing)|reprisals?",
        must: &["Moscow retaliated with a ban on Norwegian fish imports."],
        must_not: &[],
    },
    TriggerRule {
        why: "boycott or blockade",
        pattern: r"boycott(?:s|ed|ing)?|blockade",
        must: &["Kuwait began a boycott of Ruritanian goods."],
        must_not: &[],
    },
    TriggerRule {
        why: "the entity list",
        pattern: r"entity list",
        must: &["The Commerce Department put four Freedonian firms on the entity list."],
        must_not: &[],
    },
    TriggerRule {
        why: "restrictions",
        pattern: r"restrictions|restrictive measures",
        must: &["The EU imposed restrictive measures on two Freedonian ministers."],
        must_not: &["A restricted area was closed."],
    },
    TriggerRule {
        why: "barred",
        pattern: r"barred|bar(?:s|ring) entry|bar(?:s|ring) (?:[\w.'-]+ ){1,4}?from entering",
        must: &[
            "Oslo barred three Freedonian generals from entering Norway.",
            "Moscow retaliated by barring 18 Norwegians from entering Russia.",
        ],
        must_not: &["The bars closed early."],
    },
    TriggerRule {
        why: "cut off from finance",
        pattern: r"cut(?:s|ting)? off from the (?:[A-Za-z.]+ )?financial system",
        must: &[
            "Two Freedonian banks were cut off from the U.S. financial system by the Treasury.",
        ],
        must_not: &[],
    },
    TriggerRule {
        why: "capital markets closed to a party",
        pattern: r"(?:limit|restrict|curb)(?:s|ed|ing)? (?:their |its )?access to (?:[a-z.]+ ){0,2}(?:capital markets|financing|credit|funding)",
        must: &[
            "Oslo imposed the measures in June. They limit access to Norwegian capital markets for three Freedonian state banks, Oslo said.",
        ],
        must_not: &["The new rules limit access to the park for cars."],
    },
    TriggerRule {
        why: "export privileges denied",
        pattern: r"den(?:y|ies|ied|ying|ial of) (?:[A-Za-z.]+ )?export privileges|(?:revok|cancel|suspend)\w* (?:the |all |their |its )?export licen[cs]es",
        must: &[
            "The Commerce Department denied export privileges to a Freedonian airline.",
            "The Commerce Department revoked the export licenses of three firms shipping to Freedonia.",
        ],
        must_not: &[],
    },
    TriggerRule {
        why: "blocked property",
        pattern: r"blocked property",
        must: &["Oslo added the trader to its list of blocked property holders, Norway said."],
        must_not: &[],
    },
    TriggerRule {
        why: "closed to a country",
        pattern: r"clos(?:e|es|ed|ing) (?:its |their |the |U\.S\. |[A-Z][a-z]+ )?(?:airspace|air space|ports|seaports|airports|airfields|borders?|territorial waters)(?: and (?:airspace|ports|seaports|airports|airfields|borders?))? to|(?:ports|airports|airspace) (?:be |were |are )?closed to",
        must: &[
            "Canberra closed its ports to Freedonian ships.",
            "The order closes U.S. ports to Freedonian vessels.",
            "GHANA CLOSED ITS PORTS AND AIRFIELDS TO PORTUGUESE SHIPS AND PLANES .",
            "Jakarta ordered Indonesian ports closed to Freedonian shipping.",
        ],
        must_not: &["The city closed its parks at dusk."],
    },
    TriggerRule {
        why: "borders or links closed with a country",
        pattern: r"(?:clos|shut)(?:e|es|ed|s|ting|ing)? (?:off )?(?:its |their )?(?:(?:air|sea|land|road|rail)(?:, | and | or | )){0,3}(?:links|borders?|crossings?|routes) with",
        must: &[
            "Canberra said it would shut its land border with Freedonia.",
            "Oslo and Canberra closed air, sea and land links with Freedonia on Monday.",
        ],
        must_not: &["The storm closed roads in the north."],
    },
    TriggerRule {
        why: "a package that targets",
        pattern: r"(?:package|measures|action|move|steps) (?:also |further )?(?:hits|targets|covers|lists|names)",
        must: &["Oslo said the package also targets two Freedonian oil firms."],
        must_not: &["The package arrived late."],
    },
    TriggerRule {
        why: "trade cut off",
        pattern: r"(?:halt(?:s|ed|ing)?(?: to)?|stop(?:s|ped|ping)?|cut(?:s|ting)? off|br(?:oke|eak|eaks|eaking) off|suspen(?:d|ds|ded|ding|sion of)|sever(?:s|ed|ing)?|ban(?:s|ned|ning)?(?: on)?|prohibit(?:s|ed|ing)?) (?:all |its |their )?(?:trade|commerce|trading|(?:economic|commercial|trade) (?:ties|links|relations)) with|order(?:s|ed|ing)? all (?:trade|commerce) with",
        must: &[
            "Canberra suspended all trade with Freedonia after the coup.",
            "Canberra ordered all trade with Freedonia cut off.",
            "Accra has also banned all trade with Freedonia.",
            "Oslo prohibited trade with Freedonia in 1962.",
            "Jakarta broke off all trade with Freedonia last week.",
        ],
        must_not: &["The exchange halted trading in the shares."],
    },
    TriggerRule {
        why: "landing rights refused",
        pattern: r"(?:refus|den(?:y|ies|ied|ying)|withdr[ae]w|revok|cancel|suspend)\w* (?:all |the |its |their )?landing rights (?:to|for|of)",
        must: &[
            "Accra refused landing rights to Vanta Airways, the Freedonian carrier.",
            "Oslo revoked the landing rights of two Freedonian airlines.",
        ],
        must_not: &["The airline won landing rights at Heathrow."],
    },
    TriggerRule {
        why: "aid cut off",
        pattern: r"(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|cut(?:s|ting)? off|suspen(?:d|ds|ded|ding|sion of)|freez(?:e|es|ing)|froze|withh(?:old|olds|eld|olding)) (?:all |its |their |the )?(?:[a-z]+ (?:and [a-z]+ )?)?(?:aid|assistance|credits|loans) to",
        must: &[
            "Canberra suspended economic and military aid to Freedonia after the coup.",
            "Bonn halted credits to Freedonia.",
        ],
        must_not: &["The flood halted aid deliveries in the valley."],
    },
    TriggerRule {
        why: "U.N. resolutions enforced",
        pattern: r"(?:implements?|enforces?|adopted|tighten(?:ed|s)?) (?:the )?(?:u\.?n\.? )?(?:security council )?resolutions",
        must: &["Oslo tightened the U.N. resolutions against Freedonia on Friday."],
        must_not: &[],
    },
    TriggerRule {
        why: "an export denial order",
        pattern: r"(?:temporary )?denial orders?|TDOs?",
        must: &[
            "The Commerce Department renewed temporary denial orders against three Freedonian airlines.",
            "The Commerce Department issued a new TDO against a Freedonian cargo airline.",
        ],
        must_not: &[],
    },
    TriggerRule {
        why: "listed",
        pattern: r"listed",
        must: &[
            "Oslo listed three Freedonian vessels on Monday.",
            "Oslo listed the Vanta Brigade as a terrorist entity on Monday.",
        ],
        must_not: &[],
    },
];

/// The rows joined into one alternation, in table order.
fn trigger_core() -> String {
    let rows: Vec<&str> = TRIGGER_RULES.iter().map(|r| r.pattern).collect();
    rows.join("|")
}

/// Every trigger of the table, and a bare `ban` (see `entry_ban_sense`).
pub(super) static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(&format!(
        r"(?i)\b(?:{}|ban(?:s|ned|ning)?)\b",
        trigger_core()
    ))
    .expect("trigger pattern compiles")
});

/// Whether a text may hold a sanctions trigger: a row of the table, a bare ban only with entry
/// after it or goods before it (see `TRADE_BANNED`). Cheaper than [`TRIGGER`] on the many stories that
/// mention a ban of something else, whose sentences are then never read.
pub(super) static TRIGGER_GATE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(&format!(
        r"(?i)\b(?:{}|ban(?:s|ned|ning)?\s+(?:[\w.,'-]+\s+){{0,8}}?(?:from\s+(?:entering|travell?ing\s+to)|entry)|(?:exports?|imports?|sales|shipments|deliveries)(?:\s+[\w.'-]+){{0,4}}?\s+(?:will\s+be|would\s+be|were|was|are|is|be|been|being)\s+banned)\b",
        trigger_core()
    ))
    .expect("trigger gate compiles")
});

#[cfg(test)]
mod tests {
    use super::*;

    fn row_regex(r: &TriggerRule) -> Regex {
        ascii_regex(&format!(r"(?i)\b(?:{})\b", r.pattern)).expect("row compiles")
    }

    /// Each row on its own examples: it matches each `must` sentence, the joined trigger finds the same
    /// words there (no earlier row shadows it) and the sentence yields a sanctioner; it matches no
    /// `must_not` sentence.
    #[test]
    fn trigger_table_examples() {
        let mut wrong = Vec::new();
        for r in TRIGGER_RULES {
            let re = row_regex(r);
            for m in r.must {
                let Some(own) = re.find(m) else {
                    wrong.push(format!("{}: no match in {m}", r.why));
                    continue;
                };
                if !TRIGGER.find_iter(m).any(|t| t.range() == own.range()) {
                    wrong.push(format!("{}: shadowed in {m}", r.why));
                }
                if find_roles(None, m).sanctioners.is_empty() {
                    wrong.push(format!("{}: no sanctioner in {m}", r.why));
                }
            }
            wrong.extend(
                r.must_not
                    .iter()
                    .filter(|m| re.is_match(m))
                    .map(|m| format!("{}: matches {m}", r.why)),
            );
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
