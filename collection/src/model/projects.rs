use super::Text;
use crate::IsoDate;
use serde::{Deserialize, Serialize};

/// `data/projects.json`: the EU-funded EU4IBM projects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProjectsFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub projects: Vec<Project>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub id: String,
    pub acronym: String,
    pub name: Text,
    /// Start, and end where it is confirmed (a project may have been extended).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<IsoDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<IsoDate>,
    pub funded_by: Text,
    pub implemented_by: Text,
    pub aims: Text,
    pub components: Vec<ProjectComponent>,
    /// IBM agencies among the partners, by id.
    pub partners: Vec<String>,
    #[serde(default)]
    pub other_partners: Vec<Text>,
    pub outputs: Vec<ProjectOutput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProjectComponent {
    pub title: Text,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProjectOutput {
    pub date: IsoDate,
    pub text: Text,
}
