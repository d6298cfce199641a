//! Boilerplate removal for plain-text documents (page dumps, .txt, .md).
//!
//! Method: every line gets features (length, sentence punctuation, stopword ratio, a boilerplate kind from
//! a small set of generic patterns, repetition in the file and across the corpus). The article is the run of
//! lines with the highest sum of a per-line value (maximum-sum subarray): prose lines add their length,
//! short and boilerplate lines subtract, so subheadings between paragraphs are bridged while menus, feeds,
//! newsletter forms and footers around the article fall outside. Inside that run, lines of a known
//! boilerplate kind are still dropped. Every dropped line is reported with the rule that dropped it.

use super::glue::{repair_glued_with, Evidence};
use super::meta_text::{date_header, find_date, government_masthead, parse_byline, wire_credit};
use crate::article::{Cleaned, Removed};
use regex::bytes::{Regex as BytesRegex, RegexBuilder as BytesRegexBuilder};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::words::normal_bytes;

/// Line frequencies across a corpus: normalised line -> number of documents containing it.
/// Lets repeated boilerplate (newsletter blocks, navigation) be recognised even when it looks like text.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CorpusLines {
    counts: HashMap<u64, u32>,
    docs: usize,
}

/// Lines longer than this are never counted: long lines are prose, and skipping them keeps the table small.
const CORPUS_MAX_LINE: usize = 160;

/// The key a line is counted under: a hash of its normal form (lower case, single spaces, digits as `0`,
/// since dates and counters vary). A hash, not the text: the count is looked up for every line of every
/// document, and building a string for each lookup was most of what cross-file evidence cost.
fn corpus_key(line: &str) -> Option<u64> {
    let t = line.trim();
    if t.len() < 3 || t.len() > CORPUS_MAX_LINE {
        return None;
    }
    Some(fold_hash(t))
}

fn distinct_keys(raw: &str) -> Vec<u64> {
    let mut keys: Vec<u64> = raw.lines().filter_map(corpus_key).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

impl CorpusLines {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_document(&mut self, raw: &str) {
        for k in distinct_keys(raw) {
            *self.counts.entry(k).or_insert(0) += 1;
        }
        self.docs += 1;
    }

    pub fn remove_document(&mut self, raw: &str) {
        for k in distinct_keys(raw) {
            if let Some(c) = self.counts.get_mut(&k) {
                *c -= 1;
                if *c == 0 {
                    self.counts.remove(&k);
                }
            }
        }
        self.docs = self.docs.saturating_sub(1);
    }

    pub fn len_docs(&self) -> usize {
        self.docs
    }

    /// Drop the lines seen in one document only: most lines of a corpus are, and none of them is evidence
    /// yet. Keeps the saved table small; a line that recurs later is counted again from there.
    pub fn forget_singletons(&mut self) {
        self.counts.retain(|_, c| *c > 1);
    }

    /// Number of documents containing this line (normalised).
    pub fn count(&self, line: &str) -> u32 {
        corpus_key(line)
            .and_then(|k| self.counts.get(&k).copied())
            .unwrap_or(0)
    }

    /// Is this line boilerplate by repetition: in 3+ documents and 2%+ of them, and not a sentence (a
    /// stock sentence such as "The company did not elaborate." recurs in real bodies).
    fn is_repeated(&self, line: &str, ends_sentence: bool) -> bool {
        let c = self.count(line) as usize;
        let frequent = c >= 3 && c * 50 >= self.docs;
        frequent && (!ends_sentence || (self.docs >= 20 && c * 10 >= self.docs))
    }
}

/// A function of one word that is true for the listed words: the list stays data, and the `match` it
/// expands to compiles to a switch on length and bytes, cheaper than a search on a hot path.
macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident: $($word:literal)*) => {
        $(#[$doc])*
        fn $name(w: &str) -> bool {
            matches!(w, $($word)|*)
        }
    };
}

word_set! {
    /// Common English function words, for the stopword ratio that tells prose from names and menus.
    is_stopword:
    "a" "about" "after" "against" "all" "also" "an" "and" "any" "are" "as" "at" "be" "because"
    "been" "before" "being" "between" "both" "but" "by" "can" "could" "did" "do" "does" "during"
    "each" "for" "from" "had" "has" "have" "he" "her" "his" "how" "i" "if" "in" "into" "is" "it"
    "it's" "its" "just" "many" "may" "more" "most" "much" "no" "not" "of" "on" "one" "only" "or"
    "other" "our" "out" "over" "own" "said" "says" "she" "should" "so" "some" "such" "than" "that"
    "the" "their" "them" "then" "there" "these" "they" "this" "those" "through" "to" "under" "up"
    "very" "was" "we" "were" "what" "when" "where" "which" "while" "who" "will" "with" "would" "you"
    "your"
}

/// Boilerplate kinds recognised from a line's own text. Order matters: the first match names the rule.
/// (rule, longest line in words it applies to, pattern). Most kinds are short lines; testing long lines only
/// against the kinds that can be long keeps the per-line cost low.
const RULES: &[(&str, usize, &str)] = &[
    (
        "ai-audio-notice",
        20,
        r"(?i)^(this|the) (audio|article|story|summary|text|translation|voice)\b.{0,40}\b(ai|artificial intelligence|automated|text-to-speech|machine)\b|^listen to (this|the) (article|story)|^(ai|audio)[- ]generated",
    ),
    (
        "news-feed",
        12,
        r"(?i)^(news feed|latest news|latest|most read|most popular|most viewed|popular (now|stories|posts)?|trending( now| stories)?|top stories|top news|more news|more stories|more headlines|editors'? picks|editor's picks|recommended( for you| stories| articles| reading)?|related (news|stories|articles|posts|content|coverage|topics|reading)|you (may|might) also like|read next|up next|what to read next|in other news|further reading|around the web|from our partners|sponsored (content|stories)|latest (stories|articles?|posts?|headlines|videos|updates|reviews)|more (from|in|on) [^.!?]{1,40}|featured( stories| articles)?|don't miss|must read|also in [^.!?]{1,30}|(other |more |related |similar |popular )?(posts|articles|stories|reads|recipes|guides) you (may|might|will|'ll) (also )?(like|enjoy|love)|you (may|might) (also )?be interested( in)?( [a-z]+){0,6}|[a-z ,]{0,40}\b(good|interesting|related|recommended) (articles|posts|reads|stories)( [a-z]+){0,3}|related .{1,30} (resources|posts|articles|reads|guides)|explore more.{0,40}|recently by .{1,40}|more (posts|articles|stories|recipes|guides) (by|from|like|about|on) .{1,40}|(\d+ )?comments?|leave a (comment|reply)|post a comment|add a comment|join the (conversation|discussion)|show comments|view comments)\W*$",
    ),
    (
        "comment",
        15,
        r"(?i)^(\d+\s+)?(comments?|responses?|replies|reactions)(\s*\(\d+\))?\W*$|^\d+\s+(comments?|responses?|replies) (to|on|for)\b.{0,80}$|^\S.{0,40}\s(says|wrote|writes|commented):$|^(leave|post|add|write) a (comment|reply|response)\b.{0,30}$|^(reply|report|cancel reply|log in to reply|load more comments|view \d+ (more )?repl(y|ies))\W*$|comments (feed|policy|are closed)|^join the (conversation|discussion)|^be the first to (comment|review)",
    ),
    // A form's own wording marks a sign-up block at any length; a bare mention of a newsletter or a
    // subscription only on a short line (prose reviewing a subscription service mentions them too).
    (
        "newsletter",
        40,
        r"(?i)thank(s| you) for signing up|enter (your |a |correct )?(e-?mail|email address)|indicates required|check your inbox|by submitting (this|the|your)|required field|confirmation email|successful+y subscribed|(sign up|subscribe) (for|to) [^.]{0,40}\bnewsletter|sign up (to|and) (join|receive|get)|(get|receive|getting) (regular|our|weekly|daily|free) e-?mails|delivered (straight |directly )?to your inbox",
    ),
    (
        "newsletter",
        20,
        r"(?i)newsletter|\bsubscri(be|ption|bed)\b|sign(ing)? up (for|to|now|today|here)|\be-?mail address\b|keep up with the latest|stay (up to date|updated|informed|in the loop) (with|on)|your inbox|fill out (the|this|our) form|unsubscribe",
    ),
    (
        "disclosure",
        60,
        r"(?i)\b(earn|receive|get) (a )?(small )?(commission|compensation|fee)|affiliate (links?|marketer|commission|partner)|amazon associate|qualifying purchases|supported by (commissions|our readers|readers)|we independently (test|review|research|select|evaluate)|advertiser disclosure|chosen independently|independently (chosen|selected|reviewed)|^how we (researched|reviewed|tested|chose|picked|rated|test|review)\b.{0,60}$|^disclosure:|paid partnership|^sponsor(ed)?( message| content| post| by)?\W*$|^advertisement\b|^ad(vertisement)? - |continue reading below",
    ),
    (
        "author-bio",
        80,
        r"^(About the author|About the authors|About The Author|ABOUT THE AUTHOR)\W*$|^[A-Z](?:[\w.'-]|’)+( [A-Z](?:[\w.'-]|’)+){0,3} (is|was) (a|an|the|our) [^.]{0,80}\b(writer|editor|journalist|reporter|author|contributor|columnist|correspondent|co-founder|founder|CEO|freelancer|blogger)\b",
    ),
    (
        "cta",
        12,
        r"(?i)^(check (the )?(latest )?price|shop\b|don'?t miss\b|join (the|our) .{0,30}(group|community|list|club)|(get|book|request|schedule|claim) (a|your) free|free (consultation|demo|quote|advising session|trial)|book (a|your|now)|request (a|your)|schedule (a|your)|start (a |your )?(free|now|today|trial)|try (it |us |for )?(free|now|today)|talk to (our|an|a)|contact (us|our|sales)|join (now|us|today|free|our)|download (now|our|the|free)|buy (now|from|it)|shop (now|the)|order (now|today)|claim (your|now)|apply (now|today)|call (us|now|today)|back to (blog|top|home|news|articles)|get (started|a (free )?(quote|demo)|your free|in touch|the (app|latest|best deals))|learn more|read (more|the review|the full)|see (more|all|details|pricing)|view (more|details|pricing|all)|pin (this|it)|mention @|tag #|be the first to (know|receive|hear))\b.{0,50}$|share (it |this )?with (a friend|your friends)",
    ),
    (
        "short-link-like",
        12,
        r"^(https?://|www\.)\S+$|^\S+(,\S+){3,}$|^(19|20)\d\d-\d\d-\d\dT\d\d:\d\d\S*$",
    ),
    (
        "toc",
        15,
        r"^\d+(\.\d+)*[A-Z][a-z]|^(table of contents|contents|in this article|jump to|on this page)\W*$",
    ),
    (
        "teaser",
        40,
        r"(?i)^(also read|also watch|also see|read also|read more|read next|watch also|more:|related:|related\s*\||see also|recommended:|watch:|listen:|watch now|click here|you may also be interested)\b",
    ),
    (
        "caption",
        80,
        r"(?i)\((photo|image|picture|photograph|video|credit|illustration|file)s?( by|:| credit)|\b(photo|image|picture|photograph|illustration|video)( by|:| credit)|getty images|shutterstock|\bap photo\b|(via|/) ?(reuters|afp|ap|getty|epa|anadolu)\b|\bfile photo\b|\bphoto illustration\b|^(image|photo|picture) (source|credit)",
    ),
    (
        "timestamp",
        15,
        r"(?i)^(\d{1,2}:\d{2}\s*([ap]\.?m\.?)?(\s+[a-z]{2,4})?|\d+ (sec|secs|seconds?|min|mins|minutes?|hours?|hrs?|h|days?|d|weeks?|months?|years?) ago|\d+\s*(min|mins|minute|minutes)( read| listen)?|(updated|published|posted|last updated|last modified|modified|created)\b[^.!?]{0,60}|just now|yesterday|today)$",
    ),
    (
        "credit",
        60,
        r"(?i)^\(?(with inputs from|with input from|reporting by|additional reporting|editing by|edited by|writing by|compiled by|written by [^.]{0,40}; editing|source:|sources:|©|copyright|\(c\) (19|20)\d\d)|all rights reserved|^\(?(this|the) (story|article) (has been|was) (edited|updated|corrected)",
    ),
    (
        "share",
        10,
        r"(?i)^click to (share|email|print)|\(opens in (a )?new (window|tab)\)|^(share|share this( article| story| post)?|share on \w+|tweet|email|print|copy link|link copied|copied|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|flipboard|messenger|save|bookmark|like|reply|report|report this( article| post| comment)?|follow|\+ follow|follow us( on \w+)?)\W*$|^(\d[\d,.]*k?\s+)?(likes?|points?|upvotes?|votes?)$",
    ),
    (
        "nav",
        10,
        r"(?i)^(prev(ious)?(prev(ious)?)?\s*|next(next)?\s*)(post|article|story)?:?\s*$|^(prev(ious)?|next)(prev(ious)?|next)[A-Z]|^(skip to (main |the )?(content|navigation|main)|skip navigation|edit post|menu|main menu|open menu|close menu|toggle navigation|search|home|homepage|sign in|log ?in|log ?out|sign up|register|close|back to top|go to top|next|previous|prev|next article|previous article|more|load more|show more|see more|view all|see all|show all|all|advertisement|advertise|advertising|ad|sponsored|contact|contact us|about|about us|privacy|privacy policy|terms|terms of (use|service)|terms and conditions|cookie policy|cookie settings|cookies settings|manage (cookies|preferences)|accept( all)?( cookies)?|reject( all)?|got it|ok|listen|watch|play|pause|loading\W*|menu\W*|breadcrumb|tags?:?|topics?:?|categories|category|filed under:?|jobs|careers|games|podcasts?|videos?|photos?|opinion|news|sport|sports|business|world|politics|technology|tech|science|health|culture|lifestyle|entertainment|travel|weather)\W*$",
    ),
    (
        "cta",
        80,
        r"(?i)(download (our|the) app|follow us on|like us on|click here to|tap here to|we use cookies|uses cookies|cookie policy|accept (all )?cookies|you must be logged in|preferred source on google|leave a (star )?rating|rate this (recipe|article)|tried this recipe|funded by readers|consider (supporting|subscribing|donating|liking|sharing)|help keep .{0,30} free|^join \w+ (for free|today|now)|^(try|start) .{0,30}(free trial|for free|\d+-day trial)|(site|website) uses cookies|cookies (are|that are|to) |necessary cookies|cookie (consent|preferences|settings)|privacy (&|and) cookies|log in to comment|create (a free|your free) account|already (a subscriber|have an account)|support (our|independent) journalism|become a (member|subscriber|patron)|donate now|get the app|turn on notifications|enable javascript|(update|upgrade) your browser)",
    ),
];

