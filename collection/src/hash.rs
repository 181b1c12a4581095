//! FNV-1a, 64 bits: a stable content hash, for the build's file names and cache version and
//! the search files' stamp. Not for anything an attacker chooses.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of `bytes`.
pub fn fnv(bytes: &[u8]) -> u64 {
    fnv_more(OFFSET, bytes)
}

/// The hash `h` continued over `bytes`: `fnv_more(fnv(a), b) == fnv(a ++ b)`.
pub fn fnv_more(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_and_continuation() {
        assert_eq!(fnv(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv_more(fnv(b"bor"), b"der"), fnv(b"border"));
    }
}
