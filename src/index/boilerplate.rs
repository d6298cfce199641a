//! Cross-file evidence of boilerplate: lines repeated in many files of one corpus (newsletter blocks,
//! menus) are dropped by the text cleaner. The line counts persist beside the index, so an update
//! learns from the whole corpus, not only the files it reads.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::clean::CorpusLines;
use crate::ingest::{read_file, split_documents, walk_found, Format};

const FILE: &str = "corpus-lines.json";

/// The counts saved by the last run, or empty ones (also when the file is unreadable: it is only evidence).
pub fn load(index: &Path) -> CorpusLines {
    fs::read(index.join(FILE))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// Written to a temporary file and renamed, so a crash never leaves half a file.
pub fn save(index: &Path, lines: &mut CorpusLines) -> Result<()> {
    lines.forget_singletons();
    let tmp = index.join(format!("{FILE}.tmp"));
    let bytes = serde_json::to_vec(lines)?;
    fs::write(&tmp, bytes).with_context(|| format!("writing {}", tmp.display()))?;
    fs::rename(&tmp, index.join(FILE)).with_context(|| format!("renaming {}", tmp.display()))?;
    Ok(())
}

/// At most this many files are read to learn from: a line repeated in 2% of a corpus shows in about 100
/// of them, and the cost of learning stays bounded however large the corpus.
const SAMPLE: usize = 5_000;

/// A file to learn from: its path relative to the corpus root, and its format.
pub type Sampled = (Box<str>, Format);

/// An evenly spread sample of the corpus files for [`learn`], and how many files the corpus has, from one
/// walk that holds at most `2 * SAMPLE` files. A full rebuild uses it instead of a listing. The walk reads
/// no metadata: learning needs none, and at 41.5k files the `stat`s were most of this serial prelude.
pub fn sample_walk(root: &Path, exclude: &Path) -> (Vec<Sampled>, usize) {
    let (found, total) = spread_sample(
        walk_found(root, Some(exclude)).filter_map(Result::ok),
        SAMPLE,
    );
    let sample = found.iter().map(|f| (f.rel(root), f.format)).collect();
    (sample, total)
}

/// Every `step`-th item of a sequence of unknown length, with `step` doubling (and every other kept item
/// dropped) whenever `2 * cap` items are kept: the sample stays evenly spread and between `cap` and
/// `2 * cap` items long once the sequence is longer than that. Returns the sample and the length.
fn spread_sample<T>(items: impl Iterator<Item = T>, cap: usize) -> (Vec<T>, usize) {
    let mut sample = Vec::new();
    let mut step = 1;
    let mut total = 0;
    for item in items {
        if total % step == 0 {
            sample.push(item);
            if sample.len() >= 2 * cap.max(1) {
                sample = sample.into_iter().step_by(2).collect();
                step *= 2;
            }
        }
        total += 1;
    }
    (sample, total)
}

/// Count the lines of the text files about to be read (HTML pages have their own structure to go by),
/// or of an evenly spread sample of them. Unreadable files are left to the indexing pass, which reports them.
pub fn learn(
    lines: &mut CorpusLines,
    root: &Path,
    files: &[(&str, Format)],
    max_bytes: u64,
    pool: &rayon::ThreadPool,
) {
    let step = files.len().div_ceil(SAMPLE).max(1);
    let sample: Vec<(&str, Format)> = files.iter().step_by(step).copied().collect();
    for batch in sample.chunks(512) {
        let texts: Vec<Vec<String>> = pool.install(|| {
            batch
                .par_iter()
                .filter(|(_, format)| *format != Format::Html)
                .map(
                    |&(rel, format)| match read_file(&root.join(rel), max_bytes) {
                        Ok(d) => split_documents(rel, format, d.text)
                            .0
                            .into_iter()
                            .filter(|r| !r.html)
                            .map(|r| r.text)
                            .collect(),
                        Err(_) => Vec::new(),
                    },
                )
                .collect()
        });
        for text in texts.iter().flatten() {
            lines.add_document(text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::spread_sample;

    #[test]
    fn sample_of_a_long_sequence_is_evenly_spread_and_bounded() {
        let (sample, total) = spread_sample(0..10_000, 100);
        assert_eq!(total, 10_000);
        assert!((100..200).contains(&sample.len()), "{}", sample.len());
        let step = sample[1] - sample[0];
        assert!(sample.windows(2).all(|w| w[1] - w[0] == step), "even steps");
        assert_eq!(sample[0], 0);
        assert!(
            *sample.last().unwrap_or(&0) >= 10_000 - step,
            "reaches the end"
        );
    }

    #[test]
    fn short_sequences_are_kept_whole() {
        assert_eq!(spread_sample(0..7, 100), ((0..7).collect(), 7));
        assert_eq!(
            spread_sample(std::iter::empty::<u8>(), 100),
            (Vec::new(), 0)
        );
    }
}
