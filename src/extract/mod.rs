//! Facet extraction (first version placeholder API).

use crate::article::Facets;

pub fn extract_facets(_title: Option<&str>, _body: &str) -> Facets {
    Facets::default()
}

pub fn resolve_country(s: &str) -> Option<&'static str> {
    let _ = s;
    None
}

pub fn country_name(_code: &str) -> Option<&'static str> {
    None
}
