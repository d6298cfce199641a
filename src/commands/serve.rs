use std::io::Write;

use anyhow::Result;

use crate::cli::ServeArgs;

/// Like `search`, the default index is built from `corpus/` on first use; after that the server only
/// reads it.
pub fn run(args: &ServeArgs, out: &mut dyn Write) -> Result<()> {
    let store = super::search::open_or_build(&args.index)?;
    crate::serve::run(store, args, out)
}
