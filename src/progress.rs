//! Progress bars and warnings on stderr. Bars only when stderr is a terminal; warnings always,
//! printed above a running bar so they do not tear it.

use std::io::IsTerminal;
use std::sync::Mutex;

use indicatif::{ProgressBar, ProgressStyle};

pub struct Progress {
    show_bars: bool,
    current: Mutex<Option<ProgressBar>>,
}

impl Progress {
    pub fn new() -> Self {
        Progress {
            show_bars: std::io::stderr().is_terminal(),
            current: Mutex::new(None),
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

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}
