//! One broken fixture per rule: start from the minimal valid collection in
//! `tests/fixtures/minimal/`, break one thing, and expect exactly the problem that names it.

use super::*;
use serde_json::json;

fn minimal() -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    ALL_FILES
        .iter()
        .map(|name| {
            (
                name.to_string(),
                std::fs::read_to_string(dir.join(name)).unwrap(),
            )
        })
        .collect()
}

/// Applies `edit` to the JSON of `file` in the minimal collection and validates.
fn problems_after(file: &str, edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut texts = minimal();
    let mut v: Value = serde_json::from_str(&texts[file]).unwrap();
    edit(&mut v);
    texts.insert(file.to_string(), serde_json::to_string_pretty(&v).unwrap());
    validate_texts(&texts).1
}

/// The value at a JSON pointer, created (as null) when its parent object lacks it.
fn at<'a>(v: &'a mut Value, pointer: &str) -> &'a mut Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    if v.pointer(pointer).is_none() {
        let obj = v
            .pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .unwrap_or_else(|| panic!("no {parent}"));
        obj.insert(key.to_string(), Value::Null);
    }
    v.pointer_mut(pointer).unwrap()
}

#[track_caller]
fn expect_one(problems: &[Problem], file: &str, path: &str, reason_part: &str) {
    assert_eq!(problems.len(), 1, "expected one problem, got {problems:#?}");
    let p = &problems[0];
    assert_eq!((p.file.as_str(), p.path.as_str()), (file, path), "{p}");
    assert!(
        p.reason.contains(reason_part),
        "reason {:?} lacks {reason_part:?}",
        p.reason
    );
}

#[test]
fn the_minimal_collection_is_valid() {
    let (col, problems) = validate_texts(&minimal());
    assert_eq!(problems, vec![]);
    assert!(col.acts.is_some() && col.agencies.is_some());
}

#[test]
fn syntax_errors_name_the_file_and_position() {
    let mut texts = minimal();
    texts.insert("projects.json".into(), "{\"projects\": [\n  {,]}".into());
    let problems = validate_texts(&texts).1;
    expect_one(&problems, "data/projects.json", "$", "line 2");
}

#[test]
fn missing_files_are_reported() {
    let mut texts = minimal();
    texts.remove("ibm.json");
    let problems = validate_texts(&texts).1;
    expect_one(&problems, "data/ibm.json", "$", "missing");
}

#[test]
fn schema_errors_give_the_json_path() {
    let p = problems_after("agencies.json", |v| {
        at(v, "/agencies/1").as_object_mut().unwrap().remove("role");
    });
    expect_one(
        &p,
        "data/agencies.json",
        "$.agencies[1]",
        "missing field `role`",
    );
    let p = problems_after("acts.json", |v| *at(v, "/acts/0/status") = json!("valid"));
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[0].status",
        "unknown variant `valid`",
    );
}

#[test]
fn unknown_fields_are_rejected() {
    let p = problems_after("site.json", |v| {
        v.as_object_mut()
            .unwrap()
            .insert("colour".into(), json!("red"));
    });
    expect_one(&p, "data/site.json", "$.colour", "unknown field `colour`");
}

#[test]
fn both_languages_must_be_present_and_non_empty() {
    let p = problems_after("agencies.json", |v| {
        *at(v, "/agencies/0/role/en") = json!("  ")
    });
    expect_one(
        &p,
        "data/agencies.json",
        "$.agencies[0].role.en",
        "English text is empty",
    );
    let p = problems_after("ibm.json", |v| *at(v, "/history/1/title/uk") = json!(""));
    expect_one(
        &p,
        "data/ibm.json",
        "$.history[1].title.uk",
        "Ukrainian text is empty",
    );
}

#[test]
fn all_problems_are_reported_at_once_across_files() {
    let mut texts = minimal();
    let mut a: Value = serde_json::from_str(&texts["agencies.json"]).unwrap();
    *at(&mut a, "/agencies/0/website") = json!("http://mvs.gov.ua");
    *at(&mut a, "/agencies/1/governing_acts/0") = json!("ua-law-nope");
    texts.insert("agencies.json".into(), a.to_string());
    let mut s: Value = serde_json::from_str(&texts["strategy.json"]).unwrap();
    *at(&mut s, "/adopted") = json!("2019-02-30");
    texts.insert("strategy.json".into(), s.to_string());
    let problems = validate_texts(&texts).1;
    let paths: Vec<_> = problems
        .iter()
        .map(|p| format!("{}:{}", p.file, p.path))
        .collect();
    assert_eq!(
        paths,
        [
            "data/agencies.json:$.agencies[0].website",
            "data/agencies.json:$.agencies[1].governing_acts[0]",
            "data/strategy.json:$.adopted",
        ]
    );
}

