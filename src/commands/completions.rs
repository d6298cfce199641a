//! `completions` and `man`: generated from the clap definitions, so they never drift from `--help`.

use std::io::Write;

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::error::usage;

pub fn completions(args: &CompletionsArgs, out: &mut dyn Write) -> Result<()> {
    let mut cmd = Cli::command();
    let name = cmd.get_name().to_string();
    clap_complete::generate(args.shell, &mut cmd, name, out);
    Ok(())
}

pub fn man(args: &ManArgs, out: &mut dyn Write) -> Result<()> {
    let root = Cli::command();
    let page = match &args.command {
        None => root,
        Some(name) => {
            let names: Vec<String> = root
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .collect();
            let Some(sub) = root.find_subcommand(name).cloned() else {
                return usage(format!(
                    "no command {name:?}: use one of {}",
                    names.join(", ")
                ));
            };
            // The page is titled `embargo-search`, as man pages of subcommands are (git-log).
            let title = format!("{}-{}", root.get_name(), sub.get_name());
            sub.display_name(title)
        }
    };
    clap_mangen::Man::new(page)
        .render(out)
        .context("writing the man page")
}
