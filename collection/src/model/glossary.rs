use super::Text;
use crate::route::Section;
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
    /// Where the term is defined or used officially, as a short citation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    #[serde(default)]
    pub acts: Vec<String>,
    /// Related terms, by id.
    #[serde(default)]
    pub see_also: Vec<String>,
    /// Section pages where the term matters; they link to it.
    #[serde(default)]
    pub pages: Vec<Section>,
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
