use super::{ActsFile, Jurisdiction, RelationKind, Text};
use crate::IsoDate;
use serde::{Deserialize, Serialize};

/// `data/components.json`: the approximation map — the 15 components of European integrated
/// border management (Regulation (EU) 2019/1896, Art. 3(1)(a)–(l) and the three overarching
/// ones of Art. 3(2)) set against Ukraine's acts, agencies and Strategy.
///
/// Only what a source supports is written here. What the library already knows is not written
/// again: the Ukrainian acts aligned with a component's EU acts come from the acts' own
/// relations ([`Component::aligned`]), so a new act or relation shows on the map by itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ComponentsFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Where the components' English wording was read, for all of them.
    pub wording_source: String,
    pub components: Vec<Component>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// Slug, also the anchor on the map (`/uk/approximation#return`).
    pub id: String,
    /// Where the Regulation names it: `3(1)(a)`, …, `3(2)`.
    pub article: String,
    /// The short name readers know it by.
    pub name: Text,
    /// The Regulation's words, where they were read (`None`: the page links to the
    /// Regulation instead of quoting words nobody here has checked). The Ukrainian is the
    /// official translation only when `wording_uk_official` says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
    /// True when the Ukrainian wording is the official translation of the Regulation; false
    /// when it is the collection's own (the page says which).
    #[serde(default)]
    pub wording_uk_official: bool,
    /// Ukrainian acts that implement or correspond to the component, with why.
    #[serde(default)]
    pub ua_acts: Vec<ActLink>,
    /// The IBM agencies responsible (ids from `agencies.json`).
    #[serde(default)]
    pub agencies: Vec<String>,
    /// The cooperation levels where it fits (ids from `cooperation.json`).
    #[serde(default)]
    pub levels: Vec<String>,
    /// The Strategy's goals it belongs to, where the goal's wording is confirmed.
    #[serde(default)]
    pub goals: Vec<u32>,
    /// The EU acts that make up its acquis (ids from `acts.json`).
    pub eu_acts: Vec<String>,
    /// What is missing on the Ukrainian side, each with the source that says so.
    #[serde(default)]
    pub gaps: Vec<Claim>,
    /// What the European Commission has said of it, in our words, with the document.
    #[serde(default)]
    pub assessments: Vec<Claim>,
    /// Other words readers search it by.
    #[serde(default)]
    pub keywords: Keywords,
}

/// A Ukrainian act on the map, with the place in it and one line on why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActLink {
    pub act: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Text>,
    pub why: Text,
}

/// A statement that needs its source: a gap, or the Commission's assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub text: Text,
    pub source: ClaimSource,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ClaimSource {
    /// The document's title, as published.
    pub title: String,
    pub date: IsoDate,
    pub url: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Keywords {
    #[serde(default)]
    pub uk: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

impl ComponentsFile {
    /// The map as a page in `lang` shows it: every text in that language only, except the
    /// Regulation's words, which the page gives in both; no keywords (search reads those).
    pub fn in_lang(&self, lang: crate::Lang) -> ComponentsFile {
        let mut out = self.clone();
        for c in &mut out.components {
            c.name = c.name.only(lang);
            c.keywords = Keywords::default();
            for l in &mut c.ua_acts {
                l.why = l.why.only(lang);
                l.at = l.at.as_ref().map(|t| t.only(lang));
            }
            for claim in c.gaps.iter_mut().chain(&mut c.assessments) {
                claim.text = claim.text.only(lang);
            }
        }
        out
    }

    pub fn component(&self, id: &str) -> Option<&Component> {
        self.components.iter().find(|c| c.id == id)
    }

    /// The components an act serves: those that list it, and, for a Ukrainian act, those whose
    /// EU acts it aligns with or implements.
    pub fn serving<'a>(&'a self, acts: &'a ActsFile, act: &'a str) -> Vec<&'a Component> {
        self.components
            .iter()
            .filter(|c| {
                c.eu_acts.iter().any(|e| e == act)
                    || c.ua_acts.iter().any(|l| l.act == act)
                    || c.aligned(acts).iter().any(|(ua, _, _)| *ua == act)
            })
            .collect()
    }

    /// The components an agency is responsible for.
    pub fn of_agency(&self, agency: &str) -> Vec<&Component> {
        self.components
            .iter()
            .filter(|c| c.agencies.iter().any(|a| a == agency))
            .collect()
    }
}

