//! Reading one file: size limit, gzip, binary detection, lossy UTF-8.

use std::fmt;
use std::fs::{File, FileType};
use std::io::Read;
use std::path::Path;

use flate2::read::MultiGzDecoder;

/// A file's decoded text, with what the indexer remembers about its bytes.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// Hash of the raw bytes on disk (before decompression): what "changed" means.
    pub hash: u64,
    /// The bytes were not valid UTF-8 and were decoded with replacement characters.
    pub lossy: bool,
}

/// Why a file was skipped. Each prints as one line for the summary.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    TooLarge {
        limit: u64,
    },
    Empty,
    Binary,
    BadGzip(std::io::Error),
    /// A named pipe, socket or device (or a symlink to one): opening or reading it could block forever.
    NotRegular(&'static str),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "cannot read: {e}"),
            ReadError::TooLarge { limit } => write!(f, "larger than the {} MB limit", limit >> 20),
            ReadError::Empty => write!(f, "empty file"),
            ReadError::Binary => write!(f, "binary content (NUL bytes), not text"),
            ReadError::BadGzip(e) => write!(f, "not valid gzip: {e}"),
            ReadError::NotRegular(kind) => write!(f, "{kind}, not a regular file"),
        }
    }
}

impl std::error::Error for ReadError {}

/// Read and decode one file, refusing anything over `limit` bytes (compressed or decompressed).
pub fn read_file(path: &Path, limit: u64) -> Result<Decoded, ReadError> {
    // Checked before opening, following symlinks: opening a named pipe blocks until a writer comes, and
    // `/dev/zero` or `/dev/urandom` never end.
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if let Some(kind) = non_regular(&meta.file_type()) {
        return Err(ReadError::NotRegular(kind));
    }
    let mut file = File::open(path).map_err(ReadError::Io)?;
    let len = file.metadata().map_err(ReadError::Io)?.len();
    if len > limit {
        return Err(ReadError::TooLarge { limit });
    }
    let mut raw = Vec::with_capacity(len as usize);
    // Bounded by the limit too, in case the file grew since its size was read. (`Take` also skips the
    // second stat and seek `File::read_to_end` spends on sizing a buffer that is already sized.)
    (&mut file)
        .take(limit + 1)
        .read_to_end(&mut raw)
        .map_err(ReadError::Io)?;
    if raw.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    let hash = hash_bytes(&raw);
    let gz = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let bytes = if gz {
        let mut out = Vec::new();
        // Read one byte past the limit so a gzip bomb is detected without inflating it all.
        MultiGzDecoder::new(&raw[..])
            .take(limit + 1)
            .read_to_end(&mut out)
            .map_err(ReadError::BadGzip)?;
        if out.len() as u64 > limit {
            return Err(ReadError::TooLarge { limit });
        }
        out
    } else {
        raw
    };
    let (text, lossy) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(Decoded { text, hash, lossy })
}

/// What a file of this type is when it is not a regular file (None for a regular file). Folders are
/// not asked about: the walk descends into them.
pub fn non_regular(ft: &FileType) -> Option<&'static str> {
    if ft.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return Some("named pipe");
        }
        if ft.is_socket() {
            return Some("socket");
        }
        if ft.is_char_device() {
            return Some("character device");
        }
        if ft.is_block_device() {
            return Some("block device");
        }
    }
    Some(if ft.is_dir() {
        "folder"
    } else {
        "special file"
    })
}

/// Bytes to text: UTF-8 (BOM dropped), UTF-16 with a BOM, else lossy UTF-8. NUL bytes mean binary.
fn decode(bytes: Vec<u8>) -> Result<(String, bool), ReadError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok((utf16(rest, u16::from_le_bytes), false));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok((utf16(rest, u16::from_be_bytes), false));
    }
    // The common case (UTF-8 without a BOM) takes the buffer over without copying it.
    let body = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    if body.contains(&0) {
        return Err(ReadError::Binary);
    }
    match String::from_utf8(body) {
        Ok(s) => Ok((s, false)),
        Err(e) => Ok((String::from_utf8_lossy(e.as_bytes()).into_owned(), true)),
    }
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| read([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let h = blake3::hash(bytes);
    let mut eight = [0u8; 8];
    eight.copy_from_slice(&h.as_bytes()[..8]);
    u64::from_le_bytes(eight)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, bytes).expect("write test file");
        p
    }

    #[test]
    fn classifies_bad_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        assert!(matches!(
            read_file(&write(d, "e.txt", b" \n\n"), 1 << 20),
            Err(ReadError::Empty)
        ));
        assert!(matches!(
            read_file(&write(d, "b.txt", b"ab\0cd"), 1 << 20),
            Err(ReadError::Binary)
        ));
        assert!(matches!(
            read_file(&write(d, "g.txt.gz", b"not gzip"), 1 << 20),
            Err(ReadError::BadGzip(_))
        ));
        assert!(matches!(
            read_file(&write(d, "h.txt", &[b'a'; 100]), 50),
            Err(ReadError::TooLarge { .. })
        ));
        assert!(matches!(
            read_file(&d.join("missing.txt"), 50),
            Err(ReadError::Io(_))
        ));
    }

    #[test]
    fn decodes_gzip_lossy_and_utf16() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"Seoul imposed sanctions").expect("gzip");
        let p = write(d, "a.txt.gz", &gz.finish().expect("gzip"));
        let got = read_file(&p, 1 << 20).expect("gzip read");
        assert_eq!(got.text, "Seoul imposed sanctions");
        assert!(!got.lossy);

        let got = read_file(&write(d, "l.txt", b"caf\xe9 society"), 1 << 20).expect("lossy read");
        assert!(got.lossy);
        assert_eq!(got.text, "caf\u{FFFD} society");

        let utf16: Vec<u8> = [0xFF, 0xFE, b'h', 0, b'i', 0].to_vec();
        assert_eq!(
            read_file(&write(d, "u.txt", &utf16), 1 << 20)
                .expect("utf16")
                .text,
            "hi"
        );
    }

    /// Devices and pipes are refused before they are opened: `/dev/zero` never ends, and opening a
    /// named pipe waits for a writer that may never come.
    #[cfg(target_os = "linux")]
    #[test]
    fn devices_and_pipes_are_refused_unopened() {
        let dir = tempfile::tempdir().expect("tempdir");
        let link = dir.path().join("zero.txt");
        std::os::unix::fs::symlink("/dev/zero", &link).expect("symlink");
        assert!(matches!(
            read_file(&link, 1 << 30),
            Err(ReadError::NotRegular("character device"))
        ));
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("run mkfifo");
        assert!(made.success());
        assert!(matches!(
            read_file(&fifo, 1 << 20),
            Err(ReadError::NotRegular("named pipe"))
        ));
    }

    #[test]
    fn gzip_bomb_is_cut_at_the_limit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b'a'; 1 << 20]).expect("gzip");
        let p = write(dir.path(), "bomb.txt.gz", &gz.finish().expect("gzip"));
        assert!(matches!(
            read_file(&p, 4096),
            Err(ReadError::TooLarge { .. })
        ));
    }
}
