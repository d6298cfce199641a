//! Opening, creating and locking the index folder.

use std::fs::{self, File};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use fs2::FileExt;
use serde::{Deserialize, Serialize};
use tantivy::Index;

use super::schema::{build_schema, register_tokenizers, Fields, SCHEMA_VERSION};

/// An open index with its fields resolved.
pub struct Store {
    pub index: Index,
    pub fields: Fields,
    pub dir: PathBuf,
}

/// What each commit records besides the documents: written atomically with them.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Payload {
    pub schema: u32,
    /// The corpus folder the index was built from (absolute).
    pub corpus: Option<PathBuf>,
}

/// Whether `dir` holds an index (a tantivy `meta.json`).
pub fn exists(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
}

/// Open an existing index, refusing one written by another schema version.
pub fn open(dir: &Path) -> Result<Store> {
    if !exists(dir) {
        bail!(
            "no index at {} (build one with `embargo index --index {}`)",
            dir.display(),
            dir.display()
        );
    }
    let index = Index::open_in_dir(dir)
        .with_context(|| format!("opening the index at {}", dir.display()))?;
    let (schema, fields) = build_schema();
    let stored_version = read_payload(&index)?.map(|p| p.schema);
    let same_schema =
        serde_json::to_string(&index.schema()).ok() == serde_json::to_string(&schema).ok();
    if !same_schema || stored_version.is_some_and(|v| v != SCHEMA_VERSION) {
        bail!(
            "the index at {} was written by another version of embargo (schema {}; this one reads {}): \
             rebuild it with `embargo index --full --index {}`",
            dir.display(),
            stored_version.map_or_else(|| "unknown".to_string(), |v| v.to_string()),
            SCHEMA_VERSION,
            dir.display()
        );
    }
    register_tokenizers(&index);
    Ok(Store {
        index,
        fields,
        dir: dir.to_path_buf(),
    })
}

/// Create a new, empty index in `dir`, first removing any index files already there (and only those:
/// other files a user keeps in the folder are left alone).
pub fn create(dir: &Path) -> Result<Store> {
    fs::create_dir_all(dir)
        .with_context(|| format!("creating the index folder {}", dir.display()))?;
    remove_index_files(dir)?;
    let (schema, fields) = build_schema();
    let index = Index::create_in_dir(dir, schema)
        .with_context(|| format!("creating an index in {}", dir.display()))?;
    register_tokenizers(&index);
    Ok(Store {
        index,
        fields,
        dir: dir.to_path_buf(),
    })
}

pub fn read_payload(index: &Index) -> Result<Option<Payload>> {
    let metas = index
        .load_metas()
        .context("reading the index's meta.json")?;
    Ok(metas.payload.and_then(|p| serde_json::from_str(&p).ok()))
}

/// Tantivy's own files: meta.json, .managed.json, and segment files named by a 32-hex-digit id.
fn remove_index_files(dir: &Path) -> Result<()> {
    for entry in fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let segment_file = name.len() > 33
            && name.as_bytes()[32] == b'.'
            && name[..32].bytes().all(|b| b.is_ascii_hexdigit());
        if name == "meta.json" || name == ".managed.json" || segment_file {
            fs::remove_file(entry.path())
                .with_context(|| format!("removing {}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// Held for the whole of an `index` run, so a second run on the same index fails at once.
pub struct WriteLock {
    _file: File,
}

pub fn lock_for_writing(dir: &Path) -> Result<WriteLock> {
    fs::create_dir_all(dir)
        .with_context(|| format!("creating the index folder {}", dir.display()))?;
    let path = dir.join(".embargo-index.lock");
    let file = File::create(&path)
        .with_context(|| format!("creating the lock file {}", path.display()))?;
    if file.try_lock_exclusive().is_err() {
        bail!(
            "another `embargo index` is already writing to {}; wait for it to finish",
            dir.display()
        );
    }
    Ok(WriteLock { _file: file })
}
