//! Numbers for SVG attributes, written without Rust's float formatting.
//!
//! `f64`'s `Display` brings the shortest-round-trip and exact float printers into the browser
//! bundle (about 15 KB of wasm before compression), and the charts were the bundle's only users
//! of them. A chart needs no more than a hundredth of a user unit, so coordinates are rounded
//! to that and written with integer formatting.

use std::fmt;

/// A coordinate or length, written rounded to two decimals without trailing zeros:
/// `12`, `12.5`, `12.25`, `-0.5`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub f64);

impl From<f64> for Num {
    fn from(v: f64) -> Num {
        Num(v)
    }
}

impl From<f32> for Num {
    fn from(v: f32) -> Num {
        Num(f64::from(v))
    }
}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Hundredths, rounded half away from zero; NaN becomes 0 and huge values saturate.
        let hundredths = (self.0 * 100.0).round() as i64;
        let (sign, abs) = if hundredths < 0 {
            ("-", hundredths.unsigned_abs())
        } else {
            ("", hundredths.unsigned_abs())
        };
        let (whole, frac) = (abs / 100, abs % 100);
        match frac {
            0 => write!(f, "{sign}{whole}"),
            _ if frac % 10 == 0 => write!(f, "{sign}{whole}.{}", frac / 10),
            _ => write!(f, "{sign}{whole}.{frac:02}"),
        }
    }
}

/// `v` as an SVG attribute value.
pub fn num(v: impl Into<Num>) -> String {
    v.into().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_hundredths_without_trailing_zeros() {
        let cases: [(f64, &str); 11] = [
            (0.0, "0"),
            (12.0, "12"),
            (12.5, "12.5"),
            (12.25, "12.25"),
            (1.005_000_1, "1.01"),
            (3.999, "4"),
            (210.0 + 560.0 / 37.0, "225.14"),
            (0.05, "0.05"),
            (-0.5, "-0.5"),
            (-0.004, "0"),
            (f64::NAN, "0"),
        ];
        for (v, want) in cases {
            assert_eq!(num(v), want, "{v}");
        }
        assert_eq!(num(34.0f32), "34");
        assert_eq!(format!("0 0 {} {}", Num(770.0), Num(61.5)), "0 0 770 61.5");
    }

    #[test]
    fn agrees_with_float_formatting_to_the_hundredth() {
        for i in -20_000..20_000 {
            let v = f64::from(i) * 0.37;
            let want = format!("{:.2}", v);
            let want = want.trim_end_matches('0').trim_end_matches('.');
            let want = if want == "-0" { "0" } else { want };
            assert_eq!(num(v), want, "{v}");
        }
    }
}