#[test]
fn ids_must_be_unique_slugs() {
    let p = problems_after("agencies.json", |v| *at(v, "/agencies/1/id") = json!("mia"));
    assert!(
        p.iter()
            .any(|p| p.path == "$.agencies[1].id" && p.reason.contains("duplicate id \"mia\"")),
        "{p:#?}"
    );
    let p = problems_after("acts.json", |v| *at(v, "/acts/3/id") = json!("EU Reg"));
    assert!(
        p.iter()
            .any(|p| p.path == "$.acts[3].id" && p.reason.contains("lowercase slug")),
        "{p:#?}"
    );
}

#[test]
fn references_must_resolve() {
    let p = problems_after("cooperation.json", |v| {
        *at(v, "/models/0/levels/0/agencies/1") = json!("kgb")
    });
    expect_one(
        &p,
        "data/cooperation.json",
        "$.models[0].levels[0].agencies[1]",
        "unknown agency \"kgb\"",
    );
    let p = problems_after("agencies.json", |v| {
        *at(v, "/agencies/1/coordinator") = json!({"body": "parliament"})
    });
    expect_one(
        &p,
        "data/agencies.json",
        "$.agencies[1].coordinator.body",
        "unknown body",
    );
    let p = problems_after("strategy.json", |v| {
        *at(v, "/act") = json!("ua-cmu-order-1-2019")
    });
    expect_one(&p, "data/strategy.json", "$.act", "unknown act");
    let p = problems_after("projects.json", |v| {
        *at(v, "/projects/0/partners/0") = json!("frontex")
    });
    expect_one(
        &p,
        "data/projects.json",
        "$.projects[0].partners[0]",
        "unknown agency",
    );
    let p = problems_after("acts.json", |v| *at(v, "/acts/0/goals/0") = json!(7));
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[0].goals[0]",
        "unknown strategic goal 7",
    );
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/levels/0") = json!("galactic")
    });
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[0].levels[0]",
        "unknown cooperation level",
    );
    let p = problems_after("acts.json", |v| *at(v, "/acts/0/issuer") = json!("nobody"));
    expect_one(&p, "data/acts.json", "$.acts[0].issuer", "unknown issuer");
}

#[test]
fn references_into_a_broken_file_are_not_double_reported() {
    let mut texts = minimal();
    texts.insert("acts.json".into(), "not json".into());
    let problems = validate_texts(&texts).1;
    expect_one(&problems, "data/acts.json", "$", "invalid JSON");
}

#[test]
fn coordination_cannot_loop() {
    let p = problems_after("agencies.json", |v| {
        *at(v, "/agencies/0/coordinator") = json!({"agency": "sbgs"})
    });
    assert!(p.iter().all(|p| p.reason.contains("loops back")), "{p:#?}");
    assert!(!p.is_empty());
    let p = problems_after("agencies.json", |v| {
        *at(v, "/agencies/0/coordinator") = json!({"agency": "mia"})
    });
    assert!(
        p.iter()
            .any(|p| p.path == "$.agencies[0].coordinator.agency"
                && p.reason.contains("cannot coordinate itself")),
        "{p:#?}"
    );
}

#[test]
fn dates_must_be_real_and_ordered() {
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/adopted") = json!("04.11.1991")
    });
    expect_one(&p, "data/acts.json", "$.acts[0].adopted", "not an ISO date");
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/in_force") = json!("1990-01-01")
    });
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[0].in_force",
        "before the act was adopted",
    );
    let p = problems_after("projects.json", |v| {
        *at(v, "/projects/0/to") = json!("2021-01")
    });
    expect_one(
        &p,
        "data/projects.json",
        "$.projects[0]",
        "starts (2022-12) after it ends (2021-01)",
    );
    let p = problems_after("ibm.json", |v| {
        *at(v, "/history/1/date") = json!("2001-01-01")
    });
    expect_one(&p, "data/ibm.json", "$.history[1].date", "date order");
    let p = problems_after("strategy.json", |v| {
        *at(v, "/amendments/0/date") = json!("2018-01-01")
    });
    expect_one(&p, "data/strategy.json", "$.amendments[0].date", "predate");
}