/// Compile a rule pattern for byte matching with Unicode off: ASCII case folding and ASCII classes keep the
/// lazy DFA small (with Unicode on, `(?i)` and `.` blow up its states and it keeps rebuilding its cache).
/// Non-ASCII literals in patterns (`’`, `©`) still match as their UTF-8 bytes. The lazy DFA's cache may grow
/// to 64 MiB (default 2): the gate unions below need more states than that, and a cache that fills up is
/// cleared and rebuilt over and over. It grows only as far as the text seen needs; in practice a few MiB.
fn rule_regex(p: &str) -> BytesRegex {
    BytesRegexBuilder::new(p)
        .unicode(false)
        .dfa_size_limit(64 << 20)
        .build()
        .expect("static regex")
}

/// One regex per rule rather than a RegexSet: a set reports every match and falls back to a slow engine.
static RULE_RES: LazyLock<Vec<(&'static str, usize, BytesRegex)>> = LazyLock::new(|| {
    RULES
        .iter()
        .map(|(name, max, p)| (*name, *max, rule_regex(p)))
        .collect()
});

/// `CLEAN_TEXT_DEBUG` set: print every line's value and rule to stderr. Read once: looking the variable
/// up locks and scans the environment, and `clean_text` runs once per document.
static DEBUG: LazyLock<bool> = LazyLock::new(|| std::env::var_os("CLEAN_TEXT_DEBUG").is_some());

/// Consecutive title-cased short lines inside the article that make a widget.
const WIDGET_LINES: usize = 4;

/// A bare "read more" link line.
static READ_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(read|see|view|learn) more\W*$|^continue reading\W*$").expect("static regex")
});

/// Lines longer than this are first tested against [`LONG_GATE`], shorter ones against [`SHORT_GATE`].
const GATE_WORDS: usize = 15;

/// The union of the rules whose word limit is in `words`: one DFA pass tells most lines (which match no
/// rule) apart, and only a line that matches is tested rule by rule to name the rule. Two unions, not one:
/// the union of every rule has too many states for the lazy DFA's cache and runs slower than the rules.
fn gate(words: std::ops::RangeInclusive<usize>) -> BytesRegex {
    let union: Vec<String> = RULES
        .iter()
        .filter(|(_, max, _)| words.contains(max))
        .map(|(_, _, p)| format!("(?:{})", UNBOUND.replace_all(p, "{${1},}")))
        .collect();
    rule_regex(&union.join("|"))
}

static UNBOUND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{(\d*),\d+\}").expect("static regex"));

/// Rules that can apply to lines longer than [`GATE_WORDS`].
static LONG_GATE: LazyLock<BytesRegex> = LazyLock::new(|| gate(GATE_WORDS + 1..=usize::MAX));
/// Rules for short lines only.
static SHORT_GATE: LazyLock<BytesRegex> = LazyLock::new(|| gate(0..=GATE_WORDS));

/// Compile the line rules now rather than on the first line (see `pipeline::warm_up`).
pub fn warm_up_rules() {
    LazyLock::force(&RULE_RES);
    LazyLock::force(&BIO);
}

/// Compile the unions of the line rules that screen every line (see `pipeline::warm_up`).
pub fn warm_up_gates() {
    LazyLock::force(&LONG_GATE);
    LazyLock::force(&SHORT_GATE);
}

/// A line cut off with an ellipsis right after a word ("... by a Russ…"): a teaser's truncated excerpt.
fn is_truncated(t: &str) -> bool {
    let t = t.trim_end();
    let rest = t
        .strip_suffix('…')
        .or_else(|| t.strip_suffix("..."))
        .map(|r| r.strip_suffix(' ').unwrap_or(r));
    rest.and_then(|r| r.chars().next_back())
        .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// Rules that open a sidebar or a comment section: the article does not continue past them.
fn is_hard_break(rule: &str) -> bool {
    rule == "news-feed" || rule == "comment"
}

/// A heading that opens a comment thread ("59 Comments", "Leave a Reply", "Join the discussion"), rather than
/// one comment's button ("Reply", "Report") or author line ("Jane says:"), which also show in embedded posts
/// and quotes inside an article.
fn is_comments_heading(l: &Line) -> bool {
    l.rule == Some("comment") && {
        let t = l.text.to_ascii_lowercase();
        [
            "comment",
            "responses",
            "leave a",
            "discussion",
            "conversation",
        ]
        .iter()
        .any(|k| t.contains(k))
    }
}

/// A heading after which nothing belongs to the article (a bio box, a feed).
fn is_heading_break(l: &Line) -> bool {
    l.rule == Some("author-bio") && l.words <= 4
}

#[derive(Debug, Clone)]
struct Line {
    text: String,
    /// A blank line precedes this one in the source.
    blank_before: bool,
    words: usize,
    ends_sentence: bool,
    /// Most longer words capitalised: a headline, a menu entry or a name, not running text.
    title_case: bool,
    stop_ratio: f32,
    rule: Option<&'static str>,
}

impl Line {
    fn new(text: String, blank_before: bool) -> Self {
        let mut words = 0;
        let mut stops = 0;
        let mut long = 0;
        let mut caps = 0;
        // Chinese and Japanese do not separate words: count two characters as a word.
        let ascii = text.is_ascii();
        let cjk = if ascii {
            0
        } else {
            text.chars()
                .filter(
                    |c| matches!(*c as u32, 0x3040..=0x30ff | 0x3400..=0x9fff | 0xac00..=0xd7af),
                )
                .count()
        };
        for w in text.split_whitespace() {
            words += 1;
            if (if ascii { w.len() } else { w.chars().count() }) >= 4 {
                long += 1;
                caps += usize::from(w.chars().next().is_some_and(char::is_uppercase));
            }
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            if w.len() <= 7 && w.is_ascii() {
                let mut buf = [0u8; 7];
                buf[..w.len()].copy_from_slice(w.as_bytes());
                buf[..w.len()].make_ascii_lowercase();
                if std::str::from_utf8(&buf[..w.len()]).is_ok_and(is_stopword) {
                    stops += 1;
                }
            }
        }
        words += cjk / 2;
        let last = text
            .trim_end_matches(['"', '”', '’', '\'', ')', ']', '*'])
            .chars()
            .last()
            .unwrap_or(' ');
        Line {
            blank_before,
            words,
            ends_sentence: matches!(last, '.' | '!' | '?' | '…' | '。' | '！' | '？'),
            title_case: words >= 3 && caps * 4 >= long * 3 && long >= 3,
            stop_ratio: if words > 0 {
                stops as f32 / words as f32
            } else {
                0.0
            },
            rule: None,
            text,
        }
    }

    /// A sentence of running text rather than a label, a name or a menu entry.
    /// `min_stop`: the stopword ratio expected of prose in this document (zero for non-English text).
    fn is_prose(&self, min_stop: f32) -> bool {
        self.rule.is_none()
            && !(self.title_case && self.words <= 20)
            // Without a final stop only long lines count: headlines of link lists run up to ~18 words.
            && ((self.words >= 8
                && (self.ends_sentence || self.words >= 20)
                && self.stop_ratio >= min_stop)
                || (self.words >= 25 && self.stop_ratio >= min_stop * 0.6))
    }

    /// A short line shaped like a headline: a few words, no final period, mostly capitalised or long enough.
    fn is_title_like(&self) -> bool {
        let t = self.text.trim_end();
        (3..=30).contains(&self.words)
            && !t.ends_with('.')
            && !t.ends_with(':')
            && !t.ends_with(',')
            && t.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '‘')
    }
}

