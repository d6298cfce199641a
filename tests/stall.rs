//! No file can stall a run (issue 14): pipes and devices in the corpus are skipped unopened, and the
//! shapes whose cost once grew with the square of their length (one endless line, a paragraph with no
//! full stop, deeply nested HTML, one huge JSON Lines record) finish in time proportional to their size.
//!
//! Every run here has a deadline: a hang or a quadratic step fails the test instead of blocking the suite.
//! The deadlines are generous (a debug build on a loaded 2-core machine): the inputs are sized so that the
//! old quadratic code needed minutes while the linear code needs a second or two.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{counts, Sandbox};

/// Run embargo in the sandbox, killing it and failing the test if it is still running after `limit`.
fn run_within(sb: &Sandbox, args: &[&str], limit: Duration) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_embargo"))
        .args(args)
        .current_dir(sb.dir.path())
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run embargo");
    // Drain both pipes on threads, so a large output cannot block the child while we wait.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).ok();
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).ok();
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait for embargo") {
            break st;
        }
        if start.elapsed() > limit {
            child.kill().ok();
            child.wait().ok();
            panic!("embargo {args:?} still running after {limit:?}: a stall");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (o, e) = (
        out_t.join().expect("stdout thread"),
        err_t.join().expect("stderr thread"),
    );
    (status.success(), o, e)
}

const DEADLINE: Duration = Duration::from_secs(120);

#[cfg(unix)]
fn mkfifo(path: &std::path::Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo")
        .success();
    assert!(ok, "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn pipes_and_devices_in_the_corpus_are_skipped_unopened() {
    let sb = Sandbox::empty();
    sb.write(
        "story.txt",
        "Sanctions on steel\n\nCanada imposed tariffs on imported steel from Freedonia on Monday.\n",
    );
    mkfifo(&sb.corpus().join("pipe.txt"));
    std::os::unix::fs::symlink("/dev/zero", sb.corpus().join("zero.txt")).expect("symlink");
    std::os::unix::fs::symlink("/dev/urandom", sb.corpus().join("noise.jsonl")).expect("symlink");

    let (ok, out, err) = run_within(&sb, &["index"], DEADLINE);
    assert!(ok, "index failed: {err}");
    let summary = format!("{out}{err}");
    let [added, _, _, _, skipped] = counts(&summary);
    assert_eq!((added, skipped), (1, 3), "{summary}");
    assert!(
        err.contains("pipe.txt: skipped: named pipe, not a regular file"),
        "{err}"
    );
    assert!(
        err.contains("zero.txt: skipped: character device, not a regular file"),
        "{err}"
    );
    assert!(
        err.contains("noise.jsonl: skipped: character device"),
        "{err}"
    );

    // An update walks the same entries and says the same.
    let (ok, out, err) = run_within(&sb, &["index"], DEADLINE);
    assert!(ok, "second index failed: {err}");
    let [_, _, _, unchanged, skipped] = counts(&format!("{out}{err}"));
    assert_eq!((unchanged, skipped), (1, 3), "{out}{err}");
}

#[cfg(unix)]
#[test]
fn extract_refuses_a_pipe_and_a_device_named_on_the_command_line() {
    let sb = Sandbox::empty();
    let story = sb.write(
        "story.txt",
        "Sanctions on steel\n\nCanada imposed tariffs on imported steel from Freedonia on Monday.\n",
    );
    let pipe = sb.corpus().join("pipe.txt");
    mkfifo(&pipe);
    let zero = sb.corpus().join("zero.txt");
    std::os::unix::fs::symlink("/dev/zero", &zero).expect("symlink");
    let args = [
        "extract",
        "--json",
        pipe.to_str().expect("utf-8 path"),
        zero.to_str().expect("utf-8 path"),
        story.to_str().expect("utf-8 path"),
    ];
    let (ok, out, err) = run_within(&sb, &args, DEADLINE);
    assert!(ok, "extract failed: {err}");
    assert_eq!(out.lines().count(), 1, "only the story prints: {out}");
    assert!(
        err.contains("pipe.txt: skipped: named pipe, not a regular file"),
        "{err}"
    );
    assert!(
        err.contains("zero.txt: skipped: character device, not a regular file"),
        "{err}"
    );
}

/// About `mb` megabytes of `unit` repeated, with nothing that ends a sentence or a line.
fn repeated(unit: &str, mb: f64) -> String {
    unit.repeat((mb * 1_048_576.0) as usize / unit.len())
}

/// The shapes whose cost once grew with the square of their length, about `mb` megabytes each. At half a
/// megabyte the old code needed minutes for each in a debug build (43 s for the long line even in a release
/// build), the linear code seconds.
fn worst_shapes(mb: f64) -> Vec<(&'static str, String)> {
    let long_line = format!("Steel tariffs\n\n{}\n", repeated("sanctions ", mb));
    let paragraph = format!(
        "Fishing dispute\n\n{}\n",
        repeated(
            "Norway imposed sanctions against the Freedonian fleet and the FFC over the quota dispute, a minister in Oslo said, ",
            mb
        )
    );
    let depth = (mb * 1_048_576.0) as usize / 24;
    let nested = format!(
        "<html><head><title>Deep</title></head><body>{}<p>{}</p>{}</body></html>",
        "<div><span>".repeat(depth),
        "Chile imposed an embargo on arms sales to the junta, the foreign ministry said on Friday.",
        "</span></div>".repeat(depth)
    );
    let record = format!(
        "{{\"id\": \"one\", \"title\": \"Export controls\", \"text\": \"{}\"}}\n",
        repeated(
            "Japan tightened export controls on chips bound for the regime, the trade ministry in Tokyo said, ",
            mb
        )
    );
    vec![
        ("long-line.txt", long_line),
        ("paragraph.txt", paragraph),
        ("nested.html", nested),
        ("record.jsonl", record),
    ]
}

/// Each shape alone, under a deadline a linear run meets many times over.
#[test]
fn worst_shapes_extract_in_linear_time() {
    let sb = Sandbox::empty();
    for (name, text) in worst_shapes(0.5) {
        let path = sb.write(name, &text);
        let args = ["extract", "--json", path.to_str().expect("utf-8 path")];
        let (ok, out, err) = run_within(&sb, &args, Duration::from_secs(60));
        assert!(ok, "{name}: {err}");
        let article: serde_json::Value =
            serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("{name}: {e}: {out:.300}"));
        let sanctioners = article["sanctioners"].as_array().expect("sanctioners");
        // The facets are still read from text with no sentence end.
        let expected = match name {
            "long-line.txt" => None,
            "paragraph.txt" => Some("NO"),
            "nested.html" => Some("CL"),
            _ => Some("JP"),
        };
        if let Some(code) = expected {
            assert!(
                sanctioners.iter().any(|s| s == code),
                "{name}: {sanctioners:?}"
            );
        }
    }
}