#[test]
fn links_must_be_https() {
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/source") = json!("http://zakon.rada.gov.ua/laws/show/1777-12")
    });
    expect_one(&p, "data/acts.json", "$.acts[0].source", "https://");
    let p = problems_after("strategy.json", |v| {
        *at(v, "/monitoring/reports/0/source") = json!("https://localhost")
    });
    expect_one(
        &p,
        "data/strategy.json",
        "$.monitoring.reports[0].source",
        "named host",
    );
}

#[test]
fn relations_must_be_consistent() {
    // An act cannot amend one adopted after it.
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/relations") = json!([{"kind": "amends", "target": "ua-cmu-order-687-2019"}])
    });
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[0].relations[0]",
        "adopted later",
    );
    // Repealing requires the target to be marked repealed.
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/2/relations/0/kind") = json!("repeals")
    });
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[2].relations[0]",
        "not \"repealed\"",
    );
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/2/relations/0/target") = json!("ua-cmu-order-145-2021")
    });
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[2].relations[0].target",
        "itself",
    );
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/2/relations/0/target") = json!("ua-cmu-order-9-2021")
    });
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[2].relations[0].target",
        "unknown act",
    );
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/2/relations/0") = json!({"kind": "aligns-with", "target": "ua-law-1777-xii"})
    });
    expect_one(&p, "data/acts.json", "$.acts[2].relations[0]", "EU act");
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/3/relations") = json!([{"kind": "ratifies", "target": "ua-law-1777-xii"}])
    });
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[3].relations[0]",
        "only a Ukrainian act",
    );
}

#[test]
fn status_dates_and_numbers() {
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/2/status_date") = json!("2022-01-01")
    });
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[2].status_date",
        "amended, repealed or expired",
    );
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/number") = json!(" 1777-XII")
    });
    expect_one(&p, "data/acts.json", "$.acts[0].number", "padded");
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/3/celex") = json!("Reg 2016/399")
    });
    expect_one(
        &p,
        "data/acts.json",
        "$.acts[3].celex",
        "not a CELEX number",
    );
}

#[test]
fn every_section_needs_an_entry_point_once() {
    let p = problems_after("site.json", |v| {
        at(v, "/sections").as_array_mut().unwrap().remove(4);
        assert_eq!(v["sections"][3]["section"], "strategy");
    });
    expect_one(
        &p,
        "data/site.json",
        "$.sections",
        "\"project\" has no entry point",
    );
    let p = problems_after("site.json", |v| {
        *at(v, "/sections/4/section") = json!("ibm")
    });
    assert_eq!(p.len(), 2, "{p:#?}");
}

#[test]
fn strategy_figures_must_add_up() {
    let p = problems_after("strategy.json", |v| {
        *at(v, "/monitoring/reports/0/indicators_met") = json!(60)
    });
    expect_one(
        &p,
        "data/strategy.json",
        "$.monitoring.reports[0]",
        "exceeds 79 planned",
    );
    let p = problems_after("strategy.json", |v| *at(v, "/goals/0/number") = json!(0));
    assert!(p.iter().any(|p| p.path == "$.goals[0].number"), "{p:#?}");
}

#[test]
fn examples_are_required_for_each_level() {
    let p = problems_after("cooperation.json", |v| {
        *at(v, "/models/0/levels/0/examples") = json!([])
    });
    expect_one(
        &p,
        "data/cooperation.json",
        "$.models[0].levels[0].examples",
        "at least one example",
    );
}

#[test]
fn every_file_references_its_schema() {
    let p = problems_after("ibm.json", |v| {
        v.as_object_mut().unwrap().remove("$schema");
    });
    expect_one(
        &p,
        "data/ibm.json",
        "$",
        "\"$schema\": \"../schema/ibm.schema.json\"",
    );
    let p = problems_after("ibm.json", |v| {
        *at(v, "/$schema") = json!("schema/acts.schema.json")
    });
    expect_one(&p, "data/ibm.json", "$.$schema", "should be");
}

