//! Byte offsets on character boundaries, for windows cut out of UTF-8 text. These are std's
//! `str::floor_char_boundary` and `str::ceil_char_boundary`, which are stable only since Rust 1.91;
//! the crate supports 1.88 (`rust-version` in Cargo.toml). Replace them with std's when that moves.

/// The largest character boundary of `s` at or before `i` (`s.len()` when `i` is past the end).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest character boundary of `s` at or after `i` (`s.len()` when `i` is past the end).
pub fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The text of at most `max` bytes right before `at`, starting on a character boundary: the window a
/// look-behind pattern anchored at its end (`...$`) reads, bounded so that asking it of every name or
/// party of a long sentence stays linear.
pub fn window_before(s: &str, at: usize, max: usize) -> &str {
    &s[ceil_boundary(s, at.saturating_sub(max))..at]
}

/// A row of a table of data (`SEA LARK | 9312456 | Panama`): cells split by bars, one a long number
/// (an IMO number, a registration). A link list's entries hold words, not such numbers.
pub fn data_row(line: &str) -> bool {
    line.contains(" | ")
        && line.split('|').any(|c| {
            let c = c.trim();
            c.len() >= 5 && c.bytes().all(|b| b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_round_into_a_character_the_right_way() {
        let s = "añb"; // `ñ` is bytes 1..3
        assert_eq!((floor_boundary(s, 2), ceil_boundary(s, 2)), (1, 3));
        assert_eq!(window_before(s, 4, 2), "b");
        assert_eq!((floor_boundary(s, 1), ceil_boundary(s, 1)), (1, 1));
        assert_eq!((floor_boundary(s, 9), ceil_boundary(s, 9)), (4, 4));
    }

    #[test]
    fn a_data_row_holds_a_long_number_in_a_cell() {
        assert!(data_row("SEA LARK | 9312456 | Panama"));
        assert!(!data_row("Vessel name | IMO number | Flag"));
        assert!(!data_row("Home | News | 2024"));
    }
}