/// Is the document hard-wrapped (lines broken at a fixed width, like Reuters 1987 or e-mail)?
fn is_hard_wrapped(lines: &[&str]) -> bool {
    // A post's attribution line (`In article <...> ... writes:`) is as long as its author's address
    // makes it: it says nothing of how the post is wrapped.
    let attribution = |l: &str| l.ends_with("writes:") || l.ends_with("wrote:");
    let nonblank: Vec<usize> = lines
        .iter()
        .map(|l| l.trim_end())
        .filter(|l| !l.is_empty() && !attribution(l))
        .map(|l| l.chars().count())
        .collect();
    if nonblank.len() < 4 {
        return false;
    }
    let max = nonblank.iter().copied().max().unwrap_or(0);
    if max > 100 {
        return false;
    }
    let mid = nonblank
        .iter()
        .filter(|&&n| (45..=100).contains(&n))
        .count();
    mid * 2 >= nonblank.len()
}

/// Split the raw text into logical lines: one per source line, or per paragraph when the text is hard-wrapped
/// (a paragraph then ends at a blank line, an indented line or a short line).
fn logical_lines(raw: &str) -> Vec<Line> {
    let src: Vec<&str> = raw.lines().collect();
    let wrapped = is_hard_wrapped(&src);
    let mut out: Vec<Line> = Vec::new();
    let mut blank = false;
    let mut cur = String::new();
    let mut cur_blank = false;
    let mut prev_len = 0usize;
    let mut prev_words = 0usize;
    let mut prev_depth = 0usize;
    for l in src {
        let (depth, l) = unquote(l);
        let t = l.trim();
        if t.is_empty() {
            if !cur.is_empty() {
                out.push(Line::new(std::mem::take(&mut cur), cur_blank));
            }
            blank = true;
            continue;
        }
        let indented = l.starts_with("  ") || l.starts_with('\t');
        // A short line whose sentence runs on into a line opening in lower case is wrapped too: the
        // lead line of wire copy, shortened where its dateline was cut (`Norway's parliament approved
        // an` / `extensive trade ban ...`).
        // Only asked of a short previous line, and of its own words: linear in the text.
        let runs_on = || {
            !cur.ends_with(['.', '!', '?', ':', ';', '"'])
                && (t.starts_with(|c: char| c.is_lowercase()) || prev_words >= 4)
        };
        // A quoted paragraph and the reply around it are separate paragraphs however they wrap.
        // An e-mail signature's separator (`-- `) stands alone, so the signature stays apart.
        let join = wrapped
            && !cur.is_empty()
            && !indented
            && t != "--"
            && cur != "--"
            && depth == prev_depth
            && (prev_len >= 40 || runs_on());
        if join {
            cur.push(' ');
            cur.push_str(t);
        } else {
            if !cur.is_empty() {
                out.push(Line::new(std::mem::take(&mut cur), cur_blank));
            }
            cur.push_str(t);
            cur_blank = blank || out.is_empty();
        }
        prev_len = l.trim_end().len() + depth;
        prev_words = t.split_whitespace().count();
        prev_depth = depth;
        blank = false;
        if !wrapped {
            out.push(Line::new(std::mem::take(&mut cur), cur_blank));
        }
    }
    if !cur.is_empty() {
        out.push(Line::new(cur, cur_blank));
    }
    out
}

/// A line without its e-mail or Usenet quote markers (`> text`, `>> text`, `> > text`), and how many
/// there were: a quoted sentence wrapped over lines reads on across them (`sanctions against Serbia
/// and` / `>Montenegro`), not with a `>` inside it. One space after the last marker belongs to it; more
/// is the quoted line's own indent.
fn unquote(line: &str) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = line;
    while let Some(r) = rest.trim_start_matches(' ').strip_prefix('>') {
        depth += 1;
        rest = r;
    }
    if depth > 0 {
        rest = rest.strip_prefix(' ').unwrap_or(rest);
    }
    (depth, if depth > 0 { rest } else { line })
}

/// The boilerplate kind a line shows by its own text, if any.
fn own_rule(line: &Line) -> Option<&'static str> {
    let t = line.text.as_str();
    if line.words <= 4 && super::is_loading_placeholder(t) {
        return Some("placeholder");
    }
    if parse_byline(t).is_some() {
        return Some("byline");
    }
    if wire_credit(t).is_some() {
        return Some("credit");
    }
    if line.words <= 80 {
        // Most lines match no rule: one pass of the union of the rules that apply rules them out cheaply.
        let long = line.words > GATE_WORDS;
        let b = t.as_bytes();
        if LONG_GATE.is_match(b) || (!long && SHORT_GATE.is_match(b)) {
            if let Some((name, _, _)) = RULE_RES
                .iter()
                .find(|(_, max, re)| line.words <= *max && re.is_match(b))
            {
                return Some(name);
            }
        } else if long {
            // Long lines are mostly prose; a long line matching no rule is not tested further.
            return None;
        }
    }
    // A line that is only a date ("April 2, 2024", "Published: 2024-04-02 10:00").
    if line.words <= 8 && !line.ends_sentence && find_date(t).is_some() {
        return Some("date-header");
    }
    // A related story's dek cut off mid-word ("... by a Russ…").
    if line.words >= 6 && is_truncated(t) {
        return Some("teaser");
    }
    None
}

/// Cost of a line matched by a boilerplate rule: high, so a form or a share bar splits article from sidebar.
const RULE_COST: f64 = 150.0;
/// Cost of a title-cased short line (menus, link lists).
const TITLE_CASE_COST: f64 = 30.0;
/// Cost of another short line (labels, list items, subheadings in sentence case).
const SHORT_COST: f64 = 6.0;
/// Cost of a line repeated in the file (a table of contents repeats the article's own headings).
const REPEATED_COST: f64 = 25.0;

/// Cost of a line of source code: a listing inside a technical article is part of it, and menus, feeds and
/// footers never look like code, so a long listing must not split the prose around it.
const CODE_COST: f64 = 1.0;

/// A line of a code listing: it opens or closes a block or ends a statement (`{`, `}`, `;`), or is a comment
/// or a markup tag, and is not a sentence.
fn is_code_like(l: &Line) -> bool {
    let t = l.text.trim();
    // Prose with a stray final `;` or `:(` has the function words code lacks.
    if l.words > 20 || l.ends_sentence && !t.ends_with(");") || l.words >= 8 && l.stop_ratio >= 0.25
    {
        return false;
    }
    let (first, last) = match (t.chars().next(), t.chars().next_back()) {
        (Some(f), Some(e)) => (f, e),
        _ => return false,
    };
    matches!(last, '{' | '}' | ';' | '(' | '[')
        || matches!(first, '}' | ')' | ']')
        || t.starts_with("//")
        || t.starts_with("/*")
        || first == '<' && last == '>'
}

/// Value of a line for the article run: prose adds its length, everything else costs.
fn line_value(l: &Line, min_stop: f32) -> Option<f64> {
    Some(match l.rule {
        Some(r) if is_hard_break(r) => return None,
        Some(_) if is_heading_break(l) => return None,
        None | Some("repeated-in-file") if is_code_like(l) => -CODE_COST,
        // A figure repeats naturally in a table of figures; as cheap as an unrepeated one.
        Some("repeated-in-file") if !l.text.chars().any(char::is_alphabetic) => -5.0,
        // Repetition alone is weak evidence: a table of contents repeats the article's own headings.
        Some("repeated-in-file") | Some("duplicate") => -REPEATED_COST,
        // A script's stand-in sits where article content would be: dropped, but no break in the article.
        Some("placeholder") => -SHORT_COST,
        Some(_) => -RULE_COST,
        None if l.is_prose(min_stop) => l.text.len() as f64,
        // A long line without a final stop: a list item or a headline of a link list; weakly positive.
        None if l.words >= 14 && !l.title_case && l.stop_ratio >= min_stop => {
            l.text.len() as f64 * 0.7
        }
        None if l.words >= 4
            && l.ends_sentence
            && !l.title_case
            && l.stop_ratio >= min_stop * 1.5 =>
        {
            l.text.len() as f64 * 0.5
        }
        // Short lines: menus and link lists are title-cased; labels, list items and table cells of the
        // article are more often in sentence case or numbers, so they cost less to bridge.
        None if l.title_case => -TITLE_CASE_COST,
        None if !l.text.chars().any(char::is_alphabetic)
            || l.words <= 2 && l.text.chars().filter(|c| c.is_alphabetic()).count() <= 3 =>
        {
            -5.0
        }
        None => -SHORT_COST,
    })
}

/// The run of lines [start, end) with the largest summed value inside `values` (Kadane's algorithm).
fn best_run(values: &[f64]) -> (f64, usize, usize) {
    let mut best = (f64::MIN, 0, 0);
    let mut sum = 0.0;
    let mut start = 0;
    for (i, v) in values.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += v;
        if sum > best.0 {
            best = (sum, start, i + 1);
        }
    }
    best
}

/// Weight of a section that a comments heading separates from an earlier one, when the two compete: a
/// thread of fifty comments can hold several times the text of the article it follows.
const COMMENT_SECTION_WEIGHT: f64 = 0.25;

/// The article: a run never crosses a hard break (`None`: a news-feed or comments heading). Of the sections
/// between hard breaks, the first whose best run is at least half the best of all wins: articles come before
/// their feeds and comment threads, which can add up to more text than the article itself. A section past a
/// comments heading (`is_comment_break`) counts a quarter against the sections before that heading.
fn densest_run(
    values: &[Option<f64>],
    is_comment_break: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    // (best run's score, start, end, comments headings before the section)
    let mut sections = Vec::new();
    let mut start = 0;
    let mut comment_breaks = 0usize;
    for i in 0..=values.len() {
        if i == values.len() || values[i].is_none() {
            if i > start {
                let vals: Vec<f64> = values[start..i].iter().map(|v| v.unwrap_or(0.0)).collect();
                let (score, s, e) = best_run(&vals);
                sections.push((score, start + s, start + e, comment_breaks));
            }
            if i < values.len() && is_comment_break(i) {
                comment_breaks += 1;
            }
            start = i + 1;
        }
    }
    let top = sections.iter().map(|s| s.0).fold(f64::MIN, f64::max);
    if top <= 0.0 {
        return None;
    }
    sections
        .iter()
        .find(|s| {
            let rival = sections
                .iter()
                .map(|o| {
                    if o.3 > s.3 {
                        o.0 * COMMENT_SECTION_WEIGHT
                    } else {
                        o.0
                    }
                })
                .fold(f64::MIN, f64::max);
            s.0 > 0.0 && s.0 >= rival * 0.5
        })
        .map(|s| (s.1, s.2))
}