#[test]
fn the_contact_channel_must_be_usable() {
    let p = problems_after("site.json", |v| {
        *at(v, "/contact") = json!({"email": "not an address"})
    });
    expect_one(
        &p,
        "data/site.json",
        "$.contact.email",
        "not an email address",
    );
    let p = problems_after("site.json", |v| {
        *at(v, "/contact") = json!({"endpoint": "http://example.org/form"})
    });
    expect_one(&p, "data/site.json", "$.contact.endpoint", "https://");
    let p = problems_after("site.json", |v| {
        *at(v, "/contact") = json!({"email": "info@example.org"})
    });
    assert_eq!(p, vec![]);
}

#[test]
fn glossary_references_resolve() {
    let p = problems_after("glossary.json", |v| {
        *at(v, "/terms/0/see_also/0") = json!("no-such-term")
    });
    expect_one(
        &p,
        "data/glossary.json",
        "$.terms[0].see_also[0]",
        "unknown term",
    );
    let p = problems_after("glossary.json", |v| {
        *at(v, "/terms/0/acts/0") = json!("eu-reg-0-0")
    });
    expect_one(
        &p,
        "data/glossary.json",
        "$.terms[0].acts[0]",
        "unknown act",
    );
    let p = problems_after("glossary.json", |v| {
        *at(v, "/terms/1/id") = json!("readmission")
    });
    assert!(
        p.iter().any(|p| p.reason.contains("duplicate id")),
        "{p:#?}"
    );
    let p = problems_after("glossary.json", |v| {
        *at(v, "/terms/0/pages/0") = json!("nowhere")
    });
    expect_one(
        &p,
        "data/glossary.json",
        "$.terms[0].pages[0]",
        "unknown variant",
    );
}

#[test]
fn glossary_sources_cite_acts_from_the_library() {
    let p = problems_after("glossary.json", |v| {
        *at(v, "/terms/0/sources/0/act") = json!("ua-law-0-0")
    });
    assert!(
        p.iter()
            .any(|p| p.path == "$.terms[0].sources[0].act" && p.reason.contains("unknown act")),
        "{p:#?}"
    );
    let p = problems_after("glossary.json", |v| {
        at(v, "/terms/0/acts").as_array_mut().unwrap().pop();
    });
    expect_one(
        &p,
        "data/glossary.json",
        "$.terms[0].sources[0].act",
        "list it in $.terms[0].acts too",
    );
    let p = problems_after("glossary.json", |v| {
        *at(v, "/terms/0/sources/1/act") = json!("ua-law-1777-xii")
    });
    expect_one(
        &p,
        "data/glossary.json",
        "$.terms[0].sources[1]",
        "either \"act\"",
    );
    let p = problems_after("glossary.json", |v| {
        *at(v, "/terms/0/sources/1/at") = json!({"uk": "ст. 1", "en": "Art. 1"})
    });
    expect_one(
        &p,
        "data/glossary.json",
        "$.terms[0].sources[1].at",
        "goes with \"act\"",
    );
}

#[test]
fn the_term_base_is_checked_itself() {
    let p = problems_after("terms.json", |v| {
        *at(v, "/concepts/0/defined_in/act") = json!("ua-law-0-0")
    });
    expect_one(
        &p,
        "data/terms.json",
        "$.concepts[0].defined_in.act",
        "unknown act",
    );
    // A term caught by its own avoided variants would flag every correct use.
    let p = problems_after("terms.json", |v| {
        *at(v, "/concepts/0/avoid/en/0") = json!("IBM agenc*")
    });
    assert!(
        p.iter()
            .any(|p| p.path == "$.concepts[0]" && p.reason.contains("its own avoided variants")),
        "{p:#?}"
    );
    let p = problems_after("terms.json", |v| {
        *at(v, "/concepts/0/avoid/en/0") = json!(" ")
    });
    assert!(
        p.iter()
            .any(|p| p.path == "$.concepts[0].avoid.en[0]" && p.reason.contains("needs words")),
        "{p:#?}"
    );
}

