use std::io::Write;

use anyhow::Result;
use rayon::prelude::*;

use crate::cli::ExtractArgs;
use crate::ingest::{read_file, split_documents, Format};
use crate::pipeline::{internal_error, try_process, warm_up, Processed};
use crate::render::human::Human;
use crate::render::json::{ExtractJson, RepairJson};

/// `embargo extract`: the pipeline on files, no index. A file that cannot be read is reported on
/// stderr and the others still print; the exit code stays 0.
pub fn run(args: &ExtractArgs, color: bool, out: &mut dyn Write) -> Result<()> {
    let limit = args.max_file_mb.saturating_mul(1 << 20);
    warm_up();
    let per_file: Vec<(Vec<Processed>, Vec<String>)> = args
        .files
        .par_iter()
        .map(|path| {
            let shown = path.display().to_string();
            let mut notes = Vec::new();
            let decoded = match read_file(path, limit) {
                Ok(d) => d,
                Err(e) => return (Vec::new(), vec![format!("{shown}: skipped: {e}")]),
            };
            if decoded.lossy {
                notes.push(format!(
                    "{shown}: not valid UTF-8; undecodable bytes replaced with U+FFFD"
                ));
            }
            // Files named on the command line are read even without a known extension, as text.
            let format = Format::of(path).unwrap_or(Format::Text);
            let (raws, warnings) = split_documents(&shown, format, decoded.text);
            notes.extend(warnings.into_iter().map(|w| w.0));
            let mut processed = Vec::new();
            for raw in raws {
                let id = raw.id.clone();
                match try_process(raw, None) {
                    Some(p) => processed.push(p),
                    None => notes.push(internal_error(&shown, &id)),
                }
            }
            (processed, notes)
        })
        .collect();
    let human = Human { color };
    for (processed, notes) in per_file {
        for n in notes {
            eprintln!("embargo: {n}");
        }
        for p in processed {
            if args.json {
                let line = ExtractJson {
                    article: &p.article,
                    removed: args.explain.then_some(p.removed.as_slice()),
                    repairs: args.explain.then(|| {
                        p.repairs
                            .iter()
                            .map(|(found, repaired)| RepairJson { found, repaired })
                            .collect()
                    }),
                    events: args.explain.then(|| {
                        crate::extract::roles::explain(
                            p.article.title.as_deref(),
                            &p.article.body,
                            p.article.source.as_deref(),
                        )
                    }),
                };
                serde_json::to_writer(&mut *out, &line)?;
                writeln!(out)?;
            } else {
                human.article(out, &p.article)?;
                if args.explain {
                    writeln!(out)?;
                    human.removed(out, &p.removed)?;
                    for e in crate::extract::roles::explain(
                        p.article.title.as_deref(),
                        &p.article.body,
                        p.article.source.as_deref(),
                    ) {
                        writeln!(
                            out,
                            "event {:?}{}: agents {:?} premodifiers {:?} target countries {:?} targets {:?}\n  {}",
                            e.trigger,
                            e.cancelled.map(|w| format!(" (cancelled: {w})")).unwrap_or_default(),
                            e.agents,
                            e.premodifiers,
                            e.target_countries,
                            e.targets,
                            e.sentence.split_whitespace().collect::<Vec<_>>().join(" ")
                        )?;
                    }
                }
                writeln!(out)?;
            }
        }
    }
    Ok(())
}
