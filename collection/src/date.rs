//! Dates as the data writes them: ISO 8601 `YYYY-MM-DD`, or with reduced precision `YYYY-MM`
//! and `YYYY` where only the month or the year is confirmed (a project that "ran from December
//! 2022"). The string is kept as written so that a bad date survives deserialisation and the
//! validator can report every bad date at once, with its path, instead of failing on the first.

use crate::Lang;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IsoDate(pub String);

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for IsoDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IsoDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "ISO date YYYY-MM-DD, or YYYY-MM / YYYY when only that is confirmed",
            "examples": ["2019-07-24", "2022-12", "2010"]
        })
    }
}

/// Ukrainian month names in the genitive ("24 липня", "з грудня").
const UK_GENITIVE: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];

/// A calendar date that may lack its day, or its month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn digits(part: &str, len: usize) -> Option<u16> {
    (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
        .then(|| part.parse().ok())
        .flatten()
}

impl Date {
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let bad = || {
            DateError(format!(
                "\"{s}\" is not an ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known)"
            ))
        };
        let mut parts = s.split('-');
        let year = parts.next().and_then(|p| digits(p, 4)).ok_or_else(bad)?;
        let month = match parts.next() {
            None => None,
            Some(p) => Some(digits(p, 2).ok_or_else(bad)? as u8),
        };
        let day = match parts.next() {
            None => None,
            Some(p) => Some(digits(p, 2).ok_or_else(bad)? as u8),
        };
        if parts.next().is_some() {
            return Err(bad());
        }
        if !(1000..=2999).contains(&year) {
            return Err(DateError(format!("year {year} in \"{s}\" is out of range")));
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError(format!("month {m:02} in \"{s}\" does not exist")));
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return Err(DateError(format!(
                        "day {d:02} in \"{s}\" does not exist in that month"
                    )));
                }
            }
        }
        Ok(Date { year, month, day })
    }

    /// The date `days` days after 1 January 1970 (Howard Hinnant's `civil_from_days`).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Today (UTC), where the clock can be read: natively, for the validator.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today() -> Option<Date> {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs() as i64;
        Some(Date::from_unix_days(secs.div_euclid(86_400)))
    }

    /// The ISO form, `YYYY-MM-DD` (or shorter when the day or month is unknown).
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// True when `self` is certainly before `other`: compared only at the precision both have,
    /// so "2019" is not before "2019-07-24", and "2019-07" is before "2019-08-01".
    pub fn certainly_before(&self, other: &Date) -> bool {
        let a = (self.year, self.month, self.day);
        let b = (other.year, other.month, other.day);
        if a.0 != b.0 {
            return a.0 < b.0;
        }
        match (a.1, b.1) {
            (Some(m1), Some(m2)) if m1 != m2 => m1 < m2,
            (Some(_), Some(_)) => matches!((a.2, b.2), (Some(d1), Some(d2)) if d1 < d2),
            _ => false,
        }
    }

    /// The date as a fractional year for drawing: the start of the period it names
    /// ("2022-12" → 2022.917, "2019" → 2019.0).
    pub fn start_fraction(&self) -> f64 {
        let m = self.month.unwrap_or(1) as f64 - 1.0;
        let d = self.day.unwrap_or(1) as f64 - 1.0;
        self.year as f64 + m / 12.0 + d / 365.0
    }

    /// The end of the period the date names ("2025" → 2026.0, "2024-05" → 2024.417).
    pub fn end_fraction(&self) -> f64 {
        match (self.month, self.day) {
            (None, _) => self.year as f64 + 1.0,
            (Some(m), None) => self.year as f64 + m as f64 / 12.0,
            _ => self.start_fraction(),
        }
    }

    /// Sort key: a date without a day sorts at the start of its month.
    fn key(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }

    /// "24 липня 2019 р." / "24 July 2019"; "грудень 2022 р." / "December 2022"; "2010".
    pub fn format(&self, lang: Lang) -> String {
        const UK_NOMINATIVE: [&str; 12] = [
            "січень",
            "лютий",
            "березень",
            "квітень",
            "травень",
            "червень",
            "липень",
            "серпень",
            "вересень",
            "жовтень",
            "листопад",
            "грудень",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let y = self.year;
        match (self.month, self.day, lang) {
            (Some(m), Some(d), Lang::Uk) => format!("{d} {} {y} р.", UK_GENITIVE[m as usize - 1]),
            (Some(m), Some(d), Lang::En) => format!("{d} {} {y}", EN[m as usize - 1]),
            (Some(m), None, Lang::Uk) => format!("{} {y} р.", UK_NOMINATIVE[m as usize - 1]),
            (Some(m), None, Lang::En) => format!("{} {y}", EN[m as usize - 1]),
            (None, _, _) => y.to_string(),
        }
    }

    /// The form that follows a preposition ("з грудня 2022 р.", "до 2024 р."): Ukrainian takes
    /// the genitive month; English is unchanged.
    pub fn format_after_preposition(&self, lang: Lang) -> String {
        match (lang, self.month, self.day) {
            (Lang::Uk, Some(m), None) => {
                format!("{} {} р.", UK_GENITIVE[m as usize - 1], self.year)
            }
            (Lang::Uk, None, _) => format!("{} р.", self.year),
            _ => self.format(lang),
        }
    }

    /// "24.07.2019", the numeric style of Ukrainian legal citations; reduced precision as is.
    pub fn format_numeric(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d:02}.{m:02}.{}", self.year),
            (Some(m), None) => format!("{m:02}.{}", self.year),
            _ => self.year.to_string(),
        }
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl IsoDate {
    pub fn new(s: impl Into<String>) -> Self {
        IsoDate(s.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn parse(&self) -> Result<Date, DateError> {
        Date::parse(&self.0)
    }

    pub fn year(&self) -> Option<u16> {
        self.parse().ok().map(|d| d.year)
    }

    /// Human form for the page; falls back to the raw string for a date the validator would
    /// reject, so that a bad date shows as written rather than breaking the page.
    pub fn format(&self, lang: Lang) -> String {
        self.parse()
            .map(|d| d.format(lang))
            .unwrap_or_else(|_| self.0.clone())
    }

    pub fn format_after_preposition(&self, lang: Lang) -> String {
        self.parse()
            .map(|d| d.format_after_preposition(lang))
            .unwrap_or_else(|_| self.0.clone())
    }

    pub fn format_numeric(&self) -> String {
        self.parse()
            .map(|d| d.format_numeric())
            .unwrap_or_else(|_| self.0.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_1970_are_calendar_dates() {
        assert_eq!(Date::from_unix_days(0).iso(), "1970-01-01");
        assert_eq!(Date::from_unix_days(-1).iso(), "1969-12-31");
        assert_eq!(Date::from_unix_days(11_016).iso(), "2000-02-29");
        assert_eq!(Date::from_unix_days(20_786).iso(), "2026-11-29");
        let today = Date::today().unwrap();
        assert!(today.year >= 2026, "{today:?}");
    }

    #[test]
    fn parses_full_and_reduced_precision() {
        assert_eq!(
            Date::parse("2019-07-24").unwrap(),
            Date {
                year: 2019,
                month: Some(7),
                day: Some(24)
            }
        );
        assert_eq!(
            Date::parse("2022-12").unwrap(),
            Date {
                year: 2022,
                month: Some(12),
                day: None
            }
        );
        assert_eq!(
            Date::parse("2010").unwrap(),
            Date {
                year: 2010,
                month: None,
                day: None
            }
        );
    }

    #[test]
    fn rejects_dates_that_do_not_exist() {
        for bad in [
            "2019-02-29",
            "2019-13-01",
            "2019-00-10",
            "2019-04-31",
            "2019-7-24",
            "24.07.2019",
            "2019-07-24T00:00",
            "",
            "19-07-24",
            "2019-07-",
            "0999-01-01",
            "２０１９",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(Date::parse("2000-02-29").is_ok());
        assert!(Date::parse("1900-02-29").is_err());
    }

    #[test]
    fn formats_in_both_languages() {
        let d = Date::parse("2019-07-24").unwrap();
        assert_eq!(d.format(Lang::Uk), "24 липня 2019 р.");
        assert_eq!(d.format(Lang::En), "24 July 2019");
        assert_eq!(d.format_numeric(), "24.07.2019");
        let m = Date::parse("2022-12").unwrap();
        assert_eq!(m.format(Lang::Uk), "грудень 2022 р.");
        assert_eq!(m.format(Lang::En), "December 2022");
        assert_eq!(Date::parse("2010").unwrap().format(Lang::Uk), "2010");
        assert_eq!(m.format_after_preposition(Lang::Uk), "грудня 2022 р.");
        assert_eq!(m.format_after_preposition(Lang::En), "December 2022");
        assert_eq!(
            Date::parse("2024")
                .unwrap()
                .format_after_preposition(Lang::Uk),
            "2024 р."
        );
        assert_eq!(d.format_after_preposition(Lang::Uk), "24 липня 2019 р.");
        assert_eq!(IsoDate::new("2019-02-30").format(Lang::En), "2019-02-30");
    }

    #[test]
    fn fractions_for_drawing() {
        let p = |s| Date::parse(s).unwrap();
        assert_eq!(p("2019").start_fraction(), 2019.0);
        assert_eq!(p("2025").end_fraction(), 2026.0);
        assert!((p("2022-12").start_fraction() - (2022.0 + 11.0 / 12.0)).abs() < 1e-9);
        assert!((p("2024-05").end_fraction() - (2024.0 + 5.0 / 12.0)).abs() < 1e-9);
        assert_eq!(
            p("2019-07-24").end_fraction(),
            p("2019-07-24").start_fraction()
        );
        assert!(
            p("2019-07-24").start_fraction() > 2019.5 && p("2019-07-24").start_fraction() < 2019.6
        );
    }

    #[test]
    fn compares_at_the_common_precision() {
        let p = |s| Date::parse(s).unwrap();
        assert!(p("2019-07-24").certainly_before(&p("2019-07-25")));
        assert!(p("2019-06").certainly_before(&p("2019-07-01")));
        assert!(!p("2019").certainly_before(&p("2019-07-24")));
        assert!(!p("2019-07-24").certainly_before(&p("2019")));
        assert!(!p("2019-07").certainly_before(&p("2019-07-24")));
        assert!(p("2018-12-31").certainly_before(&p("2019")));
        assert!(!p("2019-07-24").certainly_before(&p("2019-07-24")));
    }

    #[test]
    fn orders_reduced_precision_first_in_its_period() {
        let a = Date::parse("2022-12").unwrap();
        let b = Date::parse("2022-12-01").unwrap();
        let c = Date::parse("2023").unwrap();
        assert!(a < b && b < c);
    }
}
