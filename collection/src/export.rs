//! The current library view as files a reader can take away: CSV (opens in Excel and
//! LibreOffice, UTF-8 with a byte-order mark so Cyrillic shows correctly) and JSON.

use crate::model::{Act, ActsFile, Claim, Component, ComponentsFile};
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

/// Where the build writes the approximation map's files, relative to the site's root.
pub fn map_file(ext: &str) -> String {
    format!("downloads/approximation.{ext}")
}

const MAP_COLUMNS: [&str; 14] = [
    "id",
    "article",
    "name_uk",
    "name_en",
    "wording_en",
    "ua_acts",
    "ua_acts_aligned",
    "agencies",
    "levels",
    "goals",
    "eu_acts",
    "gaps_en",
    "assessments_en",
    "sources",
];

/// The approximation map as a table, one row per component: ids joined by spaces; gaps and
/// assessments joined by " | ", their documents' addresses in `sources`.
pub fn map_csv(map: &ComponentsFile, acts: &ActsFile) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&MAP_COLUMNS.join(","));
    out.push_str("\r\n");
    let claims = |cs: &[Claim]| {
        cs.iter()
            .map(|c| c.text.en.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    for c in &map.components {
        let mut aligned: Vec<&str> = (c.aligned_unlisted(acts).into_iter())
            .map(|(ua, _, _)| ua)
            .collect();
        aligned.dedup();
        let sources: Vec<&str> = c
            .gaps
            .iter()
            .chain(&c.assessments)
            .map(|x| x.source.url.as_str())
            .collect();
        let row = [
            c.id.clone(),
            c.article.clone(),
            c.name.uk.clone(),
            c.name.en.clone(),
            c.wording.as_ref().map(|w| w.en.clone()).unwrap_or_default(),
            (c.ua_acts.iter().map(|l| l.act.as_str()))
                .collect::<Vec<_>>()
                .join(" "),
            aligned.join(" "),
            c.agencies.join(" "),
            c.levels.join(" "),
            c.goals
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(" "),
            c.eu_acts.join(" "),
            claims(&c.gaps),
            claims(&c.assessments),
            sources.join(" "),
        ];
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// One component as exported: its record, with the Ukrainian acts the library's relations
/// align with its acquis spelled out, so the file says all the page says.
#[derive(serde::Serialize)]
struct MapEntry<'a> {
    #[serde(flatten)]
    component: &'a Component,
    ua_acts_aligned: Vec<Aligned<'a>>,
}

#[derive(serde::Serialize)]
struct Aligned<'a> {
    act: &'a str,
    relation: crate::model::RelationKind,
    eu_act: &'a str,
}

/// The approximation map as JSON: `data/components.json`'s components, each with
/// `ua_acts_aligned`.
pub fn map_json(map: &ComponentsFile, acts: &ActsFile) -> String {
    let entries: Vec<MapEntry> = map
        .components
        .iter()
        .map(|c| MapEntry {
            component: c,
            ua_acts_aligned: (c.aligned_unlisted(acts).into_iter())
                .map(|(act, relation, eu_act)| Aligned {
                    act,
                    relation,
                    eu_act,
                })
                .collect(),
        })
        .collect();
    let doc = serde_json::json!({ "source": map.wording_source, "components": entries });
    serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into())
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

    #[test]
    fn the_map_exports_a_row_per_component_with_what_the_relations_add() {
        let acts = crate::fixture_aligned();
        let map: ComponentsFile = crate::fixture();
        let out = map_csv(&map, &acts);
        let lines: Vec<&str> = out.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), map.components.len() + 1);
        assert!(lines[0].starts_with("id,article,name_uk"), "{}", lines[0]);
        let row = lines[1];
        assert!(row.starts_with("border-control,3(1)(a),"), "{row}");
        assert!(
            row.contains(",ua-law-1777-xii,ua-cmu-order-687-2019,sbgs,"),
            "{row}"
        );
        assert!(
            row.contains("https://enlargement.ec.europa.eu/ukraine-report-2025"),
            "{row}"
        );
        let json: serde_json::Value = serde_json::from_str(&map_json(&map, &acts)).unwrap();
        let first = &json["components"][0];
        assert_eq!(first["id"], "border-control");
        assert_eq!(first["ua_acts_aligned"][0]["act"], "ua-cmu-order-687-2019");
        assert_eq!(first["ua_acts_aligned"][0]["relation"], "aligns-with");
        assert_eq!(
            json["components"][1]["ua_acts_aligned"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
    }
}
