//! The validator: checks every file in `data/` and reports **all** problems at once, each as
//! file, JSON path and reason.
//!
//! Three passes per file: JSON syntax; the bilingual rule on the raw JSON (every `{uk, en}`
//! object has both texts, non-empty); the schema (the typed model, first mismatch per file).
//! Then the semantic rules across all files that parsed: ids unique and well-formed,
//! references resolving, dates real and in order, links `https`, relations consistent.
//! Last, the editorial lint ([`crate::lint`]) over every text of every file that is valid JSON:
//! typography and act numbers in each language, the variants the term base (`terms.json`)
//! avoids, and official titles quoted as they stand in `acts.json`.

use crate::date::Date;
use crate::files::{parse_json, DataFile, LoadErrorKind, ALL_FILES};
use crate::model::*;
use crate::route::{is_slug, Section};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// `data/agencies.json`
    pub file: String,
    /// JSON path: `$.agencies[2].website`
    pub path: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.path, self.reason)
    }
}

pub use crate::files::Collection;

/// Reads every data file from `dir` and validates them together.
pub fn validate_dir(dir: &Path) -> Vec<Problem> {
    let mut texts = BTreeMap::new();
    let mut problems = Vec::new();
    for name in ALL_FILES {
        match std::fs::read_to_string(dir.join(name)) {
            Ok(t) => {
                texts.insert(name.to_string(), t);
            }
            Err(e) => problems.push(Problem {
                file: format!("data/{name}"),
                path: "$".into(),
                reason: format!("cannot be read: {e}"),
            }),
        }
    }
    let (_, more) = validate_texts(&texts);
    problems.extend(more);
    problems.sort();
    problems
}

/// Validates file texts keyed by file name (`agencies.json`). Missing files are reported too.
pub fn validate_texts(texts: &BTreeMap<String, String>) -> (Collection, Vec<Problem>) {
    let mut c = Checker::default();
    for name in ALL_FILES {
        if !texts.contains_key(name) {
            c.report(&format!("data/{name}"), "$", "file is missing".into());
        }
    }
    let col = Collection::load(&mut Texts {
        checker: &mut c,
        texts,
    });
    c.check(&col);
    c.lint(&col);
    let mut problems = c.problems;
    problems.sort();
    problems.dedup();
    (col, problems)
}

/// Loads each data file from its text, reporting what fails.
struct Texts<'a> {
    checker: &'a mut Checker,
    texts: &'a BTreeMap<String, String>,
}

impl crate::files::Loader for Texts<'_> {
    fn load<T: DataFile>(&mut self) -> Option<T> {
        self.checker.load(self.texts)
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    /// Every file that is valid JSON, for the editorial lint: (file, value).
    values: Vec<(String, Value)>,
}

const SITE: &str = "data/site.json";
const IBM: &str = "data/ibm.json";
const COOP: &str = "data/cooperation.json";
const AGENCIES: &str = "data/agencies.json";
const STRATEGY: &str = "data/strategy.json";
const PROJECTS: &str = "data/projects.json";
const ACTS: &str = "data/acts.json";
const GLOSSARY: &str = "data/glossary.json";
const TERMS: &str = "data/terms.json";
const COMPONENTS: &str = "data/components.json";

/// What a data file's `"$schema"` must say: the generated schema beside `data/`.
pub fn schema_ref(data_file: &str) -> String {
    format!(
        "../schema/{}.schema.json",
        data_file.trim_end_matches(".json")
    )
}

/// The ids a reference can point to, or `None` when the file holding them did not parse.
type Ids<'a> = Option<HashSet<&'a str>>;

/// Every kind of id a reference may name.
struct KnownIds<'a> {
    agencies: Ids<'a>,
    bodies: Ids<'a>,
    acts: Ids<'a>,
    issuers: Ids<'a>,
    levels: Ids<'a>,
    goals: Option<HashSet<u32>>,
}

impl Checker {
    fn report(&mut self, file: &str, path: &str, reason: String) {
        self.problems.push(Problem {
            file: file.into(),
            path: path.into(),
            reason,
        });
    }

