//! Inflates the embedded word-frequency list at build time: inflating it at run time was a quarter of the
//! start-up work of every `embargo extract` and `embargo index`, and the repository keeps the compact file.

use std::error::Error;
use std::fs;
use std::io::Read;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let src = "data/en_wordfreq.tsv.gz";
    println!("cargo:rerun-if-changed={src}");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("cargo did not set OUT_DIR")?);
    let mut text = String::new();
    flate2::read::GzDecoder::new(fs::File::open(src)?).read_to_string(&mut text)?;
    fs::write(out_dir.join("en_wordfreq.tsv"), text)?;
    Ok(())
}