/// The editorial lint: one broken text per rule, reported at the text's own JSON path.
#[test]
fn the_editorial_lint_names_each_problem() {
    let role = |lang: &str, text: &str| {
        let (lang, text) = (lang.to_string(), text.to_string());
        problems_after("agencies.json", move |v| {
            *at(v, &format!("/agencies/0/role/{lang}")) = json!(text)
        })
    };
    let cases = [
        ("uk", "суб'єкт ІУК", "apostrophe as ’"),
        ("uk", "Закон \"Про кордон\"", "«…»"),
        ("uk", "Протокол N 4", "«№»"),
        ("uk", "Регламент (EU) 2016/399", "«(ЄС)»"),
        ("uk", "Директива 2008/115/EC", "«/ЄС»"),
        (
            "uk",
            "постанова № 57 від 27 січня 1995 р.",
            "date comes before the number",
        ),
        ("uk", "наказ від 15.04.2016 № 311", "month in words"),
        ("en", "the «Strategy»", "“…”, not «…»"),
        ("en", "the \"Strategy\"", "“…”, not \"…\""),
        ("en", "Ukraine's border", "apostrophe as ’"),
        ("en", "Order No. 687-р", "Cyrillic letters"),
        ("en", "Order No 687-r", "\"No.\" with its full stop"),
        ("en", "(30 Oct 2013)", "month in full"),
        ("en", "all the IBM actors", "terms.json: ibm-agency"),
    ];
    for (lang, text, reason) in cases {
        expect_one(
            &role(lang, text),
            "data/agencies.json",
            &format!("$.agencies[0].role.{lang}"),
            reason,
        );
    }
    // What each rule allows.
    for (lang, text) in [
        (
            "uk",
            "суб’єкт ІУК, «Про кордон», № 687-р, (ЄС) 2016/399, від 27 січня 1995 р. № 57",
        ),
        (
            "en",
            "Ukraine’s “Strategy”, Order No. 687-r, Regulation (EC) No 562/2006",
        ),
        (
            "en",
            "all the IBM agencies; a quoted “IBM actors” keeps its words",
        ),
    ] {
        assert_eq!(role(lang, text), vec![], "{text}");
    }
}

#[test]
fn an_official_title_is_quoted_as_recorded() {
    let mut texts = minimal();
    let mut acts: Value = serde_json::from_str(&texts["acts.json"]).unwrap();
    *at(&mut acts, "/acts/0/title/uk") = json!("Про державний кордон України");
    // An official title keeps its own words: the term base does not apply to it.
    *at(&mut acts, "/acts/0/title/en") = json!("On the IBM actors");
    texts.insert("acts.json".into(), acts.to_string());
    let mut agencies: Value = serde_json::from_str(&texts["agencies.json"]).unwrap();
    *at(&mut agencies, "/agencies/0/role/uk") =
        json!("Закон України «Про державний кордон» і Закон «Про оборону України»");
    texts.insert("agencies.json".into(), agencies.to_string());
    let p = validate_texts(&texts).1;
    expect_one(
        &p,
        "data/agencies.json",
        "$.agencies[0].role.uk",
        "not the official title of ua-law-1777-xii",
    );
}

#[test]
fn the_collection_in_data_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let problems = validate_dir(&dir);
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn an_act_is_checked_after_its_adoption_and_not_in_the_future() {
    let adopted = |v: &Value| v["acts"][0]["adopted"].as_str().unwrap().to_string();
    let p = problems_after("acts.json", |v| {
        let before = format!("{}", adopted(v)[..4].parse::<u16>().unwrap() - 1);
        *at(v, "/acts/0/checked") = json!(before);
        *at(v, "/acts/0/evidence") = json!(before);
    });
    // A check before adoption leaves no date its evidence could have: both are reported.
    assert_eq!(p.len(), 2, "{p:#?}");
    expect_one(
        &p[..1],
        ACTS,
        "$.acts[0].checked",
        "before the act was adopted",
    );
    expect_one(
        &p[1..],
        ACTS,
        "$.acts[0].evidence",
        "before the act was adopted",
    );
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/checked") = json!("2999-01-01")
    });
    expect_one(&p, ACTS, "$.acts[0].checked", "is in the future");
    let p = problems_after("acts.json", |v| *at(v, "/acts/0/added") = json!("2999-01"));
    expect_one(&p, ACTS, "$.acts[0].added", "is in the future");
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/checked") = json!("2026-13-01")
    });
    expect_one(&p, ACTS, "$.acts[0].checked", "does not exist");
    let p = problems_after("acts.json", |v| {
        v["acts"][0].as_object_mut().unwrap().remove("checked");
    });
    expect_one(&p, ACTS, "$.acts[0]", "checked");
}

