use super::{ActsFile, Text};
use crate::route::Section;
use crate::Lang;
use serde::{Deserialize, Serialize};

/// `data/glossary.json`: terms of integrated border management with definitions in both
/// languages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Slug, also the anchor on the glossary page (`/uk/glossary#readmission`).
    pub id: String,
    pub term: Text,
    pub definition: Text,
    /// Where the term is defined or used officially, in order. An act of the library is
    /// cited from its fields in `acts.json` (see [`Term::source_line`]), never retyped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub acts: Vec<String>,
    /// Related terms, by id.
    #[serde(default)]
    pub see_also: Vec<String>,
    /// Section pages where the term matters; they link to it.
    #[serde(default)]
    pub pages: Vec<Section>,
}

/// One source of a term: an act of the library (with the place in it), or, for a source the
/// library does not hold, its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Id of the act in `acts.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub act: Option<String>,
    /// Where in the act: `{"uk": "ст. 26", "en": "Art. 26"}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Text>,
    /// A source outside the library, written out (only without `act`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
}

impl Term {
    /// The term's sources as one line: acts cited in the collection's short form
    /// ([`Act::reference`](super::Act::reference)) with the place in them, other sources as written, joined by "; ".
    /// `None` when the term has no sources.
    pub fn source_line(&self, acts: &ActsFile, lang: Lang) -> Option<String> {
        if self.sources.is_empty() {
            return None;
        }
        let parts: Vec<String> = self
            .sources
            .iter()
            .map(|s| {
                let mut part = match (&s.act, &s.text) {
                    (Some(id), _) => acts
                        .act(id)
                        .map(|a| a.reference(lang))
                        .unwrap_or_else(|| id.clone()),
                    (None, Some(t)) => t.get(lang).to_string(),
                    (None, None) => String::new(),
                };
                if let Some(at) = &s.at {
                    part.push_str(", ");
                    part.push_str(at.get(lang));
                }
                part
            })
            .collect();
        Some(crate::model::upper_first(&parts.join("; ")))
    }
}

impl GlossaryFile {
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// Terms relevant to a section page, in the glossary's order.
    pub fn for_section(&self, s: Section) -> impl Iterator<Item = &Term> {
        self.terms.iter().filter(move |t| t.pages.contains(&s))
    }
}
