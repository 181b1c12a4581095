//! The content model: one Rust type per data file in `data/`, deserialised with serde and
//! `deny_unknown_fields`, so that a misspelt field is an error rather than silently ignored.
//! Pages read content only through these types.
//!
//! Ids and cross-references are plain strings here; the validator (`crate::validate`) checks that
//! they are unique and resolve. Dates are [`IsoDate`]s, checked by the validator as well.

mod acts;
mod agencies;
pub mod cite;
mod components;
mod cooperation;
mod glossary;
mod ibm;
mod projects;
mod site;
mod strategy;
mod terms;

pub use acts::*;
pub use agencies::*;
pub use components::*;
pub use cooperation::*;
pub use glossary::*;
pub use ibm::*;
pub use projects::*;
pub use site::*;
pub use strategy::*;
pub use terms::*;

use crate::Lang;
use serde::{Deserialize, Serialize};

/// A piece of text in both languages. The validator requires both to be non-empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Ukrainian.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub uk: String,
    /// English.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub en: String,
}

impl Text {
    pub fn new(uk: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            uk: uk.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Uk => &self.uk,
            Lang::En => &self.en,
        }
    }

    /// The text in `lang` only, the other language left empty: for data that travels with a
    /// page in one language (the other language's page carries its own).
    pub fn only(&self, lang: Lang) -> Text {
        Text::one(lang, self.get(lang))
    }

    /// `text` in `lang`, the other language left empty.
    pub fn one(lang: Lang, text: impl Into<String>) -> Text {
        match lang {
            Lang::Uk => Text::new(text, ""),
            Lang::En => Text::new("", text),
        }
    }
}

/// The text with its first letter in capitals, as a citation that opens a sentence.
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
