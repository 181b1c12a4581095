use super::Text;
use crate::IsoDate;
use serde::{Deserialize, Serialize};

/// `data/acts.json`: the legal library — Ukrainian, EU and international acts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActsFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub issuers: Vec<Issuer>,
    pub acts: Vec<Act>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    pub id: String,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Act {
    /// Stable slug used in URLs: `ua-law-1777-xii`, `eu-reg-2016-399`, …
    pub id: String,
    pub jurisdiction: Jurisdiction,
    #[serde(rename = "type")]
    pub kind: ActType,
    /// The official number as the issuer writes it (`1777-XII`, `687-р`, `(EU) 2016/399`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub celex: Option<String>,
    /// Date of adoption or signature.
    pub adopted: IsoDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force: Option<IsoDate>,
    pub issuer: String,
    pub status: ActStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_date: Option<IsoDate>,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_title: Option<Text>,
    pub summary: Text,
    /// Link to the official text.
    pub source: String,
    #[serde(default)]
    pub agencies: Vec<String>,
    #[serde(default)]
    pub levels: Vec<String>,
    /// Numbers of the Strategy's strategic goals the act serves.
    #[serde(default)]
    pub goals: Vec<u32>,
    #[serde(default)]
    pub relations: Vec<Relation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Jurisdiction {
    Ua,
    Eu,
    Intl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActType {
    Constitution,
    Code,
    Law,
    RatificationLaw,
    CmuResolution,
    CmuOrder,
    PresidentialDecree,
    Regulation,
    ImplementingRegulation,
    Directive,
    Decision,
    Communication,
    CouncilConclusions,
    Agreement,
    Convention,
    Protocol,
    Guidelines,
    Recommendation,
    ActionPlan,
    Standard,
    Memorandum,
    WorkingArrangement,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActStatus {
    InForce,
    Amended,
    Repealed,
    Expired,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub kind: RelationKind,
    /// Id of the other act.
    pub target: String,
}

/// How one act bears on another. The act that acts (amends, repeals, …) holds the relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelationKind {
    Amends,
    Repeals,
    Implements,
    Ratifies,
    AlignsWith,
}

impl ActsFile {
    pub fn act(&self, id: &str) -> Option<&Act> {
        self.acts.iter().find(|a| a.id == id)
    }

    pub fn issuer(&self, id: &str) -> Option<&Issuer> {
        self.issuers.iter().find(|i| i.id == id)
    }
}

impl Act {
    /// The name readers know the act by: its short title where it has one.
    pub fn display_title(&self) -> &Text {
        self.short_title.as_ref().unwrap_or(&self.title)
    }
}
