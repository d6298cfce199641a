//! `embargo lists`: show, add and remove the sanctions lists stored with the index. A change relinks
//! the index (a pass over stored text, no corpus file read again).

use std::io::Write;

use anyhow::{bail, Context, Result};

use crate::cli::{ListsAction, ListsAddArgs, ListsArgs, ListsRemoveArgs};
use crate::error::usage;
use crate::index::relink;
use crate::lists::{self, parse_list, List, ListInfo};
use crate::progress::Progress;

pub fn run(args: &ListsArgs, out: &mut dyn Write) -> Result<()> {
    match &args.action {
        None => show(args, out),
        Some(ListsAction::Add(a)) => add(a, out),
        Some(ListsAction::Remove(r)) => remove(r, out),
    }
}

fn show(args: &ListsArgs, out: &mut dyn Write) -> Result<()> {
    let infos: Vec<ListInfo> = lists::load_all(&args.index)?
        .iter()
        .map(ListInfo::from)
        .collect();
    if args.json {
        serde_json::to_writer(&mut *out, &infos)?;
        writeln!(out)?;
        return Ok(());
    }
    if infos.is_empty() {
        writeln!(
            out,
            "no lists loaded in {} (add one with `embargo lists add FILE --name NAME`)",
            args.index.display()
        )?;
    }
    for i in &infos {
        writeln!(
            out,
            "{}\t{}\t{} entries\t{} names\tadded {}",
            i.name, i.format, i.entries, i.names, i.added
        )?;
    }
    Ok(())
}

fn add(a: &ListsAddArgs, out: &mut dyn Write) -> Result<()> {
    if !lists::valid_name(&a.name) {
        return usage(format!(
            "the list name {:?} may hold only letters, digits, - and _ (at most 64)",
            a.name
        ));
    }
    if !a.replace && lists::load_one(&a.index, &a.name)?.is_some() {
        return usage(format!(
            "a list named {:?} is already loaded in {}: remove it first or add --replace",
            a.name,
            a.index.display()
        ));
    }
    let bytes = std::fs::read(&a.file)
        .with_context(|| format!("reading the list file {}", a.file.display()))?;
    let parsed = parse_list(&bytes);
    // The file's bytes are not needed again: a list of half a million names is tens of MB.
    drop(bytes);
    let progress = Progress::new();
    for s in &parsed.skipped {
        progress.warn(&format!("{}: {s}: row skipped", a.file.display()));
    }
    if parsed.entries.is_empty() {
        bail!(
            "{}: no list entries found ({} rows skipped); the list was not added",
            a.file.display(),
            parsed.skipped.len()
        );
    }
    let list = List {
        name: a.name.clone(),
        format: parsed.format.to_string(),
        added: now_utc(),
        source: a.file.display().to_string(),
        entries: parsed.entries,
    };
    let info = ListInfo::from(&list);
    lists::save(&a.index, &list)?;
    drop(list);
    let relinked = relink(&a.index, &progress)?;
    writeln!(
        out,
        "added list {} ({}): {} entries, {} names, {} rows skipped; {} articles relinked",
        info.name,
        info.format,
        info.entries,
        info.names,
        parsed.skipped.len(),
        relinked
    )?;
    Ok(())
}

fn remove(r: &ListsRemoveArgs, out: &mut dyn Write) -> Result<()> {
    if !lists::valid_name(&r.name) || !lists::remove(&r.index, &r.name)? {
        return usage(format!(
            "no list named {:?} in {} (see `embargo lists`)",
            r.name,
            r.index.display()
        ));
    }
    let relinked = relink(&r.index, &Progress::new())?;
    writeln!(
        out,
        "removed list {}; {} articles relinked",
        r.name, relinked
    )?;
    Ok(())
}

/// The current time as RFC 3339 UTC, to the second.
fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}
