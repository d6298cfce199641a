//! Helpers for integration tests: a temporary copy of the seeds corpus and a way to run the real binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    /// A temporary folder holding `corpus/` (a copy of the project's seed articles) and room for `index/`.
    pub fn with_seeds() -> Sandbox {
        let sb = Sandbox::empty();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        for entry in std::fs::read_dir(&src).expect("read corpus/") {
            let entry = entry.expect("corpus entry");
            std::fs::copy(entry.path(), sb.corpus().join(entry.file_name())).expect("copy seed");
        }
        sb
    }

    pub fn empty() -> Sandbox {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("corpus")).expect("mkdir corpus");
        Sandbox { dir }
    }

    pub fn corpus(&self) -> PathBuf {
        self.dir.path().join("corpus")
    }

    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.corpus().join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, bytes).expect("write corpus file");
        p
    }

    /// Run embargo in the sandbox folder (so the defaults `corpus/` and `index/` are the sandbox's).
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_embargo"))
            .args(args)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .output()
            .expect("run embargo")
    }

    /// Run and insist on success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "embargo {args:?} failed ({:?}):\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    pub fn index_run(&self) -> Output {
        self.run(&["index"])
    }

    /// `search --json` parsed.
    pub fn search(&self, args: &[&str]) -> Value {
        let mut all = vec!["search", "--json"];
        all.extend_from_slice(args);
        serde_json::from_str(&self.ok(&all)).expect("search --json prints JSON")
    }

    /// Paths of the hits of a JSON search.
    pub fn hit_paths(&self, args: &[&str]) -> Vec<String> {
        let v = self.search(args);
        v["hits"]
            .as_array()
            .expect("hits array")
            .iter()
            .map(|h| h["path"].as_str().expect("path").to_string())
            .collect()
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The `N added, N updated, ...` counts of an index summary line.
pub fn counts(summary: &str) -> [usize; 5] {
    let mut out = [0; 5];
    for (i, word) in ["added", "updated", "removed", "unchanged", "skipped"]
        .iter()
        .enumerate()
    {
        let needle = format!(" {word}");
        let at = summary
            .find(&needle)
            .unwrap_or_else(|| panic!("no {word} in {summary:?}"));
        let num: String = summary[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        out[i] = num
            .parse()
            .unwrap_or_else(|_| panic!("no count before {word} in {summary:?}"));
    }
    out
}

pub const S000: &str = "000_22263dbcbc2afd08.txt";
pub const S001: &str = "001_8712cb6cd216b6cd.txt";
pub const S002: &str = "002_ff3e272f968e57df.txt";
pub const S003: &str = "003_d61fa797c0f56db3.txt";
pub const S004: &str = "004_00ba147635194abd.txt";
