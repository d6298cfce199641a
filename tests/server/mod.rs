//! Helpers for the `embargo serve` tests: a sandbox with the seeds plus a few articles of our own, and
//! the real server started on a free port, stopped when dropped.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

use super::common::Sandbox;

/// An article about the EU and Iran, one about the US and Venezuela (so facets have more than one
/// country cluster to narrow by), and one whose title, body and url are hostile HTML and script.
pub fn sandbox() -> Sandbox {
    let sb = Sandbox::with_seeds();
    sb.write(
        "extra/eu-iran-drones.txt",
        "date 2023-11-14\n\nEU freezes assets of Iranian drone maker\n\n\
         The European Union imposed sanctions on an Iranian drone manufacturer on Tuesday, freezing the \
         assets of the Tehran company and banning two of its managers from travelling to the bloc.\n\n\
         Brussels said the engines the firm builds had been found in aircraft launched at Ukrainian \
         cities, and that further measures against Iran were being prepared by the member states.\n",
    );
    sb.write(
        "extra/us-venezuela-oil.txt",
        "date 2022-03-02\n\nWashington widens oil sanctions on Caracas\n\n\
         The United States imposed sanctions on Tuesday on a Venezuelan state oil trading company and \
         three tankers that carried its crude to Asian buyers, the Treasury Department said.\n\n\
         Officials in Caracas called the measures economic aggression and said Venezuela would keep \
         selling its oil to any buyer willing to pay.\n",
    );
    let hostile = serde_json::json!({
        "id": "h1",
        "title": "<script>document.title='pwned'</script> Sanctions notice <img src=x onerror=\"document.body.dataset.pwned='title'\">",
        "text": "Regulators announced sanctions on a shipping broker today. <script>document.body.dataset.pwned='script'</script>\n\n\
                 Read the <a href=\"javascript:document.body.dataset.pwned='link'\">full notice</a> or open javascript:alert(1) for the register. \
                 <img src=x onerror=\"document.body.dataset.pwned='img'\"> The broker denied any wrongdoing in a statement.",
        "date": "2024-02-10",
        "source": "Hostile Wire",
        "url": "javascript:document.body.dataset.pwned='url'"
    });
    sb.write("extra/hostile.jsonl", format!("{hostile}\n"));
    let out = sb.index_run();
    assert!(
        out.status.success(),
        "index: {}",
        super::common::stderr(&out)
    );
    sb
}

pub struct Server {
    pub child: Child,
    pub url: String,
}

impl Server {
    /// `embargo serve --port 0 ARGS...` in the sandbox; returns once the URL is printed.
    pub fn start(sb: &Sandbox, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_embargo"))
            .args(["serve", "--port", "0"])
            .args(args)
            .current_dir(sb.dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start embargo serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("read the URL");
        let url = line.trim().trim_end_matches('/').to_string();
        assert!(url.starts_with("http://"), "serve printed {line:?}");
        Server { child, url }
    }

    /// GET a path: (status, body).
    pub fn get(&self, path: &str) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let mut res = agent
            .get(format!("{}{path}", self.url))
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let status = res.status().as_u16();
        let body = res.body_mut().read_to_string().expect("body");
        (status, body)
    }

    /// GET a path that must answer 200 with JSON.
    pub fn json(&self, path: &str) -> Value {
        let (status, body) = self.get(path);
        assert_eq!(status, 200, "GET {path}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("GET {path}: {e}: {body}"))
    }

    /// GET a path that must answer this status with a JSON error; returns the message.
    pub fn error(&self, path: &str, want: u16) -> String {
        let (status, body) = self.get(path);
        assert_eq!(status, want, "GET {path}: {body}");
        let v: Value = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"));
        v["error"].as_str().expect("error message").to_string()
    }

    /// Stop with SIGINT (Ctrl-C); returns the exit status and stderr.
    pub fn interrupt(mut self) -> (std::process::ExitStatus, String) {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .expect("kill");
        assert!(sent.success());
        let status = self.child.wait().expect("wait");
        let mut err = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            e.read_to_string(&mut err).ok();
        }
        (status, err)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A query-string value, percent-encoded.
pub fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
