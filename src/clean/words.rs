//! Words of a text as the cleaners compare them: whitespace-separated tokens found a byte at a time, and
//! the normal form (lower case, single spaces) that line hashes are computed over.

/// The length of the whitespace character at byte `i` of `s` (a character boundary), or None when the
/// character there is not whitespace (`char::is_whitespace`).
// Called for every byte of every line: a call per byte cost more than the check.
#[inline(always)]
fn whitespace_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        // `char::is_whitespace` on ASCII: space, \t, \n, \x0B, \x0C, \r.
        return matches!(b, b' ' | b'\t'..=b'\r').then_some(1);
    }
    let c = s[i..].chars().next()?;
    c.is_whitespace().then(|| c.len_utf8())
}

/// The whitespace-separated tokens of a text as byte ranges, the same as `split_whitespace` gives, read a
/// byte at a time where the text is ASCII.
pub(crate) struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    #[inline]
    pub(crate) fn new(text: &'a str) -> Self {
        Tokens { text, pos: 0 }
    }

    #[inline]
    fn char_len_at(&self, i: usize) -> usize {
        let b = self.text.as_bytes()[i];
        if b.is_ascii() {
            1
        } else {
            self.text[i..].chars().next().map_or(1, char::len_utf8)
        }
    }

    #[inline]
    pub(crate) fn next_token(&mut self) -> Option<(usize, usize)> {
        let n = self.text.len();
        while self.pos < n {
            match whitespace_at(self.text, self.pos) {
                Some(len) => self.pos += len,
                None => break,
            }
        }
        if self.pos >= n {
            return None;
        }
        let start = self.pos;
        while self.pos < n && whitespace_at(self.text, self.pos).is_none() {
            self.pos += self.char_len_at(self.pos);
        }
        Some((start, self.pos))
    }
}

/// The normal form of `s` (its whitespace-separated words lower-cased and joined by single spaces, digits
/// as `0` when `fold_digits`), handed to `push` a byte at a time: lines are hashed under it without
/// building it. One pass over the bytes: every line of every document goes through here.
#[inline]
pub(crate) fn normal_bytes(s: &str, fold_digits: bool, mut push: impl FnMut(u8)) {
    let mut emit = |b: u8| {
        push(if fold_digits && b.is_ascii_digit() {
            b'0'
        } else {
            b
        })
    };
    let mut started = false;
    let mut pending_space = false;
    let mut i = 0;
    while i < s.len() {
        if let Some(len) = whitespace_at(s, i) {
            i += len;
            pending_space = started;
            continue;
        }
        if pending_space {
            emit(b' ');
            pending_space = false;
        }
        started = true;
        let b = s.as_bytes()[i];
        if b.is_ascii() {
            emit(b.to_ascii_lowercase());
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        let mut buf = [0u8; 4];
        for l in c.to_lowercase() {
            l.encode_utf8(&mut buf).bytes().for_each(&mut emit);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_those_of_split_whitespace() {
        for text in [
            "",
            "   ",
            "one",
            " lead and trail ",
            "tabs\tand\nnew\r\nlines\x0bvt\x0cff",
            "no\u{a0}break\u{2003}em\u{3000}ideographic",
            "Ünïcödé wörds — «quotes» 日本語",
        ] {
            let mut t = Tokens::new(text);
            let mut got = Vec::new();
            while let Some((s, e)) = t.next_token() {
                got.push(&text[s..e]);
            }
            assert_eq!(got, text.split_whitespace().collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn normal_form() {
        let normal = |s: &str, fold: bool| {
            let mut out = Vec::new();
            normal_bytes(s, fold, |b| out.push(b));
            String::from_utf8(out).expect("UTF-8")
        };
        assert_eq!(normal("  Updated\t12:30  GMT ", false), "updated 12:30 gmt");
        assert_eq!(normal("Updated 12:30 GMT", true), "updated 00:00 gmt");
        assert_eq!(normal("ÉTÉ\u{a0}Straße 2024", true), "été straße 0000");
        assert_eq!(normal(" \n ", true), "");
    }
}