/// Most short lines a related-links box set inside an article may hold (headlines, their authors).
const INSET_LINES: usize = 8;

/// Does the article resume after a feed heading that ends the run [start, end)? Yes when, within
/// [`INSET_LINES`] short lines after the heading, two paragraphs of prose follow one another and the run
/// from them holds at least a third of the text before: a "Recommended Reading" box set between paragraphs,
/// where a feed after the article lists headlines each with a one-line summary. Returns where the text
/// resumes and where the resumed run ends.
fn resume_after_inset(
    lines: &[Line],
    values: &[Option<f64>],
    min_stop: f32,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let heading = end;
    if !matches!(lines.get(heading)?.rule, Some("news-feed")) {
        return None;
    }
    let mut p = heading + 1;
    while p < lines.len() && p <= heading + INSET_LINES {
        let l = &lines[p];
        if l.is_prose(min_stop) {
            break;
        }
        if l.words > 15 || matches!(l.rule, Some(r) if is_hard_break(r)) {
            return None;
        }
        p += 1;
    }
    let second = lines
        .get(p + 1..(p + 4).min(lines.len()))?
        .iter()
        .any(|l| l.is_prose(min_stop));
    if !lines.get(p)?.is_prose(min_stop) || !second {
        return None;
    }
    let before: f64 = values[start..end].iter().map(|v| v.unwrap_or(0.0)).sum();
    // The best run that starts at p: the largest prefix sum up to the next hard break.
    let (mut sum, mut best) = (0.0, (0.0, p));
    for (i, v) in values.iter().enumerate().skip(p) {
        let Some(v) = v else { break };
        sum += v;
        if sum > best.0 {
            best = (sum, i + 1);
        }
    }
    (best.0 * 3.0 >= before).then_some((p, best.1))
}

/// Cost of a table-of-contents entry above the article (see [`toc_lines`]).
const TOC_COST: f64 = 2.0;

/// Lines before the run [start, end) that are repeated inside it: the entries of a table of contents, whose
/// copies are the article's subheadings.
fn toc_lines(lines: &[Line], hashes: &[u64], run: Option<(usize, usize)>) -> Vec<bool> {
    let mut toc = vec![false; lines.len()];
    let Some((start, end)) = run else { return toc };
    let headings: std::collections::HashSet<u64> = (start..end)
        .filter(|&i| lines[i].rule == Some("repeated-in-file"))
        .map(|i| hashes[i])
        .collect();
    if headings.is_empty() {
        return toc;
    }
    for i in 0..start {
        // A heading has words: a bare "-" or ">" repeats for other reasons.
        toc[i] = lines[i].rule == Some("repeated-in-file")
            && lines[i].words >= 2
            && headings.contains(&hashes[i]);
    }
    toc
}

/// A paragraph that introduces a person by name with their trade or training: "Sara Harberson is the founder
/// of ...", "Dr. Ehsan Jazini is a board-certified spine surgeon ...", "Hey, I'm Jessica! ...". Tested only
/// on the last paragraphs of the run, where such a paragraph is the author's box, not the story.
static BIO: LazyLock<BytesRegex> = LazyLock::new(|| {
    rule_regex(
        r"^\(?(?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?[A-Z](?:[\w'.-]|’)+(?: [A-Z](?:[\w'.-]|’)+){0,3},? (?:is|has been|holds|serves as) (?:a|an|the|our|[A-Z]\w+(?:'|’)s) (?:[\w,()-]+ ){0,4}(?i:founder|co-founder|owner|CEO|CTO|CFO|COO|president|director|manager|executive|editor|writer|journalist|author|contributor|reporter|correspondent|columnist|blogger|freelancer|attorney|lawyer|surgeon|physician|professor|consultant|coach|specialist|expert|professional|strategist|designer|architect|photographer|teacher|instructor|researcher|economist|nutritionist|dietitian|therapist|veterinarian|winemaker|degree|MBA|Ph\.?D)\b|^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?[A-Z](?:[\w'.-]|’)+(?: [A-Z](?:[\w'.-]|’)+){0,3},? (?:has|brings) (?:over |more than |nearly |almost )?\d+\+? years of experience|^(?:Hi|Hey|Hello)[,!]? I'?’?m [A-Z]",
    )
});

/// Pronouns and articles that start a sentence about a thing, not a person's name.
fn is_pronoun_start(t: &str) -> bool {
    let w = t.split_whitespace().next().unwrap_or("");
    matches!(
        w,
        "This"
            | "That"
            | "It"
            | "There"
            | "Here"
            | "He"
            | "She"
            | "They"
            | "We"
            | "The"
            | "A"
            | "An"
            | "Our"
            | "Its"
            | "His"
            | "Her"
            | "Their"
            | "These"
            | "Those"
            | "What"
            | "Which"
            | "Who"
    )
}

/// Is this paragraph a person's bio (see [`BIO`])? A news paragraph that reports what someone said is not.
fn is_bio(t: &str) -> bool {
    !is_pronoun_start(t)
        && !t.contains(" said")
        && !t.contains(" says")
        && !t.contains(" told ")
        && BIO.is_match(t.as_bytes())
}

/// End the run [start, end) before an author's bio among its last paragraphs (see [`BIO`]).
fn trim_trailing_bio(lines: &[Line], min_stop: f32, start: usize, end: usize) -> usize {
    // The last four paragraphs, last first: the first of them stays (a run is never all bio).
    let mut last = (start..end)
        .rev()
        .filter(|&i| lines[i].rule.is_none() && lines[i].is_prose(min_stop))
        .take(4);
    let tail: [Option<usize>; 4] = std::array::from_fn(|_| last.next());
    if tail[3].is_none() {
        return end;
    }
    tail[..3]
        .iter()
        .rev()
        .flatten()
        .copied()
        .find(|&i| is_bio(&lines[i].text))
        .unwrap_or(end)
}

/// Hash of a line's normalised form (lower case, single spaces), for repetition counts without allocating.
/// Every line of every document is hashed, long ones included, so this mixes in eight bytes per multiply
/// where [`fold_hash`] mixes one (stage_bench: clean_text 47.1 -> 44.9 us a story). The values live only
/// while one document is cleaned, so they need not match the saved corpus counts' keys.
fn norm_hash(s: &str) -> u64 {
    let mut h = WordHasher::default();
    normal_bytes(s, false, |b| h.push(b));
    h.finish()
}

/// Bytes gathered eight at a time into a word, each word mixed in with one multiply (FxHash's step).
#[derive(Default)]
struct WordHasher {
    h: u64,
    word: u64,
    /// Bytes pushed so far.
    len: u64,
}

impl WordHasher {
    fn push(&mut self, b: u8) {
        self.word |= u64::from(b) << ((self.len % 8) * 8);
        self.len += 1;
        if self.len.is_multiple_of(8) {
            self.mix();
        }
    }

    fn mix(&mut self) {
        self.h = (self.h.rotate_left(5) ^ self.word).wrapping_mul(0x517c_c1b7_2722_0a95);
        self.word = 0;
    }

    fn finish(mut self) -> u64 {
        if !self.len.is_multiple_of(8) {
            self.mix();
        }
        // The length tells apart texts that differ only by zero bytes at the end of the last word.
        (self.h ^ self.len).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

/// FNV-1a of `s` lower-cased with runs of whitespace as one space and digits as `0`, without building the
/// normalised string. The keys of the saved corpus counts: changing it makes saved counts meaningless.
fn fold_hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    normal_bytes(s, true, |b| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    });
    h
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Content words of a string, lower-cased, for matching a title against the body.
fn content_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !is_stopword(w))
        .collect()
}

