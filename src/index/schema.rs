//! The index schema, its tokenizers, and the conversion between an Article and a tantivy document.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer,
    Stemmer, TextAnalyzer,
};
use tantivy::Index;

/// Bumped whenever the schema or the meaning of a field changes: an index written by another version
/// is refused with a message to rebuild it with `--full`.
pub const SCHEMA_VERSION: u32 = 3;

/// English words: lowercased, accents folded, stemmed. Used for title, body and targets.
pub const TEXT_TOKENIZER: &str = "embargo_en";
/// Whole value, lowercased: exact but case-insensitive filters (source).
pub const KEYWORD_TOKENIZER: &str = "embargo_keyword";

/// Every field, resolved once.
#[derive(Clone, Copy)]
pub struct Fields {
    /// Unique article id (STRING): upserts delete by it.
    pub id: Field,
    /// The file an article came from, relative to the corpus root (STRING, FAST): the unit of change.
    pub file: Field,
    pub file_hash: Field,
    pub file_size: Field,
    pub file_mtime: Field,
    pub title: Field,
    /// Searchable text: the title and the body, as one field, so BM25 sees the article as one text (the
    /// title field adds a boost on top). Indexed, not stored.
    pub body: Field,
    /// The body as stored for display and snippets.
    pub body_text: Field,
    pub date: Field,
    pub source: Field,
    pub source_facet: Field,
    pub url: Field,
    pub authors: Field,
    pub countries: Field,
    pub sanctioners: Field,
    pub target_countries: Field,
    pub target_types: Field,
    pub targets: Field,
    pub target_facet: Field,
    /// The targets with their types, as JSON (stored only).
    pub targets_json: Field,
    /// Hash of the body's words: equal for copies of one text, so search shows them as one hit.
    pub dup_key: Field,
    /// How much metadata the article has: the richest copy represents a duplicate group.
    pub meta_score: Field,
    /// Links to sanctions-list entries, as JSON (stored only).
    pub links_json: Field,
    /// `/match` and/or `/possible`: the statuses of the article's links (`--listed`).
    pub link_status: Field,
    /// Lists and programs of the `match` links (`--list`, `--program`, facet counts).
    pub link_list: Field,
    pub link_program: Field,
    /// `LIST:ID<TAB>ENTRY NAME` of each entry matched: the `listed` facet.
    pub listed: Field,
    /// Exact keys for entry lookups: `any:LIST:ID` for every link, `match:LIST:ID` and `match:ID` for
    /// `match` links (`--entry`, `screen --list`).
    pub link_key: Field,
}

/// Options of a full-text field: embargo's English analyser, frequencies and positions (for phrases).
/// Also used by the benchmark's bare indexer, so the two index the same way.
pub fn text_options(stored: bool) -> TextOptions {
    let o = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TEXT_TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    if stored {
        o.set_stored()
    } else {
        o
    }
}

pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let keyword = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(KEYWORD_TOKENIZER)
                .set_index_option(IndexRecordOption::Basic),
        )
        .set_stored();
    let facet = FacetOptions::default().set_stored();
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        file: b.add_text_field("file", STRING | STORED | FAST),
        file_hash: b.add_u64_field("file_hash", FAST),
        file_size: b.add_u64_field("file_size", FAST),
        file_mtime: b.add_i64_field("file_mtime", FAST),
        title: b.add_text_field("title", text_options(true)),
        body: b.add_text_field("body", text_options(false)),
        body_text: b.add_text_field("body_text", STORED),
        date: b.add_date_field(
            "date",
            DateOptions::default()
                .set_indexed()
                .set_stored()
                .set_fast()
                .set_precision(DateTimePrecision::Seconds),
        ),
        source: b.add_text_field("source", keyword),
        source_facet: b.add_facet_field("source_facet", FacetOptions::default()),
        url: b.add_text_field("url", STORED),
        authors: b.add_text_field("authors", text_options(true)),
        countries: b.add_facet_field("country", facet.clone()),
        sanctioners: b.add_facet_field("sanctioner", facet.clone()),
        target_countries: b.add_facet_field("target_country", facet.clone()),
        target_types: b.add_facet_field("target_type", facet),
        targets: b.add_text_field("target", text_options(false)),
        target_facet: b.add_facet_field("target_facet", FacetOptions::default()),
        targets_json: b.add_text_field("targets_json", STORED),
        dup_key: b.add_u64_field(
            "dup_key",
            NumericOptions::default().set_fast().set_indexed(),
        ),
        meta_score: b.add_u64_field(
            "meta_score",
            NumericOptions::default().set_fast().set_stored(),
        ),
        links_json: b.add_text_field("links_json", STORED),
        link_status: b.add_facet_field("link_status", FacetOptions::default()),
        link_list: b.add_facet_field("link_list", FacetOptions::default()),
        link_program: b.add_facet_field("link_program", FacetOptions::default()),
        listed: b.add_facet_field("listed", FacetOptions::default()),
        link_key: b.add_text_field("link_key", STRING),
    };
    (b.build(), fields)
}

/// Custom tokenizers are saved by name only: register them on every open, before reading or writing.
pub fn register_tokenizers(index: &Index) {
    let en = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build();
    let keyword = TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .build();
    index.tokenizers().register(TEXT_TOKENIZER, en);
    index.tokenizers().register(KEYWORD_TOKENIZER, keyword);
}