#[test]
fn evidence_is_dated_between_adoption_and_the_check() {
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/evidence") = json!("2026-11-27");
    });
    expect_one(
        &p,
        ACTS,
        "$.acts[0].evidence",
        "after the check on 2026-11-26",
    );
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/evidence") = json!("1990");
    });
    expect_one(&p, ACTS, "$.acts[0].evidence", "before the act was adopted");
    let p = problems_after("acts.json", |v| {
        *at(v, "/acts/0/evidence") = json!("2026-02-30");
    });
    expect_one(&p, ACTS, "$.acts[0].evidence", "does not exist");
    let p = problems_after("acts.json", |v| {
        v["acts"][0].as_object_mut().unwrap().remove("evidence");
    });
    expect_one(&p, ACTS, "$.acts[0]", "evidence");
    // The same day as the check, or the day of adoption, is fine.
    let p = problems_after("acts.json", |v| {
        let adopted = v["acts"][0]["adopted"].clone();
        *at(v, "/acts/0/evidence") = adopted;
    });
    assert_eq!(p, vec![]);
}

#[test]
fn the_approximation_map_checks_its_references_and_sources() {
    const C: &str = "data/components.json";
    let p = problems_after("components.json", |v| {
        *at(v, "/components/0/eu_acts/0") = json!("ua-law-1777-xii");
    });
    expect_one(
        &p,
        C,
        "$.components[0].eu_acts[0]",
        "not part of the EU acquis",
    );
    let p = problems_after("components.json", |v| {
        *at(v, "/components/0/ua_acts/0/act") = json!("eu-reg-2016-399");
    });
    expect_one(
        &p,
        C,
        "$.components[0].ua_acts[0].act",
        "does not bind Ukraine",
    );
    let p = problems_after("components.json", |v| {
        *at(v, "/components/0/ua_acts/0/act") = json!("ua-law-0000");
    });
    expect_one(&p, C, "$.components[0].ua_acts[0].act", "unknown act");
    let p = problems_after("components.json", |v| {
        *at(v, "/components/1/eu_acts") = json!([]);
    });
    expect_one(&p, C, "$.components[1].eu_acts", "at least one EU act");
    let p = problems_after("components.json", |v| {
        *at(v, "/components/0/gaps/0/source/url") = json!("http://example.org");
    });
    expect_one(&p, C, "$.components[0].gaps[0].source.url", "https://");
    let p = problems_after("components.json", |v| {
        *at(v, "/components/0/gaps/0/source/date") = json!("2025-02-30");
    });
    expect_one(
        &p,
        C,
        "$.components[0].gaps[0].source.date",
        "does not exist",
    );
    let p = problems_after("components.json", |v| {
        v["components"][0]["gaps"][0]
            .as_object_mut()
            .unwrap()
            .remove("source");
    });
    expect_one(&p, C, "$.components[0].gaps[0]", "source");
    let p = problems_after("components.json", |v| {
        *at(v, "/components/0/agencies/0") = json!("nobody");
    });
    expect_one(&p, C, "$.components[0].agencies[0]", "unknown agency");
    let p = problems_after("components.json", |v| {
        *at(v, "/components/0/goals/0") = json!(4);
    });
    expect_one(&p, C, "$.components[0].goals[0]", "goal 4");
    let p = problems_after("components.json", |v| {
        *at(v, "/components/1/article") = json!("3(1)(a)");
    });
    expect_one(&p, C, "$.components[1].article", "twice");
    let p = problems_after("components.json", |v| {
        *at(v, "/components/1/article") = json!("3(1)(m)");
    });
    expect_one(&p, C, "$.components[1].article", "not a component's place");
}

#[test]
fn the_map_in_data_has_the_fifteen_components() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let text = std::fs::read_to_string(dir.join("components.json")).unwrap();
    let map = ComponentsFile::parse(&text).unwrap();
    assert_eq!(map.components.len(), 15);
    let overarching = map.components.iter().filter(|c| c.is_overarching()).count();
    assert_eq!(
        overarching, 3,
        "Art. 3(2) names three overarching components"
    );
}
