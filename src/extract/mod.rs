//! Facets of a cleaned article: countries, sanctioners, target countries, target types, named targets.

pub mod countries;
pub mod legal_forms;
pub mod roles;
pub mod slot_names;
pub mod targets;

pub use countries::{country_name, resolve_country};

use crate::article::Facets;

/// Facets of one article; `title` may be None; `body` is the cleaned body (paragraphs separated by blank lines).
///
/// `source`: the publisher (`Reuters`, a ministry's masthead `U.S. DEPARTMENT of STATE`); a first-person
/// statement on a ministry's own page (`I am designating X`) is that ministry's act.
pub fn extract_facets(title: Option<&str>, body: &str, source: Option<&str>) -> Facets {
    // The gazetteer scan of the body is found once for both readers: it is the costliest step of a
    // story that reports no measure, and a story that reports one would otherwise pay it twice.
    let mentions = countries::ArticleMentions::of(title, body);
    let ranked = countries::rank_mentions(body, &mentions);
    let countries: Vec<String> = ranked.iter().map(|(c, _)| c.to_string()).collect();
    let mut roles = roles::find_roles_with(title, body, source, &mentions);
    // The guide's story-level rule: a sanctions action is a measure by a state or bloc. Where the story
    // names no imposer for any measure it mentions (`Sanctions against X have cost it billions`), it
    // reports none, and its target fields stay empty as a negative's do.
    if roles.sanctioners.is_empty() {
        roles.target_countries.clear();
        roles.target_types.clear();
        roles.targets.clear();
    }
    Facets {
        countries,
        sanctioners: roles.sanctioners,
        target_countries: roles.target_countries,
        target_types: roles.target_types,
        targets: roles.targets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// The gold file of the five seeds (a copy of `shared/gold/seeds.json`).
    fn gold() -> Vec<Value> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/seeds.json");
        let text = std::fs::read_to_string(&path).expect("tests/gold/seeds.json");
        serde_json::from_str(&text).expect("seeds.json is JSON")
    }

    fn strings(v: &Value) -> Vec<String> {
        let mut out: Vec<String> = v
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect();
        out.sort();
        out
    }

    fn sorted(mut v: Vec<String>) -> Vec<String> {
        v.sort();
        v
    }

    /// Every facet of every seed, from the cleaned body the cleaning stage hands over (gold paragraphs
    /// joined by blank lines, with the gold glued-word repairs applied) and the gold title.
    #[test]
    fn seeds_match_gold_facets() {
        for g in gold() {
            let mut body = g["body"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\n\n");
            if let Some(rep) = g["glued_repairs"].as_object() {
                for (k, v) in rep {
                    body = body.replace(k.as_str(), v.as_str().unwrap_or(k));
                }
            }
            let f = extract_facets(g["title"].as_str(), &body, g["source"].as_str());
            let file = g["file"].as_str().unwrap_or("?");
            for (facet, got) in [
                ("countries", f.countries),
                ("sanctioners", f.sanctioners),
                ("target_countries", f.target_countries),
                ("target_types", f.target_types),
            ] {
                assert_eq!(sorted(got), strings(&g[facet]), "{file} {facet}");
            }
            let mut want: Vec<(String, String)> = g["targets"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|t| {
                    (
                        t["name"].as_str().unwrap_or("").to_string(),
                        t["type"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect();
            want.sort();
            let mut got: Vec<(String, String)> =
                f.targets.into_iter().map(|t| (t.name, t.kind)).collect();
            got.sort();
            assert_eq!(got, want, "{file} targets");
        }
    }

    /// Measures with no imposer anywhere in the story leave every target field empty; the same
    /// sentence after an imposer's keeps its target.
    #[test]
    fn no_imposer_no_targets() {
        let f = extract_facets(
            None,
            "Sanctions against Chile have cost its economy billions, economists said.",
            None,
        );
        assert!(f.sanctioners.is_empty() && f.target_countries.is_empty());
        assert!(f.target_types.is_empty() && f.targets.is_empty());
        let f = extract_facets(
            None,
            "Oslo imposed sanctions on Chile. The sanctions against Chile have cost its economy billions.",
            None,
        );
        assert_eq!(
            (f.sanctioners, f.target_countries),
            (vec!["NO".to_string()], vec!["CL".to_string()])
        );
    }

    #[test]
    fn countries_are_ordered_by_centrality() {
        let f = extract_facets(
            Some("SOUTH KOREA SANCTIONS RUSSIAN FIRMS"),
            "SEOUL, April 2 (Yonhap) - South Korea has imposed sanctions on two Russian firms, the ministry said. Japan took note.",
            None,
        );
        assert_eq!(f.countries.first().map(String::as_str), Some("KR"));
        assert_eq!(f.countries.last().map(String::as_str), Some("JP"));
    }
}
