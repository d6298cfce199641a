//! Repairing UTF-8 text that was decoded once too often as Latin-1 / Windows-1252 ("doesnâ€™t" for
//! "doesn’t"). Some pages store their text that way; a reader's browser shows the same garbage, but search and
//! the extraction metric need the real characters.

/// The byte that a character stands for when UTF-8 bytes were shown as Windows-1252 (Latin-1 for the rest).
fn as_cp1252_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{0080}'..='\u{00FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '\u{2018}' => 0x91,
        '\u{2019}' => 0x92,
        '\u{201C}' => 0x93,
        '\u{201D}' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// A UTF-8 lead byte shown as Latin-1 (`Â`..`ô`) starts every mis-decoded sequence.
fn is_lead(c: char) -> bool {
    ('\u{00C2}'..='\u{00F4}').contains(&c)
}

/// `s` with every mis-decoded UTF-8 sequence restored (ASCII text is returned as is, without a scan).
pub fn repair(s: &str) -> String {
    if s.is_ascii() || !s.chars().any(is_lead) {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_lead(c) {
            // The sequence length follows from the lead byte, as in UTF-8 itself.
            let lead = c as u32 as u8;
            let n = match lead {
                0xC2..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            if i + n <= chars.len() {
                let bytes: Option<Vec<u8>> =
                    chars[i..i + n].iter().map(|&c| as_cp1252_byte(c)).collect();
                if let Some(Ok(fixed)) = bytes.map(String::from_utf8) {
                    out.push_str(&fixed);
                    i += n;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_double_encoded_text() {
        assert_eq!(
            repair("pet insurance doesn\u{e2}\u{80}\u{99}t have to"),
            "pet insurance doesn’t have to"
        );
        assert_eq!(repair("doesnâ€™t â€” CafÃ©"), "doesn’t — Café");
    }

    #[test]
    fn leaves_real_text_alone() {
        for s in [
            "São Paulo",
            "Köln – Café",
            "naïve résumé",
            "plain ascii",
            "Â",
        ] {
            assert_eq!(repair(s), s);
        }
    }
}