/// Pick the headline among the lines before the article: a title-shaped line whose words recur in the
/// body. Returns its index.
fn find_title(lines: &[Line], start: usize, end: usize) -> Option<usize> {
    let body: String = lines[start..end.min(start + 12)]
        .iter()
        .map(|l| l.text.to_lowercase() + " ")
        .collect();
    let mut best: Option<(f32, usize)> = None;
    for i in (start.saturating_sub(15)..start).rev() {
        let l = &lines[i];
        if matches!(l.rule, Some(r) if is_hard_break(r)) {
            break;
        }
        if l.rule.is_some() || !l.is_title_like() || l.words < 4 {
            continue;
        }
        let words = content_words(&l.text);
        if words.is_empty() {
            continue;
        }
        let hit =
            words.iter().filter(|w| body.contains(w.as_str())).count() as f32 / words.len() as f32;
        // Nearer lines win ties: the headline usually sits just above byline, date and lead.
        let score = hit - (start - i) as f32 * 0.01;
        // Right above the body a weaker match will do (headlines paraphrase: "takeover" for "take over").
        let need = if i + 1 == start { 0.3 } else { 0.5 };
        if hit >= need && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Rules that state metadata rather than boilerplate: a text showing only these has no page furniture.
fn is_meta_rule(rule: &str) -> bool {
    matches!(
        rule,
        "credit" | "byline" | "date-header" | "title" | "repeated-across-corpus"
    )
}

/// Does any line match a boilerplate rule (beyond metadata kinds)?
fn shows_boilerplate(lines: &[Line]) -> bool {
    lines
        .iter()
        .any(|l| matches!(l.rule, Some(r) if !is_meta_rule(r)))
}

/// Own rules that drop a line on weak evidence (its shape or repetition, not what it says): in a document that
/// would otherwise come out empty, such lines are kept, as are lines dropped only for lying outside the run.
fn is_weak_rule(rule: &str) -> bool {
    matches!(
        rule,
        "teaser" | "duplicate" | "repeated-in-file" | "repeated-across-corpus"
    )
}

/// Longest text (bytes) and line count of a "short" document, whose every line may be article.
const SHORT_DOC_BYTES: usize = 4000;
const SHORT_DOC_LINES: usize = 60;

/// Should the whole text (from `body_from`) be the article rather than the run [start, end)? Yes when the
/// document is short, shows no boilerplate (no line matched a boilerplate rule), and the run holds less than
/// 60% of its text: wire stories that are tables of figures, abstracts, notes.
fn keep_whole(lines: &[Line], start: usize, end: usize, body_from: usize) -> bool {
    let body = &lines[body_from.min(lines.len())..];
    if body.len() > SHORT_DOC_LINES || shows_boilerplate(body) {
        return false;
    }
    let total: usize = body.iter().map(|l| l.text.len()).sum();
    if total > SHORT_DOC_BYTES {
        return false;
    }
    let run: usize = lines[start..end].iter().map(|l| l.text.len()).sum();
    run * 10 < total * 6
}

/// Is the first line a title: a line of at most 40 words, not boilerplate, followed by a blank line (the
/// "TITLE\n\nbody" layout of text files), whatever its case? A sentence that the article run starts with is
/// the lead paragraph instead.
fn title_line_candidate(lines: &[Line], run: Option<(usize, usize)>) -> Option<usize> {
    let (first, next) = (lines.first()?, lines.get(1)?);
    let ok = next.blank_before
        && first.rule.is_none()
        && (1..=40).contains(&first.words)
        && first.text.chars().any(char::is_alphabetic)
        && !(run.is_some_and(|(s, _)| s == 0) && first.ends_sentence);
    ok.then_some(0)
}

/// Clean one plain-text document. `known_title`: a title supplied by the container (a JSONL field), if any.
pub fn clean_text(raw: &str, known_title: Option<&str>, corpus: Option<&CorpusLines>) -> Cleaned {
    let mut out = Cleaned::default();
    let mut lines = logical_lines(raw);
    take_date_header(&mut lines, &mut out);
    lines.retain(|l| !l.text.is_empty());
    // Each line's normalised hash, computed once (repetition, duplicates and the emitted set all use it).
    let hashes: Vec<u64> = lines.iter().map(|l| norm_hash(&l.text)).collect();
    mark_rules(&mut lines, &hashes, known_title, corpus);
    mark_teasers(&mut lines);
    let min_stop = min_stop_ratio(&lines);
    let layout = find_layout(&lines, &hashes, min_stop, known_title);
    out.title = known_title
        .map(str::to_string)
        .or_else(|| layout.title.map(|i| lines[i].text.clone()));
    let mut verdicts = judge_lines(&lines, &hashes, &layout, min_stop, &mut out);
    keep_if_emptied(&lines, &mut verdicts, layout.title);
    emit(&lines, verdicts, &mut out);
    out
}

/// A `date YYYY-MM-DD` header glued to the first paragraph becomes the date, and leaves the paragraph.
fn take_date_header(lines: &mut [Line], out: &mut Cleaned) {
    let Some(first) = lines.first_mut() else {
        return;
    };
    let Some((date, rest)) = date_header(&first.text) else {
        return;
    };
    let header = first.text[..first.text.len() - rest.len()]
        .trim()
        .to_string();
    out.removed.push(Removed {
        line: header,
        rule: "date-header".into(),
    });
    out.date = Some(date);
    let rest = rest.to_string();
    let blank = first.blank_before;
    *first = Line::new(rest, blank);
}

/// Own-text rules, then repetition inside the file and across the corpus.
fn mark_rules(
    lines: &mut [Line],
    hashes: &[u64],
    known_title: Option<&str>,
    corpus: Option<&CorpusLines>,
) {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    for (l, h) in lines.iter().zip(hashes) {
        if l.words <= 12 {
            *seen.entry(*h).or_insert(0) += 1;
        }
    }
    let title_norm = known_title.map(norm).filter(|t| !t.is_empty());
    // `TITLE\n\nbody` with the page's headline again in the body: the first copy is the title, the
    // later one the repetition.
    let title_first = lines.get(1).is_some_and(|l| l.blank_before);
    let mut first_seen: HashSet<u64> = HashSet::new();
    for (i, (l, &h)) in lines.iter_mut().zip(hashes).enumerate() {
        l.rule = own_rule(l);
        if l.rule.is_none() && title_norm.as_deref().is_some_and(|t| norm(&l.text) == t) {
            l.rule = Some("title");
        }
        if l.rule.is_none()
            && !(i == 0 && title_first)
            && l.words <= 12
            && !l.ends_sentence
            && seen.get(&h).is_some_and(|&c| c >= 2)
        {
            l.rule = Some("repeated-in-file");
        }
        if l.rule.is_none() && l.words >= 15 && l.ends_sentence && !first_seen.insert(h) {
            // The same paragraph again (pages that print the article twice, pull quotes).
            l.rule = Some("duplicate");
        }
        if l.rule.is_none() && corpus.is_some_and(|c| c.is_repeated(&l.text, l.ends_sentence)) {
            l.rule = Some("repeated-across-corpus");
        }
    }
}

/// Teasers for other pages: related-story cards, excerpts followed by "Read more", and the headline
/// of a truncated teaser.
fn mark_teasers(lines: &mut [Line]) {
    mark_cards(lines);
    for i in 1..lines.len() {
        if lines[i].rule == Some("cta")
            && READ_MORE.is_match(&lines[i].text)
            && lines[i - 1].rule.is_none()
        {
            lines[i - 1].rule = Some("teaser");
        }
    }
    for i in 1..lines.len() {
        if lines[i].rule == Some("teaser") && is_truncated(&lines[i].text) {
            let prev = &mut lines[i - 1];
            if prev.rule.is_none() && prev.is_title_like() && !prev.ends_sentence {
                prev.rule = Some("teaser");
            }
        }
    }
}

/// Related-story cards: a headline line followed, without a blank line, by its dek, in a text whose
/// paragraphs are otherwise separated by blank lines.
fn mark_cards(lines: &mut [Line]) {
    let long: Vec<&Line> = lines.iter().filter(|l| l.words >= 8).collect();
    let blank_sep =
        long.len() >= 3 && long.iter().filter(|l| l.blank_before).count() * 10 >= long.len() * 7;
    if !blank_sep {
        return;
    }
    let first_long = lines
        .iter()
        .position(|l| l.words >= 8 && l.ends_sentence)
        .unwrap_or(usize::MAX);
    for i in first_long.saturating_add(1)..lines.len().saturating_sub(1) {
        let (a, b) = (&lines[i], &lines[i + 1]);
        if a.blank_before
            && !b.blank_before
            && a.rule.is_none()
            && a.is_title_like()
            && !a.ends_sentence
        {
            let card_end = lines[i + 2..]
                .iter()
                .position(|l| l.blank_before)
                .map_or(lines.len(), |p| i + 2 + p);
            if card_end - i <= 3 {
                for l in &mut lines[i..card_end] {
                    l.rule.get_or_insert("teaser");
                }
            }
        }
    }
}

/// English prose has a fifth or more function words; other languages get no stopword test.
fn min_stop_ratio(lines: &[Line]) -> f32 {
    let (mut stops, mut total) = (0.0f32, 0usize);
    for l in lines.iter().filter(|l| l.words >= 8) {
        stops += l.stop_ratio * l.words as f32;
        total += l.words;
    }
    if total > 0 && stops / total as f32 >= 0.15 {
        0.12
    } else {
        0.0
    }
}

/// Where the article sits among the lines, and what inside or around it is not its text.
struct Layout {
    /// The article's lines are `start..end`.
    start: usize,
    end: usize,
    /// The headline line, when the container gave no title.
    title: Option<usize>,
    /// Lines of a table of contents that repeats the article's headings.
    toc: Vec<bool>,
    /// Related-links boxes set inside the article (`[a, b)` line ranges); the text resumes after each.
    inset: Vec<(usize, usize)>,
    /// Clusters of short title-cased lines inside the article (link lists, product boxes).
    widget: Vec<bool>,
}

fn find_layout(lines: &[Line], hashes: &[u64], min_stop: f32, known_title: Option<&str>) -> Layout {
    let mut values: Vec<Option<f64>> = lines.iter().map(|l| line_value(l, min_stop)).collect();
    let comment_break = |i: usize| is_comments_heading(&lines[i]);
    let mut found = densest_run(&values, comment_break);
    // A table of contents above the article repeats the article's own headings: once the run is known, such
    // lines cost little, so the introduction above the table joins the article; the table itself is dropped.
    let toc = toc_lines(lines, hashes, found);
    if toc.iter().any(|&t| t) {
        for (v, _) in values.iter_mut().zip(&toc).filter(|(_, &t)| t) {
            *v = Some(-TOC_COST);
        }
        found = densest_run(&values, comment_break);
    }
    let head = match known_title {
        None => title_line_candidate(lines, found),
        Some(_) => None,
    };
    let (start, end, whole, inset) = article_span(lines, &values, min_stop, found, head.is_some());
    // The first line is the title when the body follows it (at most a dateline or byline between). When the
    // article run already holds it (a long headline), it stays text: the run judged it part of the article.
    // So is a first line the page prints again as its headline above the body.
    let head =
        head.filter(|&h| whole || (1..=3).contains(&start) || headline_again(lines, h, start));
    if *DEBUG {
        debug_dump(lines, &values, start, end);
    }
    let title = match known_title {
        None => head.or_else(|| find_title(lines, start, end)),
        Some(_) => None,
    };
    Layout {
        start,
        end,
        title,
        toc,
        inset,
        widget: widgets(lines, start, end),
    }
}

/// Whether line `h` is printed again among the lines just above the body starting at `start`.
fn headline_again(lines: &[Line], h: usize, start: usize) -> bool {
    (start.saturating_sub(15).max(h + 1)..start).any(|i| lines[i].text == lines[h].text)
}

type Span = (usize, usize, bool, Vec<(usize, usize)>);

/// The article's lines (start, end), whether the whole text is the article, and the insets inside it.
fn article_span(
    lines: &[Line],
    values: &[Option<f64>],
    min_stop: f32,
    found: Option<(usize, usize)>,
    has_head: bool,
) -> Span {
    let body_from = usize::from(has_head);
    // A document is never emptied: with no run of prose (a table of figures, a list), or a run that is a small
    // part of a short text showing no boilerplate, the text itself is the article.
    let whole = match found {
        // No prose at all: the text is the article unless it shows page furniture (then it is a menu page).
        None => !shows_boilerplate(&lines[body_from.min(lines.len())..]),
        Some((s, e)) => keep_whole(lines, s, e, body_from),
    };
    let (start, mut end) = if whole {
        let stop = lines[body_from.min(lines.len())..]
            .iter()
            .position(|l| matches!(l.rule, Some(r) if is_hard_break(r)))
            .map_or(lines.len(), |p| body_from + p);
        (body_from.min(stop), stop)
    } else {
        found.unwrap_or((0, 0))
    };
    // A related-links box set inside the article: the text resumes after it. Its lines are dropped.
    let mut inset: Vec<(usize, usize)> = Vec::new();
    if !whole && found.is_some() {
        while let Some((gap_end, run_end)) = resume_after_inset(lines, values, min_stop, start, end)
        {
            inset.push((end, gap_end));
            end = run_end;
        }
    }
    let end = trim_trailing_bio(lines, min_stop, start, end);
    (start, end, whole, inset)
}

/// Inside the article, a cluster of title-cased short lines is a widget (link list, product box), where a
/// subheading stands alone between paragraphs.
fn widgets(lines: &[Line], start: usize, end: usize) -> Vec<bool> {
    let short_tc = |l: &Line| {
        l.rule.is_none()
            && l.title_case
            && l.words <= 12
            && !l.ends_sentence
            && !crate::text::data_row(&l.text)
    };
    let mut widget = vec![false; lines.len()];
    let mut i = start;
    while i < end {
        let mut j = i;
        while j < end && short_tc(&lines[j]) {
            j += 1;
        }
        if j - i >= WIDGET_LINES {
            widget[i..j].iter_mut().for_each(|w| *w = true);
        }
        i = j.max(i + 1);
    }
    widget
}

fn debug_dump(lines: &[Line], values: &[Option<f64>], start: usize, end: usize) {
    for (i, (l, v)) in lines.iter().zip(values).enumerate() {
        let mark = if (start..end).contains(&i) { '*' } else { ' ' };
        eprintln!(
            "{mark} {v:>8.0?} {:<16} {}",
            l.rule.unwrap_or(""),
            l.text.chars().take(90).collect::<String>()
        );
    }
}

/// Each line's verdict: the rule that removes it, or `None` for article text. Metadata lines (bylines,
/// wire credits, date lines) fill `out` as they are met.
fn judge_lines(
    lines: &[Line],
    hashes: &[u64],
    layout: &Layout,
    min_stop: f32,
    out: &mut Cleaned,
) -> Vec<Option<&'static str>> {
    let (start, end) = (layout.start, layout.end);
    let mut after_feed = false;
    let mut emitted: HashSet<u64> = HashSet::new();
    let mut verdicts = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        if i >= end && matches!(l.rule, Some(r) if is_hard_break(r)) {
            after_feed = true;
        }
        let inside = (start..end).contains(&i);
        let rule = if Some(i) == layout.title {
            Some("title")
        } else if layout.toc[i] {
            Some("toc")
        } else if let Some(r) = l
            .rule
            .filter(|&r| r != "repeated-in-file" || !inside)
            // A repeated paragraph is dropped only when its first copy is in the article.
            .filter(|&r| r != "duplicate" || !inside || emitted.contains(&hashes[i]))
        {
            Some(r)
        } else if layout.widget[i] {
            Some("short-link-like")
        } else if layout.inset.iter().any(|&(a, b)| (a..b).contains(&i)) {
            Some("news-feed")
        } else if i < start {
            Some(if l.is_prose(min_stop) {
                "before-article"
            } else {
                "nav"
            })
        } else if i >= end {
            Some(if after_feed {
                "news-feed"
            } else if l.is_prose(min_stop) {
                "after-article"
            } else {
                "short-link-like"
            })
        } else {
            None
        };
        match rule {
            Some(r) => take_metadata(r, l, i, layout, out),
            None if l.words >= 15 => {
                emitted.insert(hashes[i]);
            }
            None => {}
        }
        verdicts.push(rule);
    }
    verdicts
}