#[test]
fn worst_shapes_index_in_linear_time() {
    let sb = Sandbox::empty();
    for (name, text) in worst_shapes(0.25) {
        sb.write(name, &text);
    }
    let (ok, out, err) = run_within(&sb, &["index"], DEADLINE);
    assert!(ok, "index failed: {err}");
    let [added, _, _, _, skipped] = counts(&format!("{out}{err}"));
    assert_eq!((added, skipped), (4, 0), "{out}{err}");
}

/// A story naming tens of thousands of designated companies (a sanctions list pasted into a page): each
/// new name was compared with every name before it.
#[test]
fn thousands_of_named_targets_in_linear_time() {
    let sb = Sandbox::empty();
    // Distinct made-up names from a small linear congruential generator: no two sentences alike.
    let mut seed: u64 = 14;
    let mut name = || {
        (0..7)
            .map(|i| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let c = b'a' + (seed >> 59) as u8 % 26;
                char::from(if i == 0 { c.to_ascii_uppercase() } else { c })
            })
            .collect::<String>()
    };
    let mut text = String::from("Designations\n\n");
    while text.len() < 1 << 20 {
        let (a, b) = (name(), name());
        text.push_str(&format!(
            "The Treasury sanctioned the companies {a} Ltd and {b} Corp. "
        ));
    }
    let path = sb.write("list.txt", &text);
    let args = ["extract", "--json", path.to_str().expect("utf-8 path")];
    let (ok, out, err) = run_within(&sb, &args, Duration::from_secs(60));
    assert!(ok, "{err}");
    let article: serde_json::Value = serde_json::from_str(out.trim()).expect("JSON");
    let targets = article["targets"].as_array().expect("targets");
    assert!(targets.len() > 10_000, "{}", targets.len());
}
