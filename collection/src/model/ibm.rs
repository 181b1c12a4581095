use super::Text;
use crate::IsoDate;
use serde::{Deserialize, Serialize};

/// `data/ibm.json`: what integrated border management is and how the concept developed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IbmFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub intro: Vec<Text>,
    pub definitions: Vec<Definition>,
    /// The elements of IBM as the 2006 Council conclusions list them.
    pub elements: Vec<Element>,
    pub history: Vec<Milestone>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub id: String,
    pub label: Text,
    pub text: Text,
    /// Where the definition comes from, as a short citation.
    pub source: Text,
    #[serde(default)]
    pub acts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Element {
    pub title: Text,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub date: IsoDate,
    pub title: Text,
    pub text: Text,
    #[serde(default)]
    pub acts: Vec<String>,
}
