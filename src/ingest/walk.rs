//! Walking the corpus folder.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use walkdir::WalkDir;

use super::read::non_regular;
use super::Format;

/// A file of the corpus that embargo can read, with what tells whether it changed.
#[derive(Debug, Clone)]
pub struct CorpusFile {
    /// Path relative to the corpus root with `/` separators: the id of the file. A boxed `str`, not a
    /// `String`: the changed files of an update are held until they are read.
    pub rel: Box<str>,
    pub format: Format,
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when the platform has none).
    pub mtime: i64,
}

impl CorpusFile {
    /// The file's path on disk, made when needed rather than kept per file.
    pub fn path(&self, root: &Path) -> PathBuf {
        root.join(&*self.rel)
    }
}

/// A corpus file as a walk finds it, before its metadata is read: enough to sample a corpus, where
/// a `stat` per file would be most of the walk's cost.
pub struct Found {
    entry: walkdir::DirEntry,
    pub format: Format,
}

impl Found {
    /// Path relative to the corpus root with `/` separators (see [`CorpusFile::rel`]).
    pub fn rel(&self, root: &Path) -> Box<str> {
        let path = self.entry.path();
        path.strip_prefix(root)
            .unwrap_or(path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
            .into_boxed_str()
    }

    /// The file with its size and modification time, or the message saying why they cannot be read.
    pub fn stat(self, root: &Path) -> Result<CorpusFile, String> {
        let meta = self
            .entry
            .metadata()
            .map_err(|e| format!("{}: skipped: {e}", self.entry.path().display()))?;
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i64);
        Ok(CorpusFile {
            rel: self.rel(root),
            format: self.format,
            size: meta.len(),
            mtime,
        })
    }
}

/// All readable files below `root`, sorted by path, one at a time, with an error message for each entry
/// that could not be visited (permission denied, a symlink loop). Hidden files and folders are skipped, as
/// is `exclude` (the index folder, when it lies inside the corpus). An iterator, not a list: at a million
/// files a listing is memory that counts, and each caller needs each file only once.
pub fn walk_files(
    root: &Path,
    exclude: Option<&Path>,
) -> impl Iterator<Item = Result<CorpusFile, String>> {
    let root_buf = root.to_path_buf();
    walk_found(root, exclude).map(move |f| f.and_then(|f| f.stat(&root_buf)))
}

/// As [`walk_files`], without reading each file's metadata.
pub fn walk_found(
    root: &Path,
    exclude: Option<&Path>,
) -> impl Iterator<Item = Result<Found, String>> {
    let exclude = exclude.and_then(|p| p.canonicalize().ok());
    WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |e| {
            let hidden =
                e.depth() > 0 && e.file_name().to_str().is_some_and(|n| n.starts_with('.'));
            let excluded = exclude.as_ref().is_some_and(|x| {
                e.file_type().is_dir() && e.path().canonicalize().ok().as_ref() == Some(x)
            });
            !hidden && !excluded
        })
        .filter_map(visit)
}

/// One walked entry: a corpus file, an error message (also for a pipe or device with a corpus file's
/// name), or nothing (a folder, a file embargo does not read).
fn visit(entry: walkdir::Result<walkdir::DirEntry>) -> Option<Result<Found, String>> {
    let entry = match entry {
        Ok(e) => e,
        Err(e) => {
            let path = e
                .path()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let why = if e.loop_ancestor().is_some() {
                "symlink loop, not followed".to_string()
            } else {
                e.to_string()
            };
            return Some(Err(format!("{path}: skipped: {why}")));
        }
    };
    let kind = entry.file_type();
    if kind.is_dir() {
        return None;
    }
    let format = Format::of(entry.path())?;
    // With `follow_links` this is the type of a symlink's target, known without opening it: a pipe or a
    // device named like a corpus file is reported and counted, never read.
    if let Some(what) = non_regular(&kind) {
        let path = entry.path().display();
        return Some(Err(format!("{path}: skipped: {what}, not a regular file")));
    }
    Some(Ok(Found { entry, format }))
}
