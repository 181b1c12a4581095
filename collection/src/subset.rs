//! The part of a data file that a page shows. A pre-rendered page carries its data with it
//! (so that the browser hydrates it without fetching), and a page that cites three acts should
//! not carry the whole library: pages keep only what their own content refers to.
//!
//! A reference is any string value equal to an id, wherever it sits in the content
//! (`acts`, `governing_acts`, `relations[].act`, …), so a new kind of reference needs no change
//! here. A string that merely looks like an id keeps one record too many, never one too few.

use crate::model::{Act, ActsFile, AgenciesFile, GlossaryFile, Issuer};
use crate::Lang;
use serde::Serialize;
use std::collections::BTreeSet;

/// Every string value inside `value` (keys are not values).
pub fn strings_in<T: Serialize + ?Sized>(value: &T) -> BTreeSet<String> {
    fn walk(v: &serde_json::Value, out: &mut BTreeSet<String>) {
        match v {
            serde_json::Value::String(s) => {
                out.insert(s.clone());
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    if let Ok(v) = serde_json::to_value(value) {
        walk(&v, &mut out);
    }
    out
}

impl ActsFile {
    /// The acts whose id `keep` accepts, in order, with every issuer (there are a handful).
    pub fn only(&self, keep: impl Fn(&str) -> bool) -> ActsFile {
        ActsFile {
            schema: None,
            issuers: self.issuers.clone(),
            acts: self.acts.iter().filter(|a| keep(&a.id)).cloned().collect(),
        }
    }

    /// Every act with only what a list shows of it (type, number, date, issuer, status, titles),
    /// for pages that list the whole library; every text in `lang` only, as a page in that
    /// language carries it (the other language's page carries its own).
    pub fn outline_in(&self, lang: Lang) -> ActsFile {
        ActsFile {
            schema: None,
            issuers: self
                .issuers
                .iter()
                .map(|i| Issuer {
                    id: i.id.clone(),
                    name: i.name.only(lang),
                })
                .collect(),
            acts: self.acts.iter().map(|a| a.outline_in(lang)).collect(),
        }
    }

    /// The acts as citations in `lang` only: what a citation with a link to the official
    /// text needs (type, number, date, issuer, status, titles, source), without summaries,
    /// relations or links to agencies.
    pub fn citations_in(&self, lang: Lang) -> ActsFile {
        let outline = self.outline_in(lang);
        let acts = (outline.acts.into_iter().zip(&self.acts))
            .map(|(a, full)| Act {
                source: full.source.clone(),
                ..a
            })
            .collect();
        ActsFile { acts, ..outline }
    }

    /// The acts that `content` refers to by id.
    pub fn cited_in<T: Serialize + ?Sized>(&self, content: &T) -> ActsFile {
        let refs = strings_in(content);
        self.only(|id| refs.contains(id))
    }

    /// What an act's page shows of other acts: those it refers to and those that refer to it.
    pub fn around(&self, id: &str) -> ActsFile {
        let Some(act) = self.act(id) else {
            return self.only(|_| false);
        };
        let refs = strings_in(act);
        let citing: BTreeSet<&str> = self
            .acts
            .iter()
            .filter(|a| a.relations.iter().any(|r| r.target == id))
            .map(|a| a.id.as_str())
            .collect();
        self.only(|x| x == id || refs.contains(x) || citing.contains(x))
    }
}

impl Act {
    /// The act with only what a list shows of it: type, number, date, issuer, status, titles.
    pub fn outline(&self) -> Act {
        Act {
            celex: None,
            in_force: None,
            status_date: None,
            summary: Default::default(),
            source: String::new(),
            agencies: Vec::new(),
            levels: Vec::new(),
            goals: Vec::new(),
            relations: Vec::new(),
            ..self.clone()
        }
    }

    /// [`outline`](Self::outline) with its titles in `lang` only.
    pub fn outline_in(&self, lang: Lang) -> Act {
        let outline = self.outline();
        Act {
            title: outline.title.only(lang),
            short_title: outline.short_title.as_ref().map(|t| t.only(lang)),
            ..outline
        }
    }
}

impl AgenciesFile {
    /// Every agency by its name and abbreviation in `lang` only (no role), for pages that name
    /// them all.
    pub fn names_in(&self, lang: Lang) -> AgenciesFile {
        let mut out = self.clone();
        for a in &mut out.agencies {
            a.name = a.name.only(lang);
            a.abbreviation = a.abbreviation.only(lang);
            a.role = Default::default();
        }
        out
    }

    /// The agencies whose id `keep` accepts, with every coordinating body.
    pub fn only(&self, keep: impl Fn(&str) -> bool) -> AgenciesFile {
        AgenciesFile {
            schema: None,
            bodies: self.bodies.clone(),
            coordination: Vec::new(),
            agencies: self
                .agencies
                .iter()
                .filter(|a| keep(&a.id))
                .cloned()
                .collect(),
        }
    }

    /// The agencies that `content` refers to by id.
    pub fn cited_in<T: Serialize + ?Sized>(&self, content: &T) -> AgenciesFile {
        let refs = strings_in(content);
        self.only(|id| refs.contains(id))
    }
}

impl GlossaryFile {
    /// The terms whose id `keep` accepts, in order.
    pub fn only(&self, keep: impl Fn(&str) -> bool) -> GlossaryFile {
        GlossaryFile {
            schema: None,
            terms: self.terms.iter().filter(|t| keep(&t.id)).cloned().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CooperationFile, IbmFile};

    fn load<T: crate::DataFile>() -> T {
        crate::fixture()
    }

    #[test]
    fn finds_strings_at_any_depth_but_not_keys() {
        let v = serde_json::json!({"a": ["x", {"b": "y"}], "c": 3, "key": null});
        let s = strings_in(&v);
        assert_eq!(s.into_iter().collect::<Vec<_>>(), vec!["x", "y"]);
    }

    #[test]
    fn keeps_exactly_the_acts_a_page_cites() {
        let (ibm, acts): (IbmFile, ActsFile) = (load(), load());
        let cited = acts.cited_in(&ibm);
        let mut expected: Vec<&str> = ibm
            .definitions
            .iter()
            .flat_map(|d| d.acts.iter())
            .chain(ibm.history.iter().flat_map(|m| m.acts.iter()))
            .map(String::as_str)
            .filter(|id| acts.act(id).is_some())
            .collect();
        expected.sort();
        expected.dedup();
        let mut got: Vec<&str> = cited.acts.iter().map(|a| a.id.as_str()).collect();
        got.sort();
        assert_eq!(got, expected);
        assert!(!got.is_empty(), "the fixture's IBM page cites acts");
        assert_eq!(cited.issuers, acts.issuers);
    }

    #[test]
    fn an_act_page_keeps_the_acts_on_both_sides_of_its_relations() {
        let acts: ActsFile = load();
        let with_relation = acts
            .acts
            .iter()
            .find(|a| !a.relations.is_empty())
            .expect("the fixture has a relation");
        let target = &with_relation.relations[0].target;
        // From the act that holds the relation, and from the act it points to.
        let from = acts.around(&with_relation.id);
        assert!(from.act(target).is_some() && from.act(&with_relation.id).is_some());
        let to = acts.around(target);
        assert!(to.act(&with_relation.id).is_some() && to.act(target).is_some());
        assert!(acts.around("no-such-act").acts.is_empty());
    }

    #[test]
    fn an_outline_keeps_what_lists_show() {
        let acts: ActsFile = load();
        for (lang, other) in [(Lang::Uk, Lang::En), (Lang::En, Lang::Uk)] {
            let outline = acts.outline_in(lang);
            assert_eq!(outline.acts.len(), acts.acts.len());
            for (o, a) in outline.acts.iter().zip(&acts.acts) {
                assert_eq!(
                    (&o.id, &o.adopted, &o.number, &o.issuer),
                    (&a.id, &a.adopted, &a.number, &a.issuer)
                );
                assert_eq!(o.title.get(lang), a.title.get(lang));
                assert_eq!(o.display_title().get(lang), a.display_title().get(lang));
                assert!(o.title.get(other).is_empty());
                assert!(o.short_title.iter().all(|t| t.get(other).is_empty()));
                assert_eq!(
                    (o.kind, o.status, o.jurisdiction),
                    (a.kind, a.status, a.jurisdiction)
                );
                assert!(o.relations.is_empty() && o.source.is_empty());
            }
            assert_eq!(outline.issuers.len(), acts.issuers.len());
            for (o, a) in outline.issuers.iter().zip(&acts.issuers) {
                assert_eq!((&o.id, o.name.get(lang)), (&a.id, a.name.get(lang)));
                assert!(o.name.get(other).is_empty());
            }
        }
    }

    #[test]
    fn agencies_keep_their_coordinating_bodies() {
        let (agencies, coop): (AgenciesFile, CooperationFile) = (load(), load());
        let cited = agencies.cited_in(&coop);
        assert_eq!(cited.bodies, agencies.bodies);
        assert!(cited.agencies.len() <= agencies.agencies.len());
        for a in &cited.agencies {
            assert!(strings_in(&coop).contains(&a.id));
        }
    }
}
