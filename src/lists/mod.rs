//! Sanctions lists: the typed entries, reading the formats lists come in, and storing them beside
//! the index (`INDEX/lists/NAME.json`), where `index` and `index --full` leave them alone.

pub(crate) mod derive;
mod parse;
mod store;

use serde::{Deserialize, Serialize};

pub use derive::org_aliases as derived_org_aliases;
pub use parse::{parse_list, Parsed};
pub use store::{
    list_dir, load_all, load_one, read_entries, remove, save, stored_names, valid_name, ListInfo,
};

/// What kind of party an entry is, in the vocabulary of the target facets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Individual,
    Organization,
    Vessel,
    Aircraft,
    /// A plain list that does not say: matched on the whole name only.
    Unknown,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Individual => "individual",
            Kind::Organization => "organization",
            Kind::Vessel => "vessel",
            Kind::Aircraft => "aircraft",
            Kind::Unknown => "unknown",
        }
    }

    /// From the words lists use for types (OFAC's `individual`/`-0-`, OpenSanctions schemata, plain words).
    pub fn parse(s: &str) -> Kind {
        match s.trim().to_ascii_lowercase().as_str() {
            "individual" | "person" | "people" => Kind::Individual,
            "vessel" | "ship" => Kind::Vessel,
            "aircraft" | "airplane" | "plane" => Kind::Aircraft,
            "-0-" | "entity" | "organization" | "organisation" | "company" | "legalentity"
            | "publicbody" => Kind::Organization,
            _ => Kind::Unknown,
        }
    }
}

/// One party on a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    /// As the list spells it (OFAC: `KOZLOV, Sergey Mikhaylovich`).
    pub name: String,
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programs: Vec<String>,
    /// ISO codes of the countries tied to the entry (programs, nationality, flag).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imo: Option<String>,
    /// Names of the entries it is `Linked To`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub linked: Vec<String>,
    /// The earliest year of birth the list gives a person: a story written before that person was
    /// grown up is about someone else of the same name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub born: Option<u16>,
}

impl Entry {
    /// An entry with its id, name and kind only: a name from a plain list, or a test's entry that sets
    /// the fields it needs with `..Entry::new(...)`.
    pub fn new(id: impl Into<String>, name: impl Into<String>, kind: Kind) -> Entry {
        Entry {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: Vec::new(),
            programs: Vec::new(),
            countries: Vec::new(),
            imo: None,
            linked: Vec::new(),
            born: None,
        }
    }
}

/// A stored list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct List {
    pub name: String,
    /// `ofac-sdn`, `opensanctions`, `csv`, `tsv` or `lines`.
    pub format: String,
    /// When it was added, RFC 3339 UTC.
    pub added: String,
    /// The file it was read from.
    pub source: String,
    pub entries: Vec<Entry>,
}

impl List {
    /// Names and aliases together.
    pub fn name_count(&self) -> usize {
        self.entries.iter().map(|e| 1 + e.aliases.len()).sum()
    }
}
