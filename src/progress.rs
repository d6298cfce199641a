//! Progress bars and warnings on stderr. Bars only when stderr is a terminal; warnings always,
//! printed above a running bar so they do not tear it.

use std::io::IsTerminal;
use std::sync::Mutex;

use indicatif::{ProgressBar, ProgressStyle};

pub struct Progress {
    show_bars: bool,
    current: Mutex<Option<ProgressBar>>,
    /// Every file skipped so far, with why: `index --json` lists them.
    skips: Mutex<Vec<Skip>>,
}

/// A corpus file (or folder entry) left out of the index, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Skip {
    pub path: String,
    pub reason: String,
}

/// The separator of a skip warning, `PATH: skipped: REASON`.
const SKIPPED: &str = ": skipped: ";

impl Progress {
    pub fn new() -> Self {
        Progress {
            show_bars: std::io::stderr().is_terminal(),
            current: Mutex::new(None),
            skips: Mutex::new(Vec::new()),
        }
    }

    /// Whether bars are drawn (stderr is a terminal).
    pub fn shows_bars(&self) -> bool {
        self.show_bars
    }

    /// A bar for `len` steps (hidden when stderr is not a terminal).
    pub fn bar(&self, len: u64, what: &str) -> ProgressBar {
        if !self.show_bars || len < 2 {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(len);
        let style = ProgressStyle::with_template(
            "{msg} [{bar:40}] {pos}/{len} files ({per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
        bar.set_style(style);
        bar.set_message(what.to_string());
        if let Ok(mut cur) = self.current.lock() {
            *cur = Some(bar.clone());
        }
        bar
    }

    /// One line on stderr.
    pub fn warn(&self, msg: &str) {
        let bar = self.current.lock().ok().and_then(|c| c.clone());
        match bar {
            Some(b) if !b.is_finished() => b.suspend(|| eprintln!("embargo: {msg}")),
            _ => eprintln!("embargo: {msg}"),
        }
    }
}

impl Progress {
    /// A skipped file: warned on stderr as `PATH: skipped: REASON` and remembered for the summary.
    pub fn skipped(&self, path: &str, reason: &str) {
        self.warn(&format!("{path}{SKIPPED}{reason}"));
        if let Ok(mut s) = self.skips.lock() {
            s.push(Skip {
                path: path.to_string(),
                reason: reason.to_string(),
            });
        }
    }

    /// A skip already worded by the corpus walk (`PATH: skipped: REASON`).
    pub fn skipped_entry(&self, message: &str) {
        match message.split_once(SKIPPED) {
            Some((path, reason)) => self.skipped(path, reason),
            None => self.skipped("", message),
        }
    }

    /// The skips so far, in the order they happened (files read in parallel finish in any order, so
    /// they are sorted by path for a stable listing).
    pub fn skips(&self) -> Vec<Skip> {
        let mut v = self.skips.lock().map(|s| s.clone()).unwrap_or_default();
        v.sort_by(|a, b| a.path.cmp(&b.path));
        v
    }
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}
