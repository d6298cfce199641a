//! Output: human-readable text (colour only on a terminal) and JSON with a stable, documented shape.

pub mod human;
pub mod json;

use std::io::IsTerminal;

use crate::cli::ColorChoice;

/// Whether to write ANSI colour to stdout: `always`, or `auto` on a terminal without `NO_COLOR` set.
pub fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}
