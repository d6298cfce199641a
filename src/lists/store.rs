//! Lists on disk: one JSON file per list in `INDEX/lists/`. The folder sits inside the index folder but
//! holds no tantivy file, so rebuilding the index (which removes only tantivy's files) keeps it.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Serialize;

use super::{Entry, List};

/// What `embargo lists` prints about one list.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ListInfo {
    pub name: String,
    pub format: String,
    pub entries: usize,
    pub names: usize,
    pub added: String,
}

impl From<&List> for ListInfo {
    fn from(l: &List) -> Self {
        ListInfo {
            name: l.name.clone(),
            format: l.format.clone(),
            entries: l.entries.len(),
            names: l.name_count(),
            added: l.added.clone(),
        }
    }
}

pub fn list_dir(index: &Path) -> PathBuf {
    index.join("lists")
}

fn list_path(index: &Path, name: &str) -> PathBuf {
    list_dir(index).join(format!("{name}.json"))
}

/// List names become file names and query values: letters, digits, `-` and `_`, at most 64.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Write a list atomically (a temporary file renamed into place).
pub fn save(index: &Path, list: &List) -> Result<()> {
    let dir = list_dir(index);
    fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let path = list_path(index, &list.name);
    let tmp = dir.join(format!(".{}.json.tmp", list.name));
    let file = fs::File::create(&tmp).with_context(|| format!("writing {}", tmp.display()))?;
    let mut w = std::io::BufWriter::new(file);
    serde_json::to_writer(&mut w, list).with_context(|| format!("writing {}", tmp.display()))?;
    std::io::Write::flush(&mut w).with_context(|| format!("writing {}", tmp.display()))?;
    fs::rename(&tmp, &path).with_context(|| format!("saving {}", path.display()))?;
    Ok(())
}

/// One stored list, None when there is no list of that name.
pub fn load_one(index: &Path, name: &str) -> Result<Option<List>> {
    let path = list_path(index, name);
    if !path.is_file() {
        return Ok(None);
    }
    let bytes = fs::read(&path).with_context(|| format!("reading the list {}", path.display()))?;
    let list = serde_json::from_slice(&bytes)
        .with_context(|| format!("reading the list {}", path.display()))?;
    Ok(Some(list))
}

/// The names of the stored lists, sorted.
pub fn stored_names(index: &Path) -> Vec<String> {
    let Ok(read) = fs::read_dir(list_dir(index)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = read
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".json")
                .filter(|s| valid_name(s))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    names
}

/// Every stored list, by name.
pub fn load_all(index: &Path) -> Result<Vec<List>> {
    let names = stored_names(index);
    let mut lists = Vec::with_capacity(names.len());
    for n in names {
        if let Some(l) = load_one(index, &n)? {
            lists.push(l);
        }
    }
    Ok(lists)
}

/// Read one stored list's entries one at a time into `on_entry`, never holding them all: a list of
/// half a million names is a few hundred MB as parsed entries. Returns the list's name as stored, or
/// None when there is no list of that name.
pub fn read_entries(
    index: &Path,
    name: &str,
    on_entry: &mut dyn FnMut(Entry) -> Result<()>,
) -> Result<Option<String>> {
    let path = list_path(index, name);
    if !path.is_file() {
        return Ok(None);
    }
    let bytes = fs::read(&path).with_context(|| format!("reading the list {}", path.display()))?;
    let mut de = serde_json::Deserializer::from_slice(&bytes);
    let stored = EntriesOf(on_entry)
        .deserialize(&mut de)
        .and_then(|n| de.end().map(|()| n))
        .with_context(|| format!("reading the list {}", path.display()))?;
    Ok(Some(stored))
}

/// A stored list read as a stream: its `entries` go to the callback, its `name` is returned, the
/// other fields are skipped.
struct EntriesOf<'f>(&'f mut dyn FnMut(Entry) -> Result<()>);

impl<'de> DeserializeSeed<'de> for EntriesOf<'_> {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for EntriesOf<'_> {
    type Value = String;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a stored list")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        let mut name = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "name" => name = Some(map.next_value::<String>()?),
                "entries" => map.next_value_seed(EachEntry(&mut *self.0))?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        name.ok_or_else(|| serde::de::Error::missing_field("name"))
    }
}

struct EachEntry<'f>(&'f mut dyn FnMut(Entry) -> Result<()>);

impl<'de> DeserializeSeed<'de> for EachEntry<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for EachEntry<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of entries")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(e) = seq.next_element::<Entry>()? {
            (self.0)(e).map_err(|e| serde::de::Error::custom(format!("{e:#}")))?;
        }
        Ok(())
    }
}

/// Remove a stored list; false when there was none.
pub fn remove(index: &Path, name: &str) -> Result<bool> {
    let path = list_path(index, name);
    if !path.is_file() {
        return Ok(false);
    }
    fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lists::Kind;

    fn entry(id: &str, name: &str) -> Entry {
        Entry {
            aliases: vec![format!("{name} Group")],
            programs: vec!["TEST".into()],
            born: Some(1970),
            ..Entry::new(id, name, Kind::Organization)
        }
    }

    #[test]
    fn a_stored_list_reads_back_entry_by_entry() {
        let dir = tempfile::tempdir().expect("tempdir");
        let list = List {
            name: "firms".into(),
            format: "csv".into(),
            added: "2026-01-01T00:00:00Z".into(),
            source: "firms.csv".into(),
            entries: vec![entry("1", "Ostrava Pumps"), entry("2", "Valdrin Cables")],
        };
        save(dir.path(), &list).expect("save");
        let mut read = Vec::new();
        let name = read_entries(dir.path(), "firms", &mut |e| {
            read.push(e);
            Ok(())
        })
        .expect("read");
        assert_eq!(name.as_deref(), Some("firms"));
        assert_eq!(read, list.entries);
        assert_eq!(stored_names(dir.path()), ["firms"]);
        // No such list; and an error from the reader stops the read with its reason.
        assert!(read_entries(dir.path(), "other", &mut |_| Ok(()))
            .expect("read")
            .is_none());
        let err = read_entries(dir.path(), "firms", &mut |_| anyhow::bail!("too big"))
            .expect_err("stopped");
        assert!(format!("{err:#}").contains("too big"));
    }
}
