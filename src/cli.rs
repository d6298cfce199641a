//! Command-line definitions. The doc comments here are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Files larger than this many megabytes (after decompression) are skipped unless `--max-file-mb` says otherwise.
pub const DEFAULT_MAX_FILE_MB: u64 = 64;

/// Full-text search for sanctions news: index a folder of articles, then search it.
///
/// embargo reads .txt, .md, .html and .jsonl files (gzipped or not), strips page boilerplate,
/// repairs glued words, extracts who sanctions whom, and answers BM25-ranked queries with
/// highlighted snippets and facet counts.
#[derive(Debug, Parser)]
#[command(name = "embargo", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// When to colour the output: auto (only on a terminal, and never with NO_COLOR set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build or update the index from a corpus folder (incremental unless --full).
    Index(IndexArgs),
    /// Search the index: ranked hits with highlighted snippets.
    Search(SearchArgs),
    /// Facet counts (countries, sanctioners, targets...) for everything or for a query.
    Facets(FacetsArgs),
    /// Print one stored article in full, by id or path.
    Show(ShowArgs),
    /// Run the ingest pipeline on files without an index and print what it extracts.
    Extract(ExtractArgs),
    /// Serve a local web page (and its JSON API) for searching and reading the index.
    Serve(ServeArgs),
    /// Print a shell completion script to stdout (e.g. `embargo completions bash > ~/.local/share/bash-completion/completions/embargo`).
    Completions(CompletionsArgs),
    /// Print the man page (roff) to stdout (e.g. `embargo man | man -l -`).
    Man(ManArgs),
    /// Sanctions lists stored with the index: list them, add one, remove one.
    Lists(ListsArgs),
    /// Screen names (a file, or a loaded list) against the news: the articles mentioning each.
    Screen(ScreenArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// A subcommand's own page (`embargo man search`) instead of the main page.
    pub command: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListsArgs {
    #[command(subcommand)]
    pub action: Option<ListsAction>,

    /// Where the index (and its lists) live.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,

    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ListsAction {
    /// Load a list file (OFAC SDN CSV, OpenSanctions targets.simple.csv, CSV/TSV with a `name`
    /// column, or one name per line) and relink the index against all lists.
    Add(ListsAddArgs),
    /// Remove a loaded list and relink the index.
    Remove(ListsRemoveArgs),
}

#[derive(Debug, Args)]
pub struct ListsAddArgs {
    /// The list file; its format is detected from its content.
    pub file: PathBuf,

    /// The list's name, used by --list and in links (letters, digits, - and _).
    #[arg(long)]
    pub name: String,

    /// Where the index (and its lists) live.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,

    /// Replace a list already loaded under this name.
    #[arg(long)]
    pub replace: bool,
}

#[derive(Debug, Args)]
pub struct ListsRemoveArgs {
    /// The list's name.
    pub name: String,

    /// Where the index (and its lists) live.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,
}

#[derive(Debug, Args)]
pub struct ScreenArgs {
    /// A file of names to screen (any list format). Give this or --list.
    #[arg(value_name = "NAMES_FILE", conflicts_with = "list")]
    pub names: Option<PathBuf>,

    /// Screen every entry of this loaded list.
    #[arg(long, value_name = "NAME")]
    pub list: Option<String>,

    /// Where the index lives.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,

    /// Only articles dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Only hits in articles added or changed since the last `screen --new` of the same input.
    #[arg(long)]
    pub new: bool,

    /// Print JSON Lines: one object per name with hits.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,

    /// Print CSV: one row per hit.
    #[arg(long)]
    pub csv: bool,
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// The corpus folder [default: the corpus the index was built from, else `corpus`].
    #[arg(long)]
    pub corpus: Option<PathBuf>,

    /// Where the index lives.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,

    /// Rebuild from scratch instead of updating only new, changed and deleted files.
    #[arg(long)]
    pub full: bool,

    /// Skip files larger than this many megabytes (after decompression).
    #[arg(long, default_value_t = DEFAULT_MAX_FILE_MB, value_name = "MB")]
    pub max_file_mb: u64,

    /// Threads that read and clean files, and that index them [default: one more than the cores to read
    /// and clean, since some wait on the disk; as many as the cores to index].
    #[arg(long)]
    pub threads: Option<usize>,

    /// Do not use evidence from lines repeated across many files of the corpus (boilerplate).
    #[arg(long)]
    pub no_corpus_boilerplate: bool,

    /// Print the summary as one JSON object (counts, skipped files with reasons, seconds).
    #[arg(long)]
    pub json: bool,
}

/// Filters shared by `search` and `facets`.
#[derive(Debug, Args, Default, Clone)]
pub struct FilterArgs {
    /// Only articles mentioning this country: code, name or alias (KP, "North Korea", DPRK). Repeat to require several.
    #[arg(long, value_name = "C")]
    pub country: Vec<String>,

    /// Only articles where this country or bloc (EU, UN) imposes sanctions. Repeatable.
    #[arg(long, value_name = "C")]
    pub sanctioner: Vec<String>,

    /// Only articles whose sanctions target this country. Repeatable.
    #[arg(long, value_name = "C")]
    pub target_country: Vec<String>,

    /// Only articles with this kind of target: individual, organization, vessel, aircraft, state. Repeatable.
    #[arg(long, value_name = "T")]
    pub target_type: Vec<String>,

    /// Only articles naming this sanctions target (case-insensitive, e.g. "Lady R").
    #[arg(long, value_name = "NAME")]
    pub target: Option<String>,

    /// Only articles from this source (case-insensitive, e.g. Reuters).
    #[arg(long, value_name = "S")]
    pub source: Option<String>,

    /// Only articles dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Only articles dated on or before this day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,

    /// Only articles with at least one `match` link to a loaded sanctions list.
    #[arg(long)]
    pub listed: bool,

    /// Only articles with a `match` link to this loaded list (see `embargo lists`).
    #[arg(long, value_name = "NAME")]
    pub list: Option<String>,

    /// Only articles with a `match` link to an entry under this program (e.g. RUSSIA-EO14024).
    #[arg(long, value_name = "P")]
    pub program: Option<String>,

    /// Only articles with a `match` link to this list entry: its id (37621) or LIST:ID (ofac:37621).
    #[arg(long, value_name = "ID")]
    pub entry: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum MatchMode {
    /// Every term must match.
    #[default]
    All,
    /// Any term may match; more matching terms rank higher (BM25).
    Any,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query: words, "phrases", AND/OR/-, field:value (title:, body:). Omit it to list by filters alone.
    pub query: Option<String>,

    /// Where the index lives. The default index is built from `corpus/` on first use.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,

    /// How many hits to print.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: usize,

    /// Skip this many hits first (for paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,

    /// Whether every term must match (all) or any term (any).
    #[arg(long = "match", value_enum, default_value_t = MatchMode::All)]
    pub match_mode: MatchMode,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Also print facet counts for the matching articles.
    #[arg(long)]
    pub facets: bool,

    /// Print JSON instead of text (one object; JSON Lines with --queries).
    #[arg(long)]
    pub json: bool,

    /// Run one query per line of FILE (`ID<TAB>QUERY` or `QUERY`), printing one JSON line per query.
    #[arg(long, value_name = "FILE", conflicts_with = "query")]
    pub queries: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FacetsArgs {
    /// Count only articles matching this query.
    pub query: Option<String>,

    /// Where the index lives.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,

    /// Whether every term must match (all) or any term (any).
    #[arg(long = "match", value_enum, default_value_t = MatchMode::All)]
    pub match_mode: MatchMode,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// How many values to list per facet.
    #[arg(long, default_value_t = 20)]
    pub top: usize,

    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The article's id (as search prints it) or its file path.
    pub id: String,

    /// Where the index lives.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,

    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files to run through the pipeline (.txt .md .html .jsonl, optionally .gz).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,

    /// Print JSON Lines, one object per article.
    #[arg(long)]
    pub json: bool,

    /// Also list every line the cleaner dropped, with the rule that dropped it.
    #[arg(long)]
    pub explain: bool,

    /// Skip files larger than this many megabytes (after decompression).
    #[arg(long, default_value_t = DEFAULT_MAX_FILE_MB, value_name = "MB")]
    pub max_file_mb: u64,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Where the index lives. It is only read: run `embargo index` beside the server to update it.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,

    /// The address to listen on. Anything but a loopback address makes the index readable by anyone
    /// who can reach this machine.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,

    /// The port to listen on (0: any free port; the URL printed says which).
    #[arg(long, default_value_t = 7700)]
    pub port: u16,
}