    fn load<T: DataFile>(&mut self, texts: &BTreeMap<String, String>) -> Option<T> {
        let text = texts.get(T::NAME)?;
        let file = T::path();
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                self.report(&file, "$", format!("invalid JSON: {e}"));
                return None;
            }
        };
        self.check_bilingual(&file, "$", &value);
        self.values.push((file.clone(), value.clone()));
        let want = schema_ref(T::NAME);
        match value.get("$schema").and_then(Value::as_str) {
            Some(s) if s == want => {}
            Some(s) => self.report(
                &file,
                "$.$schema",
                format!("should be \"{want}\", not \"{s}\""),
            ),
            None => self.report(
                &file,
                "$",
                format!("add \"$schema\": \"{want}\" so that editors check the file as you type"),
            ),
        }
        match parse_json::<T>(&file, text) {
            Ok(v) => Some(v),
            Err(e) => {
                if let LoadErrorKind::Invalid { path, reason } = e.kind {
                    self.report(&file, &path, reason);
                }
                None
            }
        }
    }

    /// Every object shaped `{"uk": …, "en": …}` is a bilingual text: both must be non-empty.
    fn check_bilingual(&mut self, file: &str, path: &str, v: &Value) {
        match v {
            Value::Object(map) => {
                let is_text = map.contains_key("uk") && map.contains_key("en");
                for (k, child) in map {
                    let p = format!("{path}.{k}");
                    if is_text && (k == "uk" || k == "en") {
                        if child.as_str().is_some_and(|s| s.trim().is_empty()) {
                            let lang = if k == "uk" { "Ukrainian" } else { "English" };
                            self.report(file, &p, format!("the {lang} text is empty"));
                        }
                    } else {
                        self.check_bilingual(file, &p, child);
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    self.check_bilingual(file, &format!("{path}[{i}]"), child);
                }
            }
            _ => {}
        }
    }

    fn ids<'a>(
        &mut self,
        file: &str,
        list: impl IntoIterator<Item = (String, &'a str)>,
    ) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (path, id) in list {
            if !is_slug(id) {
                self.report(
                    file,
                    &path,
                    format!("id \"{id}\" must be a lowercase slug (a-z, 0-9, -)"),
                );
            }
            if !seen.insert(id) {
                self.report(file, &path, format!("duplicate id \"{id}\""));
            }
        }
        seen
    }

    fn reference(&mut self, file: &str, path: &str, id: &str, ids: &Ids, what: &str, target: &str) {
        if let Some(ids) = ids {
            if !ids.contains(id) {
                self.report(
                    file,
                    path,
                    format!("unknown {what} \"{id}\" (not in {target})"),
                );
            }
        }
    }

    fn references<'s>(
        &mut self,
        file: &str,
        path: &str,
        list: impl IntoIterator<Item = &'s String>,
        ids: &Ids,
        what: &str,
        target: &str,
    ) {
        let mut seen = HashSet::new();
        for (i, id) in list.into_iter().enumerate() {
            let p = format!("{path}[{i}]");
            self.reference(file, &p, id, ids, what, target);
            if !seen.insert(id) {
                self.report(file, &p, format!("\"{id}\" is listed twice"));
            }
        }
    }

    fn date(&mut self, file: &str, path: &str, d: &crate::IsoDate) -> Option<Date> {
        match d.parse() {
            Ok(d) => Some(d),
            Err(e) => {
                self.report(file, path, e.0);
                None
            }
        }
    }

    fn period(&mut self, file: &str, path: &str, from: &crate::IsoDate, to: &crate::IsoDate) {
        let a = self.date(file, &format!("{path}.from"), from);
        let b = self.date(file, &format!("{path}.to"), to);
        if let (Some(a), Some(b)) = (a, b) {
            if b.certainly_before(&a) {
                self.report(
                    file,
                    path,
                    format!("period starts ({}) after it ends ({})", from.0, to.0),
                );
            }
        }
    }

    fn https(&mut self, file: &str, path: &str, url: &str) {
        let ok = url
            .strip_prefix("https://")
            .map(|rest| {
                let host = rest.split(['/', '?', '#']).next().unwrap_or("");
                host.contains('.')
                    && !host.starts_with('.')
                    && !url.chars().any(char::is_whitespace)
            })
            .unwrap_or(false);
        if !ok {
            self.report(
                file,
                path,
                format!("\"{url}\" must be an https:// link to a named host"),
            );
        }
    }

    fn check(&mut self, col: &Collection) {
        let ids = self.known_ids(col);
        if let Some(site) = &col.site {
            self.check_site(site);
        }
        if let Some(ibm) = &col.ibm {
            self.check_ibm(ibm, &ids.acts);
        }
        if let Some(coop) = &col.cooperation {
            self.check_cooperation(coop, &ids);
        }
        if let Some(f) = &col.agencies {
            self.check_agencies(f, &ids.acts, &ids.levels);
        }
        if let Some(s) = &col.strategy {
            self.check_strategy(s, &ids.acts);
        }
        if let Some(f) = &col.projects {
            self.check_projects(f, &ids.agencies);
        }
        if let Some(f) = &col.acts {
            self.check_acts(f, &ids.issuers, &ids.agencies, &ids.levels, &ids.goals);
        }
        if let Some(g) = &col.glossary {
            self.check_glossary(g, &ids.acts);
        }
        if let Some(f) = &col.terms {
            self.check_terms(f, &ids.acts);
        }
        if let Some(f) = &col.components {
            self.check_components(f, col.acts.as_ref(), &ids);
        }
        // Body ids and agency ids share the coordinator namespace in messages; keep them apart.
        if let (Some(a), Some(b)) = (&ids.agencies, &ids.bodies) {
            for id in a.intersection(b) {
                self.report(
                    AGENCIES,
                    "$.bodies",
                    format!("\"{id}\" is both an agency id and a body id"),
                );
            }
        }
    }

    /// The ids references may point to (each list checked for duplicates on the way).
    fn known_ids<'c>(&mut self, col: &'c Collection) -> KnownIds<'c> {
        let agency_ids: Ids = col.agencies.as_ref().map(|f| {
            self.ids(
                AGENCIES,
                f.agencies
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (format!("$.agencies[{i}].id"), a.id.as_str())),
            )
        });
        let body_ids: Ids = col.agencies.as_ref().map(|f| {
            self.ids(
                AGENCIES,
                f.bodies
                    .iter()
                    .enumerate()
                    .map(|(i, b)| (format!("$.bodies[{i}].id"), b.id.as_str())),
            )
        });
        let act_ids: Ids = col.acts.as_ref().map(|f| {
            self.ids(
                ACTS,
                f.acts
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (format!("$.acts[{i}].id"), a.id.as_str())),
            )
        });
        let issuer_ids: Ids = col.acts.as_ref().map(|f| {
            self.ids(
                ACTS,
                f.issuers
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (format!("$.issuers[{i}].id"), a.id.as_str())),
            )
        });
        let level_ids: Ids = col.cooperation.as_ref().map(|f| {
            self.ids(
                COOP,
                f.models
                    .iter()
                    .enumerate()
                    .map(|(i, m)| (format!("$.models[{i}].id"), m.id.as_str())),
            );
            self.ids(
                COOP,
                f.models.iter().enumerate().flat_map(|(i, m)| {
                    m.levels
                        .iter()
                        .enumerate()
                        .map(move |(j, l)| (format!("$.models[{i}].levels[{j}].id"), l.id.as_str()))
                }),
            )
        });
        let goal_numbers: Option<HashSet<u32>> = col
            .strategy
            .as_ref()
            .map(|s| s.goals.iter().map(|g| g.number).collect());

        KnownIds {
            agencies: agency_ids,
            bodies: body_ids,
            acts: act_ids,
            issuers: issuer_ids,
            levels: level_ids,
            goals: goal_numbers,
        }
    }

    fn check_ibm(&mut self, ibm: &IbmFile, act_ids: &Ids) {
        self.ids(
            IBM,
            ibm.definitions
                .iter()
                .enumerate()
                .map(|(i, d)| (format!("$.definitions[{i}].id"), d.id.as_str())),
        );
        for (i, d) in ibm.definitions.iter().enumerate() {
            self.references(
                IBM,
                &format!("$.definitions[{i}].acts"),
                &d.acts,
                act_ids,
                "act",
                ACTS,
            );
        }
        let mut prev: Option<Date> = None;
        for (i, m) in ibm.history.iter().enumerate() {
            let p = format!("$.history[{i}]");
            if let Some(d) = self.date(IBM, &format!("{p}.date"), &m.date) {
                if prev.is_some_and(|prev| d.certainly_before(&prev)) {
                    self.report(
                        IBM,
                        &format!("{p}.date"),
                        "history must be in date order, oldest first".into(),
                    );
                }
                prev = Some(d);
            }
            self.references(IBM, &format!("{p}.acts"), &m.acts, act_ids, "act", ACTS);
        }
    }

    fn check_cooperation(&mut self, coop: &CooperationFile, ids: &KnownIds) {
        for (i, model) in coop.models.iter().enumerate() {
            self.references(
                COOP,
                &format!("$.models[{i}].acts"),
                &model.acts,
                &ids.acts,
                "act",
                ACTS,
            );
            for (j, level) in model.levels.iter().enumerate() {
                let p = format!("$.models[{i}].levels[{j}]");
                if level.examples.is_empty() {
                    self.report(
                        COOP,
                        &format!("{p}.examples"),
                        "give at least one example".into(),
                    );
                }
                self.references(
                    COOP,
                    &format!("{p}.agencies"),
                    &level.agencies,
                    &ids.agencies,
                    "agency",
                    AGENCIES,
                );
            }
        }
    }

    fn check_projects(&mut self, f: &ProjectsFile, agency_ids: &Ids) {
        self.ids(
            PROJECTS,
            f.projects
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("$.projects[{i}].id"), p.id.as_str())),
        );
        for (i, p) in f.projects.iter().enumerate() {
            let path = format!("$.projects[{i}]");
            match (&p.from, &p.to) {
                (Some(from), Some(to)) => self.period(PROJECTS, &path, from, to),
                (Some(d), None) => {
                    self.date(PROJECTS, &format!("{path}.from"), d);
                }
                (None, Some(d)) => {
                    self.date(PROJECTS, &format!("{path}.to"), d);
                }
                (None, None) => {}
            }
            self.references(
                PROJECTS,
                &format!("{path}.partners"),
                &p.partners,
                agency_ids,
                "agency",
                AGENCIES,
            );
            for (j, o) in p.outputs.iter().enumerate() {
                self.date(PROJECTS, &format!("{path}.outputs[{j}].date"), &o.date);
            }
            if let Some(w) = &p.website {
                self.https(PROJECTS, &format!("{path}.website"), w);
            }
        }
    }

    /// The approximation map: each component in its place in Art. 3, once; then each
    /// component's references and sources ([`Checker::check_component`]).
    fn check_components(&mut self, f: &ComponentsFile, acts: Option<&ActsFile>, ids: &KnownIds) {
        self.https(COMPONENTS, "$.wording_source", &f.wording_source);
        let mut points = HashSet::new();
        for (i, c) in f.components.iter().enumerate() {
            let p = format!("$.components[{i}].article");
            let point = c
                .article
                .strip_prefix("3(1)(")
                .and_then(|r| r.strip_suffix(')'));
            let reason = match point {
                Some(l) if l.len() == 1 && ("a"..="l").contains(&l) => {
                    (!points.insert(l)).then(|| format!("Art. 3(1)({l}) is on the map twice"))
                }
                _ if c.article == "3(2)" => None,
                _ => Some(format!(
                    "\"{}\" is not a component's place: 3(1)(a)…3(1)(l) or 3(2)",
                    c.article
                )),
            };
            if let Some(reason) = reason {
                self.report(COMPONENTS, &p, reason);
            }
        }
        let slugs = f.components.iter().enumerate();
        self.ids(
            COMPONENTS,
            slugs.map(|(i, c)| (format!("$.components[{i}].id"), c.id.as_str())),
        );
        for (i, c) in f.components.iter().enumerate() {
            self.check_component(&format!("$.components[{i}]"), c, acts, ids);
        }
    }

    /// One component: every id resolves to an act on the right side, an agency, a level or a
    /// confirmed goal; it has its EU acquis; every gap and assessment names its source.
    fn check_component(&mut self, p: &str, c: &Component, acts: Option<&ActsFile>, ids: &KnownIds) {
        let f_ = COMPONENTS;
        let act = |id: &str| acts.and_then(|a| a.act(id));
        if c.eu_acts.is_empty() {
            let reason = "name at least one EU act of the component's acquis";
            self.report(f_, &format!("{p}.eu_acts"), reason.into());
        }
        self.references(
            f_,
            &format!("{p}.eu_acts"),
            &c.eu_acts,
            &ids.acts,
            "act",
            ACTS,
        );
        for (j, id) in c.eu_acts.iter().enumerate() {
            if act(id).is_some_and(|a| a.jurisdiction == Jurisdiction::Ua) {
                let reason = format!("\"{id}\" is a Ukrainian act, not part of the EU acquis");
                self.report(f_, &format!("{p}.eu_acts[{j}]"), reason);
            }
        }
        for (j, l) in c.ua_acts.iter().enumerate() {
            let q = format!("{p}.ua_acts[{j}].act");
            self.reference(f_, &q, &l.act, &ids.acts, "act", ACTS);
            if act(&l.act).is_some_and(|a| !binds_ukraine(a)) {
                let reason = format!(
                    "\"{}\" does not bind Ukraine: name Ukrainian acts and the agreements \
                     Ukraine is party to",
                    l.act
                );
                self.report(f_, &q, reason);
            }
        }
        let agencies = (&ids.agencies, "agency", AGENCIES);
        self.references(
            f_,
            &format!("{p}.agencies"),
            &c.agencies,
            agencies.0,
            agencies.1,
            agencies.2,
        );
        let levels = (&ids.levels, "cooperation level", COOP);
        self.references(
            f_,
            &format!("{p}.levels"),
            &c.levels,
            levels.0,
            levels.1,
            levels.2,
        );
        let unknown_goals = c
            .goals
            .iter()
            .enumerate()
            .filter(|(_, g)| ids.goals.as_ref().is_some_and(|goals| !goals.contains(g)));
        for (j, g) in unknown_goals.collect::<Vec<_>>() {
            let reason =
                format!("goal {g} is not among the Strategy's confirmed goals ({STRATEGY})");
            self.report(f_, &format!("{p}.goals[{j}]"), reason);
        }
        for (kind, claims) in [("gaps", &c.gaps), ("assessments", &c.assessments)] {
            for (j, claim) in claims.iter().enumerate() {
                let q = format!("{p}.{kind}[{j}].source");
                self.https(f_, &format!("{q}.url"), &claim.source.url);
                self.date(f_, &format!("{q}.date"), &claim.source.date);
                if claim.source.title.trim().is_empty() {
                    self.report(
                        f_,
                        &format!("{q}.title"),
                        "name the document that says so".into(),
                    );
                }
            }
        }
    }

    fn check_glossary(&mut self, g: &GlossaryFile, act_ids: &Ids) {
        let ids = self.ids(
            GLOSSARY,
            g.terms
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("$.terms[{i}].id"), t.id.as_str())),
        );
        let term_ids: Ids = Some(ids);
        for (i, t) in g.terms.iter().enumerate() {
            let p = format!("$.terms[{i}]");
            self.references(
                GLOSSARY,
                &format!("{p}.acts"),
                &t.acts,
                act_ids,
                "act",
                ACTS,
            );
            self.references(
                GLOSSARY,
                &format!("{p}.see_also"),
                &t.see_also,
                &term_ids,
                "term",
                "$.terms",
            );
            if t.see_also.contains(&t.id) {
                self.report(
                    GLOSSARY,
                    &format!("{p}.see_also"),
                    "a term cannot refer to itself".into(),
                );
            }
            for (j, s) in t.sources.iter().enumerate() {
                let sp = format!("{p}.sources[{j}]");
                match (&s.act, &s.text) {
                    (Some(id), None) => {
                        self.reference(GLOSSARY, &format!("{sp}.act"), id, act_ids, "act", ACTS);
                        if !t.acts.contains(id) {
                            self.report(
                                GLOSSARY,
                                &format!("{sp}.act"),
                                format!("\"{id}\" is a source: list it in {p}.acts too, so that the page links to it"),
                            );
                        }
                    }
                    (None, Some(_)) => {
                        if s.at.is_some() {
                            self.report(
                                GLOSSARY,
                                &format!("{sp}.at"),
                                "\"at\" goes with \"act\"; write the place into the text".into(),
                            );
                        }
                    }
                    _ => self.report(
                        GLOSSARY,
                        &sp,
                        "give either \"act\" (an act in acts.json, cited from its fields) or \"text\" (a source the library does not hold)".into(),
                    ),
                }
            }
        }
    }

    fn check_terms(&mut self, f: &TermsFile, act_ids: &Ids) {
        self.ids(
            TERMS,
            f.concepts
                .iter()
                .enumerate()
                .map(|(i, c)| (format!("$.concepts[{i}].id"), c.id.as_str())),
        );
        for (i, c) in f.concepts.iter().enumerate() {
            let p = format!("$.concepts[{i}]");
            if let Some(d) = &c.defined_in {
                self.reference(
                    TERMS,
                    &format!("{p}.defined_in.act"),
                    &d.act,
                    act_ids,
                    "act",
                    ACTS,
                );
            }
            for (field, v) in [("avoid", &c.avoid), ("except", &c.except)] {
                for (lang, list) in [("uk", &v.uk), ("en", &v.en)] {
                    for (j, pat) in list.iter().enumerate() {
                        if pat.trim().is_empty() || pat.split_whitespace().any(|w| w == "*") {
                            self.report(
                                TERMS,
                                &format!("{p}.{field}.{lang}[{j}]"),
                                "a pattern needs words (a word may end in *)".into(),
                            );
                        }
                    }
                }
            }
        }
        for (i, reason) in crate::lint::TermBase::new(f).self_check() {
            self.report(TERMS, &format!("$.concepts[{i}]"), reason);
        }
    }

    /// The editorial lint over every bilingual text `{uk, en}` of every file that is valid JSON.
    /// Official titles of acts keep their own words, so the term base does not apply to them.
    fn lint(&mut self, col: &Collection) {
        let terms = col
            .terms
            .as_ref()
            .map(crate::lint::TermBase::new)
            .unwrap_or_default();
        let titles = col
            .acts
            .as_ref()
            .map(crate::lint::Titles::new)
            .unwrap_or_default();
        let values = std::mem::take(&mut self.values);
        for (file, value) in &values {
            let mut texts = Vec::new();
            collect_texts("$", value, &mut texts);
            for (path, uk, en) in texts {
                let official_title = file == ACTS && is_act_title(&path);
                for (lang, text) in [(crate::Lang::Uk, uk), (crate::Lang::En, en)] {
                    let tp = format!("{path}.{}", lang.code());
                    let mut reasons = crate::lint::typography(lang, text);
                    if !official_title {
                        reasons.extend(terms.check(lang, text));
                    }
                    if lang == crate::Lang::Uk && !official_title {
                        reasons.extend(crate::lint::quoted_titles(text, &titles));
                    }
                    for r in reasons {
                        self.report(file, &tp, r);
                    }
                }
            }
        }
        self.values = values;
    }

    fn check_site(&mut self, site: &SiteFile) {
        let mut seen = HashSet::new();
        for (i, s) in site.sections.iter().enumerate() {
            if !seen.insert(s.section) {
                self.report(
                    SITE,
                    &format!("$.sections[{i}].section"),
                    format!("section \"{}\" is listed twice", s.section.slug()),
                );
            }
        }
        for s in Section::ALL {
            if !seen.contains(&s) {
                self.report(
                    SITE,
                    "$.sections",
                    format!("section \"{}\" has no entry point", s.slug()),
                );
            }
        }
        if let Some(c) = &site.contact {
            if let Some(e) = &c.email {
                if !crate::contact::is_email(e) {
                    self.report(
                        SITE,
                        "$.contact.email",
                        format!("\"{e}\" is not an email address"),
                    );
                }
            }
            if let Some(u) = &c.endpoint {
                self.https(SITE, "$.contact.endpoint", u);
            }
        }
        if site.about.is_empty() {
            self.report(
                SITE,
                "$.about",
                "say what the collection is in at least one paragraph".into(),
            );
        }
    }

    fn check_agencies(&mut self, f: &AgenciesFile, act_ids: &Ids, level_ids: &Ids) {
        let by_id: HashMap<&str, &Agency> = f.agencies.iter().map(|a| (a.id.as_str(), a)).collect();
        for (i, a) in f.agencies.iter().enumerate() {
            let p = format!("$.agencies[{i}]");
            self.references(
                AGENCIES,
                &format!("{p}.governing_acts"),
                &a.governing_acts,
                act_ids,
                "act",
                ACTS,
            );
            self.references(
                AGENCIES,
                &format!("{p}.levels"),
                &a.levels,
                level_ids,
                "cooperation level",
                COOP,
            );
            if let Some(w) = &a.website {
                self.https(AGENCIES, &format!("{p}.website"), w);
            }
            match &a.coordinator {
                Coordinator::Agency(id) => {
                    if id == &a.id {
                        self.report(
                            AGENCIES,
                            &format!("{p}.coordinator.agency"),
                            "an agency cannot coordinate itself".into(),
                        );
                    } else if !by_id.contains_key(id.as_str()) {
                        self.report(
                            AGENCIES,
                            &format!("{p}.coordinator.agency"),
                            format!("unknown agency \"{id}\""),
                        );
                    } else {
                        // Walk up the chain: it must end at a body, not loop.
                        let mut cur = id.as_str();
                        let mut steps = 0;
                        while let Some(Coordinator::Agency(next)) =
                            by_id.get(cur).map(|x| &x.coordinator)
                        {
                            steps += 1;
                            if next == &a.id || steps > by_id.len() {
                                self.report(
                                    AGENCIES,
                                    &format!("{p}.coordinator.agency"),
                                    "coordination loops back on itself".into(),
                                );
                                break;
                            }
                            cur = next;
                        }
                    }
                }
                Coordinator::Body(id) => {
                    if f.body(id).is_none() {
                        self.report(
                            AGENCIES,
                            &format!("{p}.coordinator.body"),
                            format!("unknown body \"{id}\" (not in $.bodies)"),
                        );
                    }
                }
            }
        }
    }

    fn check_strategy(&mut self, s: &StrategyFile, act_ids: &Ids) {
        self.reference(STRATEGY, "$.act", &s.act, act_ids, "act", ACTS);
        let adopted = self.date(STRATEGY, "$.adopted", &s.adopted);
        for (i, a) in s.amendments.iter().enumerate() {
            let p = format!("$.amendments[{i}]");
            self.reference(STRATEGY, &format!("{p}.act"), &a.act, act_ids, "act", ACTS);
            if let (Some(d), Some(adopted)) =
                (self.date(STRATEGY, &format!("{p}.date"), &a.date), adopted)
            {
                if d.certainly_before(&adopted) {
                    self.report(
                        STRATEGY,
                        &format!("{p}.date"),
                        "an amendment cannot predate the Strategy".into(),
                    );
                }
            }
        }
        if let Some(next) = &s.next {
            self.references(STRATEGY, "$.next.acts", &next.acts, act_ids, "act", ACTS);
            self.date(STRATEGY, "$.next.as_of", &next.as_of);
            for (i, m) in next.milestones.iter().enumerate() {
                self.date(STRATEGY, &format!("$.next.milestones[{i}].date"), &m.date);
            }
        }
        let mut numbers = HashSet::new();
        for (i, g) in s.goals.iter().enumerate() {
            if g.number == 0 || !numbers.insert(g.number) {
                self.report(
                    STRATEGY,
                    &format!("$.goals[{i}].number"),
                    format!("goal number {} must be unique and start at 1", g.number),
                );
            }
        }
        for (i, plan) in s.action_plans.iter().enumerate() {
            let p = format!("$.action_plans[{i}]");
            self.period(STRATEGY, &p, &plan.from, &plan.to);
            if let Some(act) = &plan.act {
                self.reference(STRATEGY, &format!("{p}.act"), act, act_ids, "act", ACTS);
            }
        }
        for (i, r) in s.monitoring.reports.iter().enumerate() {
            let p = format!("$.monitoring.reports[{i}]");
            self.date(STRATEGY, &format!("{p}.date"), &r.date);
            self.https(STRATEGY, &format!("{p}.source"), &r.source);
            if let (Some(planned), Some(met), Some(prog)) = (
                r.indicators_planned,
                r.indicators_met,
                r.indicators_in_progress,
            ) {
                if met + prog > planned {
                    self.report(
                        STRATEGY,
                        &p,
                        format!("{met} met + {prog} in progress exceeds {planned} planned"),
                    );
                }
            }
        }
    }

    /// An act is checked no earlier than it was adopted, and neither added nor checked in
    /// the future.
    fn checked_dates(&mut self, a: &Act, p: &str, adopted: Option<Date>) {
        let checked = self.date(ACTS, &format!("{p}.checked"), &a.checked);
        let added = self.date(ACTS, &format!("{p}.added"), &a.added);
        if let (Some(c), Some(adopted)) = (checked, adopted) {
            if c.certainly_before(&adopted) {
                self.report(
                    ACTS,
                    &format!("{p}.checked"),
                    format!(
                        "checked on {} is before the act was adopted ({})",
                        a.checked.0, a.adopted.0
                    ),
                );
            }
        }
        self.evidence_date(a, p, adopted, checked);
        let today = today();
        for (field, d, text) in [("checked", checked, &a.checked), ("added", added, &a.added)] {
            if let (Some(d), Some(today)) = (d, today) {
                if today.certainly_before(&d) {
                    self.report(
                        ACTS,
                        &format!("{p}.{field}"),
                        format!("{} is in the future (today is {})", text.0, today.iso()),
                    );
                }
            }
        }
    }

    /// The evidence a record was checked against is dated between the act's adoption and the
    /// check: a record cannot know of the act before it exists, and a reader is never promised
    /// a state later than the day someone looked.
    fn evidence_date(&mut self, a: &Act, p: &str, adopted: Option<Date>, checked: Option<Date>) {
        let field = format!("{p}.evidence");
        let Some(e) = self.date(ACTS, &field, &a.evidence) else {
            return;
        };
        if let Some(c) = checked.filter(|c| c.certainly_before(&e)) {
            let reason = format!(
                "the evidence of {} is after the check on {}: a record cannot promise more than \
                 was seen when it was checked",
                a.evidence.0,
                c.iso()
            );
            self.report(ACTS, &field, reason);
        }
        if adopted.is_some_and(|d| e.certainly_before(&d)) {
            let reason = format!(
                "the evidence of {} is before the act was adopted ({})",
                a.evidence.0, a.adopted.0
            );
            self.report(ACTS, &field, reason);
        }
    }

    fn check_acts(
        &mut self,
        f: &ActsFile,
        issuer_ids: &Ids,
        agency_ids: &Ids,
        level_ids: &Ids,
        goals: &Option<HashSet<u32>>,
    ) {
        let by_id: HashMap<&str, &Act> = f.acts.iter().map(|a| (a.id.as_str(), a)).collect();
        for (i, a) in f.acts.iter().enumerate() {
            let p = format!("$.acts[{i}]");
            self.reference(
                ACTS,
                &format!("{p}.issuer"),
                &a.issuer,
                issuer_ids,
                "issuer",
                "$.issuers",
            );
            let adopted = self.date(ACTS, &format!("{p}.adopted"), &a.adopted);
            for (field, d) in [("in_force", &a.in_force), ("status_date", &a.status_date)] {
                if let Some(d) = d {
                    let parsed = self.date(ACTS, &format!("{p}.{field}"), d);
                    if let (Some(x), Some(adopted)) = (parsed, adopted) {
                        if x.certainly_before(&adopted) {
                            self.report(
                                ACTS,
                                &format!("{p}.{field}"),
                                format!("{} is before the act was adopted ({})", d.0, a.adopted.0),
                            );
                        }
                    }
                }
            }
            self.checked_dates(a, &p, adopted);
            if a.status_date.is_some() && a.status == ActStatus::InForce {
                self.report(
                    ACTS,
                    &format!("{p}.status_date"),
                    "a status date belongs to an amended, repealed or expired act".into(),
                );
            }
            self.https(ACTS, &format!("{p}.source"), &a.source);
            self.check_identifiers(a, &p);
            self.references(
                ACTS,
                &format!("{p}.agencies"),
                &a.agencies,
                agency_ids,
                "agency",
                AGENCIES,
            );
            self.references(
                ACTS,
                &format!("{p}.levels"),
                &a.levels,
                level_ids,
                "cooperation level",
                COOP,
            );
            if let Some(goals) = goals {
                for (j, g) in a.goals.iter().enumerate() {
                    if !goals.contains(g) {
                        self.report(
                            ACTS,
                            &format!("{p}.goals[{j}]"),
                            format!("unknown strategic goal {g} (not in {STRATEGY})"),
                        );
                    }
                }
            }
            self.check_relations(a, &p, adopted, &by_id);
        }
    }
    /// An act's relations: each once, to another act that exists, in an order of adoption that
    /// makes sense, and of a kind that fits both acts.
    fn check_relations(
        &mut self,
        a: &Act,
        p: &str,
        adopted: Option<Date>,
        by_id: &HashMap<&str, &Act>,
    ) {
        let mut seen = HashSet::new();
        for (j, r) in a.relations.iter().enumerate() {
            let rp = format!("{p}.relations[{j}]");
            if !seen.insert((r.kind, r.target.as_str())) {
                self.report(ACTS, &rp, "the same relation is listed twice".into());
            }
            if r.target == a.id {
                self.report(
                    ACTS,
                    &format!("{rp}.target"),
                    "an act cannot relate to itself".into(),
                );
                continue;
            }
            let Some(target) = by_id.get(r.target.as_str()) else {
                self.report(
                    ACTS,
                    &format!("{rp}.target"),
                    format!("unknown act \"{}\"", r.target),
                );
                continue;
            };
            let target_adopted = target.adopted.parse().ok();
            if matches!(r.kind, RelationKind::Amends | RelationKind::Repeals) {
                if let (Some(mine), Some(theirs)) = (adopted, target_adopted) {
                    if mine.certainly_before(&theirs) {
                        self.report(
                            ACTS,
                            &rp,
                            format!(
                                "cannot {} \"{}\", adopted later ({})",
                                if r.kind == RelationKind::Amends {
                                    "amend"
                                } else {
                                    "repeal"
                                },
                                target.id,
                                target.adopted.0
                            ),
                        );
                    }
                }
            }
            if r.kind == RelationKind::Repeals && target.status != ActStatus::Repealed {
                self.report(
                    ACTS,
                    &rp,
                    format!(
                        "repeals \"{}\", whose status is not \"repealed\"",
                        target.id
                    ),
                );
            }
            if r.kind == RelationKind::Ratifies && a.jurisdiction != Jurisdiction::Ua {
                self.report(ACTS, &rp, "only a Ukrainian act can ratify".into());
            }
            if r.kind == RelationKind::AlignsWith && target.jurisdiction != Jurisdiction::Eu {
                self.report(ACTS, &rp, "an act aligns with an EU act".into());
            }
        }
    }

    /// An act's number and CELEX number, when it has them, are well formed.
    fn check_identifiers(&mut self, a: &Act, p: &str) {
        if let Some(n) = &a.number {
            if n.trim().is_empty() || n.trim() != n {
                self.report(
                    ACTS,
                    &format!("{p}.number"),
                    "the number must not be empty or padded".into(),
                );
            }
        }
        if let Some(c) = &a.celex {
            let ok = c.len() >= 6
                && c.len() <= 20
                && c.chars().next().is_some_and(|ch| ch.is_ascii_digit())
                && c.chars()
                    .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || "()".contains(ch));
            if !ok {
                self.report(
                    ACTS,
                    &format!("{p}.celex"),
                    format!("\"{c}\" is not a CELEX number"),
                );
            }
        }
    }
}