/// How far down the page a masthead may stand.
const MASTHEAD_LINES: usize = 8;

/// A removed line that carries metadata: authors and source from a byline, a wire credit near the
/// article's end, a date line above it.
fn take_metadata(rule: &str, l: &Line, i: usize, layout: &Layout, out: &mut Cleaned) {
    let (start, end) = (layout.start, layout.end);
    match rule {
        "byline" => {
            if let Some(b) = parse_byline(&l.text) {
                if out.authors.is_empty() {
                    out.authors = b.authors;
                }
                if out.source.is_none() {
                    out.source = b.source;
                }
                if out.date.is_none() && i < end {
                    out.date = b.date;
                }
            }
        }
        "credit" => {
            if let Some(w) = wire_credit(&l.text) {
                if i + 3 >= end && i <= end + 3 {
                    out.source = Some(w);
                }
            }
        }
        "date-header" | "timestamp" if i < start && out.date.is_none() => {
            out.date = find_date(&l.text);
        }
        // A ministry's or agency's own page names it in its masthead, above the text.
        "nav" if i < start.min(MASTHEAD_LINES) && out.source.is_none() => {
            out.source = government_masthead(&l.text);
        }
        _ => {}
    }
}

/// Never emptied: when every line went and none matched a strong boilerplate rule (a menu page shows nav,
/// share or cta lines), lines dropped only on weak evidence (a truncated excerpt taken for a teaser,
/// repetition, position outside the run) are the text after all.
fn keep_if_emptied(lines: &[Line], verdicts: &mut [Option<&'static str>], title: Option<usize>) {
    let strong = lines
        .iter()
        .any(|l| matches!(l.rule, Some(r) if !is_meta_rule(r) && !is_weak_rule(r)));
    if strong || !verdicts.iter().all(Option::is_some) {
        return;
    }
    for (i, v) in verdicts.iter_mut().enumerate() {
        if Some(i) != title && lines[i].rule.is_none_or(is_weak_rule) {
            *v = None;
        }
    }
}

/// Removed lines with their rule, and the kept ones as paragraphs with glued words repaired (the
/// evidence for a repair is the whole kept text).
fn emit(lines: &[Line], verdicts: Vec<Option<&'static str>>, out: &mut Cleaned) {
    let mut paragraphs = Vec::new();
    for (l, v) in lines.iter().zip(verdicts) {
        match v {
            Some(r) => out.removed.push(Removed {
                line: l.text.clone(),
                rule: r.to_string(),
            }),
            None => paragraphs.push(l.text.as_str()),
        }
    }
    let context = paragraphs.join("\n");
    let evidence = Evidence::new(&context);
    for p in paragraphs {
        let (fixed, repairs) = repair_glued_with(p, &evidence);
        out.repairs.extend(repairs);
        out.paragraphs.push(fixed);
    }
}

#[cfg(test)]
mod hash_tests {
    use super::{fold_hash, norm_hash};

    /// The saved corpus counts are keyed by FNV-1a of this form: the keys of files written by earlier
    /// versions must still be found.
    #[test]
    fn fold_hash_is_fnv_of_the_normal_form() {
        let fnv = |s: &str| {
            s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            })
        };
        for (line, normal) in [
            (
                "  Updated 12:30  GMT, 3 May 2024 ",
                "updated 00:00 gmt, 0 may 0000",
            ),
            (
                "Subscribe\tto our NEWSLETTER",
                "subscribe to our newsletter",
            ),
            ("ÉTÉ\u{a0}Straße", "été straße"),
        ] {
            assert_eq!(fold_hash(line), fnv(normal), "{line:?}");
        }
    }

    #[test]
    fn norm_hash_ignores_case_and_spacing_only() {
        let same = [
            (
                "Subscribe to our Newsletter",
                "  subscribe   TO our\tnewsletter ",
            ),
            ("Ünïcödé ÉTÉ", "ünïcödé\u{a0}été"),
            ("", "   "),
        ];
        for (a, b) in same {
            assert_eq!(norm_hash(a), norm_hash(b), "{a:?} vs {b:?}");
        }
        let different = [
            ("subscribe", "subscribed"),
            ("a b", "ab"),
            ("abcdefgh", "abcdefgh\0"),
            ("North Korea", "South Korea"),
        ];
        for (a, b) in different {
            assert_ne!(norm_hash(a), norm_hash(b), "{a:?} vs {b:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P1: &str = "South Korea has imposed new sanctions against two Russian organizations, two individuals, and two \
                      ships over cooperation with North Korea, the South Korean Foreign Ministry reported on April 2.";
    const P2: &str = "North Korea has been shaping up as Russia's leading weapons supplier, reportedly providing Moscow \
                      with extensive military packages, including ballistic missiles and over 3 million artillery shells.";
    const P3: &str = "The latest South Korean sanctions target two Russian ships involved in transporting military \
                      supplies to North Korea, according to the ministry's statement.";
    const P4: &str = "The Financial Times and other media outlets have reported that Russia may be defying sanctions to \
                      supply North Korea with oil, possibly in exchange for military equipment.";

    /// The rule that removed the line starting with `prefix`, if it was removed.
    fn rule<'a>(c: &'a Cleaned, prefix: &str) -> Option<&'a str> {
        c.removed
            .iter()
            .find(|r| r.line.starts_with(prefix))
            .map(|r| r.rule.as_str())
    }

    fn kept(c: &Cleaned, prefix: &str) -> bool {
        c.paragraphs.iter().any(|p| p.starts_with(prefix))
    }

    fn clean(parts: &[&str]) -> Cleaned {
        clean_text(&parts.join("\n\n"), None, None)
    }

    /// Inside the article, a run of table rows holding long numbers (a vessel list with IMO numbers) is
    /// data and stays, though its lines are as short and title-cased as a widget's.
    #[test]
    fn a_table_of_vessels_is_no_widget() {
        const A: &str = "Norway on Monday added four tankers to its sanctions list, saying they carried Chilean \
                         crude oil in breach of the price cap that Oslo and its partners agreed last year.";
        const B: &str = "The ministry said the ships had switched off their transponders for weeks at a time \
                         while loading cargo from other vessels in open water off the coast of Peru.";
        let table = "Among the listed vessels:\nVessel name | IMO number | Flag\nNORDIC SPIRIT | 9312456 | Panama\n\
                     CRIMSON HERON | 9187654 | Gabon\nSILVER MORNING | 9276543 | Comoros\nNORTHERN GULL | 9301234 | Palau";
        let c = clean(&[A, table, B, P4]);
        assert!(kept(&c, "NORDIC SPIRIT | 9312456"), "{:?}", c.removed);
    }

    #[test]
    fn nav_lines_before_the_headline() {
        let c = clean(&["Skip to content\nEdit post", P1, P2, P3]);
        assert_eq!(rule(&c, "Skip to content"), Some("nav"));
        assert_eq!(rule(&c, "Edit post"), Some("nav"));
        assert!(kept(&c, "South Korea has imposed"));
    }

    #[test]
    fn headline_byline_caption_and_ai_notice() {
        let c = clean(&[
            "Skip to content",
            "South Korea sanctions Russian organizations, individuals over cooperation with Pyongyang",
            "by Dinara Khalilova and The Kyiv Independent news desk April 2, 2024 12:28 PM 2 min read\n\
             Russian dictator Vladimir Putin and North Korean leader Kim Jong Un on Sept. 13, 2023. (Photo by Contributor/Getty Images)\n\
             This audio is created with AI assistance",
            P1,
            P2,
            P3,
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("South Korea sanctions Russian organizations, individuals over cooperation with Pyongyang")
        );
        assert_eq!(rule(&c, "by Dinara Khalilova"), Some("byline"));
        assert_eq!(rule(&c, "Russian dictator Vladimir Putin"), Some("caption"));
        assert_eq!(rule(&c, "This audio is created"), Some("ai-audio-notice"));
        assert_eq!(c.authors, vec!["Dinara Khalilova".to_string()]);
        assert_eq!(c.source.as_deref(), Some("The Kyiv Independent"));
        assert_eq!(c.date.as_deref(), Some("2024-04-02"));
        assert!(kept(&c, "South Korea has imposed"));
    }

    #[test]
    fn no_title_or_date_when_the_text_states_none() {
        let c = clean(&["This audio is created with AI assistance", P1, P2, P3]);
        assert_eq!(c.title, None);
        assert_eq!(c.date, None);
        assert_eq!(rule(&c, "This audio"), Some("ai-audio-notice"));
        assert_eq!(c.paragraphs.len(), 3);
    }

    #[test]
    fn truncated_related_story_inside_the_article() {
        let c = clean(&[
            P1,
            P2,
            "Russia, China and North Korea have new dynamics. And it's bad for Ukraine\n\
             The White House announced on Oct. 13 that North Korea had delivered more than 1,000 containers of \
             military equipment and ammunition to bolster Russia's war against Ukraine. Washington published \
             pictures tracking a set of containers as it traveled from Najin, North Korea, to Dunay, Russia, by a Russ…",
            P3,
            P4,
        ]);
        assert_eq!(rule(&c, "Russia, China and North Korea"), Some("teaser"));
        assert_eq!(rule(&c, "The White House announced"), Some("teaser"));
        assert!(kept(&c, "The latest South Korean"));
        assert!(kept(&c, "North Korea has been shaping"));
    }

    #[test]
    fn related_story_card_and_news_feed_after_the_article() {
        let c = clean(&[
            P1,
            P2,
            P3,
            P4,
            "US, South Korea launch task force to combat illegal shipment of oil to North Korea\n\
             The two countries also said they were increasingly concerned that Russia has been providing refined oil to North Korea.",
            "News Feed",
            "6:58 PM",
            "Ombudsman reacts to alleged Russian execution of Ukrainian POWs.",
            "\"The video shows how Russian soldiers shot five captured Ukrainian defenders,\" Ombudsman Dmytro \
             Lubinets said, referring to drone footage released by the 110th Mechanized Brigade earlier on Dec. 22.\n\
             5:15 AM",
            "MORE NEWS",
            "Editors' Picks",
        ]);
        assert_eq!(
            rule(&c, "US, South Korea launch task force"),
            Some("teaser")
        );
        assert_eq!(rule(&c, "The two countries also said"), Some("teaser"));
        assert_eq!(rule(&c, "News Feed"), Some("news-feed"));
        assert_eq!(rule(&c, "6:58 PM"), Some("timestamp"));
        assert_eq!(rule(&c, "Ombudsman reacts"), Some("news-feed"));
        assert_eq!(rule(&c, "MORE NEWS"), Some("news-feed"));
        assert_eq!(rule(&c, "Editors' Picks"), Some("news-feed"));
        assert!(kept(&c, "The Financial Times and other media"));
    }

    #[test]
    fn newsletter_block() {
        let c = clean(&[
            P1,
            P2,
            P3,
            "Enter your email to subscribe\nPlease, enter correct email address\nSubscribe\n* indicates required\n\
             Successfuly subscribed\nThank you for signing up for this newsletter. We've sent you a confirmation email.",
        ]);
        for l in [
            "Enter your email",
            "Please, enter correct",
            "Subscribe",
            "* indicates required",
            "Thank you for signing",
        ] {
            assert_eq!(rule(&c, l), Some("newsletter"), "{l}");
        }
        assert!(kept(&c, "The latest South Korean"));
    }

    #[test]
    fn also_read_teasers_and_agency_credit() {
        let text = format!(
            "{P1}\n{P2}\nAlso read |North Korea fires multiple ballistic missiles after Kim's sister denies supplying arms to Russia\n\
             {P3}\nAlso watch | WION Dispatch: North Korea dismisses rumour of arms export to Russia\n{P4}\n(With inputs from agencies)\n"
        );
        let c = clean_text(&text, None, None);
        assert_eq!(rule(&c, "Also read |North Korea"), Some("teaser"));
        assert_eq!(rule(&c, "Also watch | WION"), Some("teaser"));
        assert_eq!(rule(&c, "(With inputs from agencies)"), Some("credit"));
        assert_eq!(c.source, None);
        assert_eq!(c.paragraphs.len(), 4);
    }

    #[test]
    fn loading_placeholders_of_a_script_page_are_dropped() {
        let text = "Index funds explained\n\n\
            You don't need to be a stock market expert to be a good investor, and index funds are a big reason why.\n\n\
            Loading paragraph...\n\n\
            Index funds can put your stock investment strategy on autopilot while producing good returns over time.\n\n\
            Loading image…\n";
        let c = clean_text(text, None, None);
        let body = c.paragraphs.join("\n");
        assert!(!body.contains("Loading"), "{body}");
        assert!(body.contains("autopilot"), "{body}");
        assert_eq!(
            c.removed.iter().filter(|r| r.rule == "placeholder").count(),
            2,
            "{:?}",
            c.removed
        );
    }

    #[test]
    fn date_header_glued_to_first_paragraph_and_wire_credit() {
        let text = format!(" date 2024-05-24 {P1}\n\n\n\n{P2}\n\n\n\n{P3}\n\n\n\nReuters\n");
        let c = clean_text(&text, None, None);
        assert_eq!(c.date.as_deref(), Some("2024-05-24"));
        assert_eq!(rule(&c, "date 2024-05-24"), Some("date-header"));
        assert!(
            c.paragraphs[0].starts_with("South Korea has imposed"),
            "{:?}",
            c.paragraphs
        );
        assert_eq!(rule(&c, "Reuters"), Some("credit"));
        assert_eq!(c.source.as_deref(), Some("Reuters"));
        assert_eq!(c.paragraphs.len(), 3);
    }

    #[test]
    fn glued_words_repaired_in_paragraphs() {
        let text = "South Korea and Japan on Friday (May 24) announced a series of sanctions onpeople, organisations, \
                    and vessels related to Russia's allegedprocurement of weapons from NorthKorea.\n\
                    The sanctions came asSouth Korea and the United States (US)accused North Koreaof transferring \
                    weapons to Russia for use in its war against Ukraine.\n";
        let c = clean_text(text, None, None);
        assert!(c.paragraphs[0].contains("sanctions on people,"));
        assert!(c.paragraphs[0].contains("alleged procurement of weapons from North Korea."));
        assert!(c.paragraphs[1]
            .contains("as South Korea and the United States (US) accused North Korea of"));
        assert!(c
            .repairs
            .iter()
            .any(|(from, to)| from == "Koreaof" && to == "Korea of"));
    }

    #[test]
    fn hard_wrapped_story_becomes_paragraphs() {
        let text = "DEUTSCHE AGREES FULL TAKEOVER OF FORMER EURASBANK\n\n\
                    FRANKFURT, April 2 - Deutsche Bank AG has agreed\n\
                    to take over the outstanding 25 pct in Deutsche Bank (Asia)\n\
                    AG, the former European Asian Bank AG, from\n\
                    Creditanstalt-Bankverein, Deutsche management board\n\
                    joint spokesman Alfred Herrhausen told a news conference.\n\
                    \x20   Euras broke even in 1986 and required no funding from\n\
                    Deutsche, he said. He gave no details of the deal with\n\
                    Creditanstalt.\n";
        let c = clean_text(text, None, None);
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
        assert!(c.paragraphs[0].contains("has agreed to take over"));
        assert_eq!(
            c.title.as_deref(),
            Some("DEUTSCHE AGREES FULL TAKEOVER OF FORMER EURASBANK")
        );
    }

    /// A Usenet post: the long attribution line leaves the post hard-wrapped, a quoted paragraph reads on
    /// across its lines without the `>` markers, and stays apart from the reply after it.
    #[test]
    fn quoted_post_unwraps_without_its_markers() {
        let text = "Re: the trade row\n\n\
                    In article <abc123@news.example.edu> someone@news.example.edu (Pat Example) writes:\n\
                    >The Norwegian government on Friday threatened to impose new duties on\n\
                    >steel from Chile and Peru unless both countries open their markets\n\
                    >to Norwegian salmon within the next three months, officials said.\n\
                    I doubt very much that the government in Oslo will go through with\n\
                    this threat, given how much of its own industry relies on that steel\n\
                    and how little salmon the two countries buy from anyone at all.\n";
        let c = clean_text(text, None, None);
        let body = c.paragraphs.join("\n");
        assert!(body.contains("new duties on steel from Chile"), "{body}");
        assert!(!body.contains('>'), "{body}");
        assert!(!body.contains("officials said. I doubt"), "{body}");
    }

    /// A lead line shortened where its dateline was cut still runs on into the next line: it is part of
    /// the first paragraph, not a short line before the article.
    #[test]
    fn short_lead_line_joins_its_paragraph() {
        for lead in [
            "Ruritania's parliament has approved an\n\
             extensive trade ban on imports of steel and copper from\n",
            "The tough new trade measures Minister\n\
             Ivo Marek announced on Monday will cover imports of steel from\n",
        ] {
            let text = format!(
                "RURITANIA APPROVES TRADE BAN\n\n{lead}\
                 its neighbour, officials in the capital said on Tuesday after\n\
                 a long debate in which the opposition walked out twice.\n\
                 \x20   The measure takes effect in September and will be reviewed\n\
                 by the cabinet every six months, the trade ministry added.\n"
            );
            let c = clean_text(&text, None, None);
            assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
            let first_line = lead.lines().next().unwrap_or("");
            assert!(
                c.paragraphs[0].starts_with(first_line),
                "{:?}",
                c.paragraphs
            );
        }
    }

    /// A Reuters 1987 earnings story: a table of figures under an upper-case title, signed "Reuter".
    const FIGURES: &str = "FIDELITY NATIONAL FINANCIAL INC <FNF> 1ST QTR\n\n\
                           SCOTTSDALE, Ariz., March 12 - Jan 31 end\n\
                           \x20   Shr profit 49 cts vs loss not given\n\
                           \x20   Net profit 1,360,000 vs loss 241,000\n\
                           \x20   Revs 20.8 mln vs 14.3 mln\n\
                           \x20   Avg shrs 2,760,000 vs 1,970,000\n\
                           \x20Reuter\n";

    #[test]
    fn table_of_figures_is_kept_whole() {
        let c = clean_text(FIGURES, None, None);
        assert!(kept(&c, "SCOTTSDALE, Ariz., March 12"), "{:?}", c.removed);
        assert!(kept(&c, "Shr profit 49 cts"));
        assert!(kept(&c, "Avg shrs 2,760,000"));
        assert_eq!(c.paragraphs.len(), 5, "{:?}", c.paragraphs);
    }

    #[test]
    fn upper_case_first_line_is_the_title() {
        let c = clean_text(FIGURES, None, None);
        assert_eq!(
            c.title.as_deref(),
            Some("FIDELITY NATIONAL FINANCIAL INC <FNF> 1ST QTR")
        );
        assert_eq!(rule(&c, "FIDELITY NATIONAL"), Some("title"));
    }

    #[test]
    fn trailing_reuter_is_the_wire_credit() {
        let c = clean_text(FIGURES, None, None);
        assert_eq!(rule(&c, "Reuter"), Some("credit"));
        assert_eq!(c.source.as_deref(), Some("Reuters"));
        assert!(!c.paragraphs.iter().any(|p| p.contains("Reuter")));
    }

    #[test]
    fn first_line_before_a_blank_line_is_the_title() {
        // A SciFact abstract: the title shares few words with the text, so only its place names it.
        let text = "Potent RNAi by short RNA triggers.\n\nRNA interference (RNAi) is a gene-silencing mechanism by \
                    which a ribonucleoprotein complex, the RNA-induced silencing complex (RISC) and a double-stranded \
                    (ds) short-interfering RNA (siRNA), targets a complementary mRNA for site-specific cleavage and \
                    subsequent degradation.\n";
        let c = clean_text(text, None, None);
        assert_eq!(
            c.title.as_deref(),
            Some("Potent RNAi by short RNA triggers.")
        );
        assert_eq!(c.paragraphs.len(), 1);
        assert!(kept(&c, "RNA interference (RNAi) is"));
    }

    #[test]
    fn a_title_line_repeated_as_the_pages_headline_stays_the_title() {
        // A page dump saved as `TITLE\n\npage`: the page prints its headline again under the menu.
        let head = "Oslo freezes assets of two Freedonian arms brokers";
        let text = format!(
            "{head}\n\nNORDIC WIRE\nHome | World | Business\n{head}\nBy Staff\n\n{P1}\n\n{P2}\n"
        );
        let c = clean_text(&text, None, None);
        assert_eq!(c.title.as_deref(), Some(head), "{:?}", c.removed);
        assert!(!c.paragraphs.iter().any(|p| p.contains(head)));
        assert!(kept(&c, &P1[..30]));
    }

    #[test]
    fn a_document_is_never_emptied() {
        // One truncated paragraph under its title: the truncation alone looks like a teaser's excerpt.
        let text = "Coronary plaque disruption.\n\nCoronary atherosclerosis is by far the most frequent cause of \
                    ischemic heart disease, and plaque disruption with superimposed thrombosis is the main cause of \
                    the acute coronary syndromes. As the name atherosclerosis implies, mature …\n";
        let c = clean_text(text, None, None);
        assert!(
            kept(&c, "Coronary atherosclerosis is by far"),
            "{:?}",
            c.removed
        );
        assert_eq!(c.title.as_deref(), Some("Coronary plaque disruption."));
    }

    #[test]
    fn known_title_is_not_body() {
        let title = "South Korea sanctions Russian organizations, individuals over cooperation with Pyongyang";
        let c = clean_text(&format!("{title}\n\n{P1}\n\n{P2}\n"), Some(title), None);
        assert_eq!(c.title.as_deref(), Some(title));
        assert_eq!(rule(&c, title), Some("title"));
        assert_eq!(c.paragraphs.len(), 2);
    }

    /// A reader's comment: a paragraph of prose, like the article's own.
    fn reader_comment(n: usize) -> String {
        format!(
            "I read the ministry statement {n} times and I still think the sanctions on the two ships will not \
             stop the deliveries, because the cargo is moved between vessels at sea and the ships change their \
             names and flags every few months, which is what happened after the last round as well."
        )
    }

    #[test]
    fn a_long_comment_thread_does_not_outweigh_the_article() {
        let mut parts: Vec<String> = ["16 Comments", P1, P2, P3, P4]
            .iter()
            .map(|s| s.to_string())
            .collect();
        parts.push("16 Comments on “South Korea sanctions Russian organizations”".into());
        for i in 0..16 {
            parts.push(format!(
                "Reader {i}\nApril 2, 2024, 9:{:02} pm\n{}",
                10 + i,
                reader_comment(i)
            ));
        }
        let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
        let c = clean(&refs);
        assert!(kept(&c, "South Korea has imposed"), "{:?}", c.paragraphs);
        assert!(kept(&c, "The Financial Times"));
        assert!(!kept(&c, "I read the ministry statement"));
    }

    #[test]
    fn a_like_counter_is_not_a_comment_heading() {
        let c = clean(&[P1, P2, "1109 likes", P3, P4]);
        assert_eq!(rule(&c, "1109 likes"), Some("share"));
        assert!(kept(&c, "The Financial Times"), "{:?}", c.removed);
    }

    #[test]
    fn prose_about_a_subscription_is_not_a_sign_up_form() {
        let review = "At $1,795 with a $23 a month subscription cost, the rowing machine is an investment, but the \
                      workouts are so well designed that it has become the one piece of equipment I use every day.";
        let c = clean(&[
            P1,
            review,
            P2,
            P3,
            "Subscribe to our newsletter",
            "Sign up for our daily newsletter to get the latest sanctions news, analysis and data delivered every \
             morning before the markets open.",
        ]);
        assert!(kept(&c, "At $1,795"), "{:?}", c.removed);
        assert_eq!(rule(&c, "Subscribe to our"), Some("newsletter"));
        assert_eq!(rule(&c, "Sign up for our daily"), Some("newsletter"));
    }

    #[test]
    fn a_code_listing_does_not_split_the_article() {
        let listing = "import React, { useState } from 'react';\ninterface Todo {\nid: number;\ntext: string;\n\
                       completed: boolean;\n}\nconst TodoList: React.FC = () => {\n\
                       const [todos, setTodos] = useState<Todo[]>([]);\nconst [input, setInput] = useState<string>('');\n\
                       const handleAddTodo = () => {\nif (input.trim() !== '') {\n\
                       setTodos([...todos, { id: Date.now(), text: input, completed: false }]);\nsetInput('');\n}\n};";
        let c = clean(&[P1, listing, listing, listing, P2, P3, P4]);
        assert!(kept(&c, "South Korea has imposed"), "{:?}", c.removed);
        assert!(kept(&c, "The Financial Times"));
        let line = |t: &str| Line::new(t.to_string(), false);
        assert!(is_code_like(&line("completed: boolean;")));
        assert!(is_code_like(&line("const handleAddTodo = () => {")));
        // A sentence that happens to end in `;` is prose.
        assert!(!is_code_like(&line(
            "I'm looking for algorithms or articles on virtual sound. What i want to do is the following;"
        )));
    }

    #[test]
    fn article_resumes_after_an_inset_reading_list() {
        let c = clean(&[
            P1,
            P2,
            "Recommended Reading",
            "The Isolating Life of Parenting a Potential Psychopath",
            "Lillyth Quillan",
            "Uber’s Self-Driving Car Didn’t Malfunction, It Was Just Bad",
            "Alexis C. Madrigal",
            P3,
            P4,
            "About the Author",
        ]);
        assert!(kept(&c, "The latest South Korean"), "{:?}", c.removed);
        assert!(kept(&c, "The Financial Times"));
        assert_eq!(rule(&c, "Recommended Reading"), Some("news-feed"));
        assert_eq!(rule(&c, "Lillyth Quillan"), Some("news-feed"));
        assert_eq!(rule(&c, "Uber’s Self-Driving"), Some("news-feed"));
    }

    #[test]
    fn introduction_above_a_table_of_contents_is_kept() {
        let intro = "Sanctions have become a standard tool for governments to answer a war abroad. Today they reach \
                     ships, banks and people.";
        let heads = [
            "Who imposed the sanctions",
            "Which ships are listed",
            "Which people are listed",
            "How the oil reaches the North",
            "What the ministry said",
            "What the sanctions change",
            "How Moscow answered",
            "What comes next",
            "Further steps in Seoul",
        ];
        let mut parts = vec![intro];
        parts.extend(heads);
        // The article's paragraphs, each followed by the next subheadings (the run starts at a paragraph).
        for (p, hs) in [P1, P2, P3].iter().zip(heads.chunks(3)) {
            parts.push(p);
            parts.extend(hs);
        }
        parts.push(P4);
        let c = clean(&parts);
        assert!(kept(&c, "Sanctions have become"), "{:?}", c.removed);
        assert_eq!(rule(&c, "Which ships are listed"), Some("toc"));
        assert!(kept(&c, "Which ships are listed"));
    }

    #[test]
    fn author_bio_after_the_article_is_dropped() {
        let bio = "Dr. Ehsan Jazini is a board-certified spine surgeon who earned his medical degree at Albert \
                   Einstein College of Medicine and completed his residency in orthopaedic surgery.";
        let c = clean(&[P1, P2, P3, P4, bio]);
        assert_eq!(rule(&c, "Dr. Ehsan Jazini"), Some("after-article"));
        assert!(kept(&c, "The Financial Times"));
        let bio = "Lisa Moreno has over 20 years of experience in tax preparation. Her clients are small \
                   businesses across the state.";
        let c = clean(&[P1, P2, P3, P4, bio]);
        assert_eq!(rule(&c, "Lisa Moreno has"), Some("after-article"));
        // News reporting what a named person said is not a bio.
        let said =
            "Mr Kim is the chief executive of the shipping firm, which runs 12 tankers, a company \
                    spokesman said.";
        let c = clean(&[P1, P2, P3, P4, said]);
        assert!(kept(&c, "Mr Kim is the chief"), "{:?}", c.removed);
        // A sentence about a thing, not a person, stays.
        let c = clean(&[
            P1,
            P2,
            P3,
            P4,
            "The ministry is the author of the list, which has grown by a third \
                                           since 2022, officials said.",
        ]);
        assert!(kept(&c, "The ministry is the author"), "{:?}", c.removed);
    }

    #[test]
    fn repeated_figures_in_a_table_do_not_split_the_article() {
        // Each figure shows twice, as figures in a table do; each state once.
        let states = [
            "Texas", "Florida", "Idaho", "Montana", "Ohio", "Utah", "Nevada", "Oregon", "Georgia",
            "Arizona",
        ];
        let figures = ["14.3", "10.6", "21.2", "15.9", "23.7"];
        let mut parts = vec![P1];
        for (i, state) in states.iter().enumerate() {
            parts.push(state);
            parts.push(figures[i % figures.len()]);
        }
        parts.extend([P2, P3, P4]);
        let c = clean(&parts);
        assert!(kept(&c, "South Korea has imposed"), "{:?}", c.removed);
    }

    #[test]
    fn lines_repeated_across_the_corpus() {
        let mut corpus = CorpusLines::new();
        let page = |body: &str| format!("Explaining Ukraine with Kate Tsurkan\n{body}\n");
        for body in [P1, P2, P3, P4] {
            corpus.add_document(&page(body));
        }
        assert_eq!(corpus.len_docs(), 4);
        let c = clean_text(&page(&format!("{P1}\n{P2}")), None, Some(&corpus));
        assert_eq!(
            rule(&c, "Explaining Ukraine"),
            Some("repeated-across-corpus")
        );
        assert!(kept(&c, "South Korea has imposed"));
        corpus.remove_document(&page(P4));
        corpus.remove_document(&page(P3));
        assert_eq!(corpus.count("Explaining Ukraine with Kate Tsurkan"), 2);
        // Serializable, so the indexer can store it; spacing, case and digits do not change a line's key.
        let stored: CorpusLines = serde_json::to_string(&corpus)
            .and_then(|s| serde_json::from_str(&s))
            .expect("round trip");
        assert_eq!(stored.count("explaining  UKRAINE with Kate Tsurkan "), 2);
        assert_eq!(
            stored.count("Explaining Ukraine with Kate Tsurkan, part 2"),
            0
        );
        let mut dated = CorpusLines::new();
        dated.add_document("Updated 12:30 GMT, 3 May 2024\nbody");
        assert_eq!(dated.count("Updated 09:15 GMT, 4 May 2025"), 1);
    }
}
