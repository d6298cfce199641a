//! One function per subcommand: they wire the pipeline stages together and own all I/O.

mod completions;
mod extract;
mod index;
mod lists;
mod screen;
mod search;
mod serve;
mod show;

use std::io::Write;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::render::use_color;

pub fn run(cli: Cli, out: &mut dyn Write) -> Result<()> {
    let color = use_color(cli.color);
    match cli.command {
        Command::Index(args) => index::run(&args, out),
        Command::Search(args) => search::run(&args, color, out),
        Command::Facets(args) => search::run_facets(&args, color, out),
        Command::Show(args) => show::run(&args, color, out),
        Command::Extract(args) => extract::run(&args, color, out),
        Command::Serve(args) => serve::run(&args, out),
        Command::Completions(args) => completions::completions(&args, out),
        Command::Man(args) => completions::man(&args, out),
        Command::Lists(args) => lists::run(&args, out),
        Command::Screen(args) => screen::run(&args, out),
    }
}