/// Every `{uk, en}` pair of strings in `v`, with its JSON path.
fn collect_texts<'a>(path: &str, v: &'a Value, out: &mut Vec<(String, &'a str, &'a str)>) {
    match v {
        Value::Object(map) => {
            if let (Some(Value::String(uk)), Some(Value::String(en))) =
                (map.get("uk"), map.get("en"))
            {
                out.push((path.to_string(), uk, en));
                return;
            }
            for (k, child) in map {
                collect_texts(&format!("{path}.{k}"), child, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_texts(&format!("{path}[{i}]"), child, out);
            }
        }
        _ => {}
    }
}

/// `$.acts[12].title`: an act's official title.
fn is_act_title(path: &str) -> bool {
    path.strip_prefix("$.acts[")
        .and_then(|r| r.split_once(']'))
        .is_some_and(|(n, rest)| n.chars().all(|c| c.is_ascii_digit()) && rest == ".title")
}

#[cfg(test)]
mod tests;

/// Today, for "not in the future" (the validator runs natively; in the browser, no check).
fn today() -> Option<Date> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        Date::today()
    }
    #[cfg(target_arch = "wasm32")]
    {
        None
    }
}

/// An act on Ukraine's side of the approximation map: Ukrainian law, an international treaty,
/// or an agreement, memorandum or working arrangement the EU or its bodies concluded with
/// Ukraine. An EU regulation, directive or decision binds Ukraine only through the acts that
/// align with it, and belongs on the EU side.
fn binds_ukraine(a: &Act) -> bool {
    a.jurisdiction != Jurisdiction::Eu
        || matches!(
            a.kind,
            ActType::Agreement | ActType::Memorandum | ActType::WorkingArrangement
        )
}
