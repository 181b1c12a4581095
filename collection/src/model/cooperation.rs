use super::Text;
use serde::{Deserialize, Serialize};

/// `data/cooperation.json`: the EU's three cooperation levels and Ukraine's four.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CooperationFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub models: Vec<CooperationModel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CooperationModel {
    pub id: String,
    pub name: Text,
    pub intro: Text,
    #[serde(default)]
    pub acts: Vec<String>,
    pub levels: Vec<Level>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Unique across all models: acts and agencies refer to levels by this id.
    pub id: String,
    pub name: Text,
    pub description: Text,
    pub examples: Vec<Text>,
    #[serde(default)]
    pub agencies: Vec<String>,
}

impl CooperationFile {
    pub fn levels(&self) -> impl Iterator<Item = &Level> {
        self.models.iter().flat_map(|m| m.levels.iter())
    }

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.levels().find(|l| l.id == id)
    }
}
