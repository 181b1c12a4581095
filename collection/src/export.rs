//! The current library view as files a reader can take away: CSV (opens in Excel and
//! LibreOffice, UTF-8 with a byte-order mark so Cyrillic shows correctly) and JSON.

use crate::model::{Act, ActsFile};
use crate::route::slug_of;

const COLUMNS: [&str; 19] = [
    "id",
    "jurisdiction",
    "type",
    "number",
    "celex",
    "adopted",
    "in_force",
    "issuer",
    "status",
    "status_date",
    "title_uk",
    "title_en",
    "summary_uk",
    "summary_en",
    "source",
    "agencies",
    "levels",
    "evidence",
    "checked",
];

/// One CSV field, quoted when it has to be (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn csv(acts: &[&Act], file: &ActsFile) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for a in acts {
        let issuer = file
            .issuer(&a.issuer)
            .map(|i| i.name.en.clone())
            .unwrap_or_else(|| a.issuer.clone());
        let row = [
            a.id.clone(),
            slug_of(&a.jurisdiction),
            slug_of(&a.kind),
            a.number.clone().unwrap_or_default(),
            a.celex.clone().unwrap_or_default(),
            a.adopted.0.clone(),
            a.in_force.as_ref().map(|d| d.0.clone()).unwrap_or_default(),
            issuer,
            slug_of(&a.status),
            a.status_date
                .as_ref()
                .map(|d| d.0.clone())
                .unwrap_or_default(),
            a.title.uk.clone(),
            a.title.en.clone(),
            a.summary.uk.clone(),
            a.summary.en.clone(),
            a.source.clone(),
            a.agencies.join(" "),
            a.levels.join(" "),
            a.evidence.0.clone(),
            a.checked.0.clone(),
        ];
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// The acts as a JSON array, in the shape of `data/acts.json` records.
pub fn json(acts: &[&Act]) -> String {
    serde_json::to_string_pretty(acts).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acts() -> ActsFile {
        crate::fixture()
    }

    #[test]
    fn csv_has_a_header_a_row_per_act_and_quotes_what_needs_it() {
        let mut file = acts();
        file.acts[0].title.en = "On the \"State\" Border, of Ukraine".into();
        let list: Vec<&Act> = file.acts.iter().collect();
        let out = csv(&list, &file);
        assert!(out.starts_with('\u{feff}'));
        let lines: Vec<&str> = out
            .trim_start_matches('\u{feff}')
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines.len(), file.acts.len() + 1);
        assert!(lines[0].starts_with("id,jurisdiction,type,number"));
        assert!(
            lines[1].contains("\"On the \"\"State\"\" Border, of Ukraine\""),
            "{}",
            lines[1]
        );
        assert!(lines[1].starts_with("ua-law-1777-xii,ua,law,1777-XII,,1991-11-04,"));
        assert!(lines[0].ends_with(",evidence,checked"), "{}", lines[0]);
        let a = &file.acts[0];
        let tail = format!(",{},{}", a.evidence.0, a.checked.0);
        assert!(lines[1].ends_with(&tail), "{}", lines[1]);
    }

    #[test]
    fn json_round_trips_to_the_model() {
        let file = acts();
        let list: Vec<&Act> = file.acts.iter().take(2).collect();
        let back: Vec<Act> = serde_json::from_str(&json(&list)).unwrap();
        assert_eq!(back.len(), 2);
        assert_eq!(&back[0], list[0]);
    }
}
