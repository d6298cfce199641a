//! The sanctions lists stored beside the index, prepared for `target` lookups and kept across
//! requests: building the matcher for a list the size of OFAC's takes most of a second, so it is
//! built once and again only when `embargo lists add/remove` changes the lists folder.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use anyhow::{Context, Result};

use crate::link::ListIndex;

/// What identifies the lists on disk: each file's name, size and modification time.
type Stamp = Vec<(String, u64, Option<SystemTime>)>;

pub struct ListCache {
    index_dir: PathBuf,
    cached: Mutex<Option<(Stamp, Arc<Option<ListIndex>>)>>,
}

impl ListCache {
    pub fn new(index_dir: PathBuf) -> Self {
        ListCache {
            index_dir,
            cached: Mutex::new(None),
        }
    }

    /// The lists as they are now on disk; `None` inside when no list is loaded.
    pub fn current(&self) -> Result<Arc<Option<ListIndex>>> {
        let stamp = self.stamp()?;
        // A poisoned lock only means another request panicked mid-build; the cache is rebuilt.
        let mut cached = self.cached.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((seen, lists)) = cached.as_ref() {
            if *seen == stamp {
                return Ok(lists.clone());
            }
        }
        let lists = Arc::new(crate::link::load_index(&self.index_dir)?);
        *cached = Some((stamp, lists.clone()));
        Ok(lists)
    }

    fn stamp(&self) -> Result<Stamp> {
        let dir = crate::lists::list_dir(&self.index_dir);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e).with_context(|| format!("reading {}", dir.display())),
        };
        let mut stamp = Stamp::new();
        for entry in entries {
            let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
            let meta = entry.metadata().ok();
            stamp.push((
                entry.file_name().to_string_lossy().into_owned(),
                meta.as_ref().map_or(0, |m| m.len()),
                meta.and_then(|m| m.modified().ok()),
            ));
        }
        stamp.sort();
        Ok(stamp)
    }
}
