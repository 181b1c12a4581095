use super::Text;
use serde::{Deserialize, Serialize};

/// `data/terms.json`: the term base. For each concept, the one Ukrainian and the one English
/// term the collection uses, the variants to avoid in each language, and where the official
/// definition stands. The validator's editorial lint flags the avoided variants in every text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TermsFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub concepts: Vec<Concept>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Concept {
    /// Slug: `ibm-agency`, `schengen-borders-code`, …
    pub id: String,
    /// The term to use, in its dictionary form.
    pub term: Text,
    /// Forms not to use. Each is a pattern of words matched case-insensitively, a word at a
    /// time; a word ending in `*` matches any ending (`складник*` catches `складники`,
    /// `складників`). Text inside quotation marks (a quoted official title) is not checked.
    #[serde(default, skip_serializing_if = "Variants::is_empty")]
    pub avoid: Variants,
    /// Wider forms in which an avoided pattern is correct, e.g. `контрольн* пункт* в’їзду-виїзду`
    /// around the avoided `пункт* в’їзду-виїзду`. An avoided match inside one of these is fine.
    #[serde(default, skip_serializing_if = "Variants::is_empty")]
    pub except: Variants,
    /// Where the official definition stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defined_in: Option<DefinedIn>,
    /// How to use the term, when the choice needs a word of explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Patterns per language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Variants {
    #[serde(default)]
    pub uk: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

impl Variants {
    pub fn is_empty(&self) -> bool {
        self.uk.is_empty() && self.en.is_empty()
    }

    pub fn get(&self, lang: crate::Lang) -> &[String] {
        match lang {
            crate::Lang::Uk => &self.uk,
            crate::Lang::En => &self.en,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DefinedIn {
    /// Id of the act in `acts.json`.
    pub act: String,
    /// The article (or point) that defines it, as numbered in the act: `2`, `2(8)`, `1A(2)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
}

impl TermsFile {
    pub fn concept(&self, id: &str) -> Option<&Concept> {
        self.concepts.iter().find(|c| c.id == id)
    }
}