impl Component {
    /// Every Ukrainian act that aligns with or implements one of the component's EU acts, as
    /// (Ukrainian act, relation, EU act), in the library's order: the map's evidence of
    /// alignment, read from the acts' own relations.
    pub fn aligned<'a>(&'a self, acts: &'a ActsFile) -> Vec<(&'a str, RelationKind, &'a str)> {
        acts.acts
            .iter()
            .filter(|a| a.jurisdiction == Jurisdiction::Ua)
            .flat_map(|a| {
                a.relations.iter().filter_map(move |r| {
                    let kind =
                        matches!(r.kind, RelationKind::AlignsWith | RelationKind::Implements);
                    (kind && self.eu_acts.contains(&r.target)).then_some((
                        a.id.as_str(),
                        r.kind,
                        r.target.as_str(),
                    ))
                })
            })
            .collect()
    }

    /// What the relations add to the component's own list: the alignments of Ukrainian acts it
    /// does not list. One act's alignments come together (with two EU acts, twice).
    pub fn aligned_unlisted<'a>(
        &'a self,
        acts: &'a ActsFile,
    ) -> Vec<(&'a str, RelationKind, &'a str)> {
        let mut out = self.aligned(acts);
        out.retain(|(ua, _, _)| !self.ua_acts.iter().any(|l| l.act == *ua));
        out
    }

    /// The Ukrainian acts on the map for this component: those listed, then those aligned
    /// through a relation and not listed, each once.
    pub fn ua_act_ids<'a>(&'a self, acts: &'a ActsFile) -> Vec<&'a str> {
        let mut out: Vec<&str> = self.ua_acts.iter().map(|l| l.act.as_str()).collect();
        for (ua, _, _) in self.aligned(acts) {
            if !out.contains(&ua) {
                out.push(ua);
            }
        }
        out
    }

    /// True for the three overarching components of Art. 3(2).
    pub fn is_overarching(&self) -> bool {
        self.article.starts_with("3(2)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alignment_relation_puts_an_act_on_the_map_without_writing_it_twice() {
        let acts: ActsFile = crate::fixture();
        let map: ComponentsFile = crate::fixture();
        let c = map.component("border-control").unwrap();
        assert_eq!(c.ua_act_ids(&acts), vec!["ua-law-1777-xii"]);
        assert!(c.aligned(&acts).is_empty());
        let acts = crate::fixture_aligned();
        assert_eq!(
            c.aligned(&acts),
            vec![(
                "ua-cmu-order-687-2019",
                RelationKind::AlignsWith,
                "eu-reg-2016-399"
            )]
        );
        assert_eq!(
            c.ua_act_ids(&acts),
            vec!["ua-law-1777-xii", "ua-cmu-order-687-2019"]
        );
        assert_eq!(c.aligned_unlisted(&acts), c.aligned(&acts));
        // Once the component lists the act itself, the relation adds nothing.
        let mut listing = c.clone();
        listing.ua_acts.push(ActLink {
            act: "ua-cmu-order-687-2019".into(),
            ..listing.ua_acts[0].clone()
        });
        assert!(listing.aligned_unlisted(&acts).is_empty());
        assert_eq!(listing.ua_act_ids(&acts).len(), 2);
        // Both directions: the act serves the component, and so does the EU act itself.
        let ids = |v: Vec<&Component>| v.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        // The fixture lists the Code under both components, so the aligned act serves both.
        assert_eq!(
            ids(map.serving(&acts, "ua-cmu-order-687-2019")),
            ["border-control", "fundamental-rights"]
        );
        assert_eq!(
            ids(map.serving(&acts, "eu-reg-2016-399")),
            ["border-control", "fundamental-rights"]
        );
        assert!(map.serving(&acts, "ua-cmu-order-145-2021").is_empty());
        assert_eq!(ids(map.of_agency("sbgs")), ["border-control"]);
        assert!(!c.is_overarching() && map.components[1].is_overarching());
    }
}
