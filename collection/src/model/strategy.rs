use super::Text;
use crate::IsoDate;
use serde::{Deserialize, Serialize};

/// `data/strategy.json`: the Integrated Border Management Strategy of Ukraine up to 2025.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StrategyFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The act that adopted the Strategy.
    pub act: String,
    pub adopted: IsoDate,
    pub overview: Vec<Text>,
    pub amendments: Vec<Amendment>,
    pub goals: Vec<Goal>,
    /// Said under the goals, e.g. when only some goals have been checked so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goals_note: Option<Text>,
    pub action_plans: Vec<ActionPlan>,
    pub monitoring: Monitoring,
    /// What comes after the Strategy's period: how the next strategy is adopted, the
    /// transition, and the state of work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<NextStrategy>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NextStrategy {
    pub text: Vec<Text>,
    /// The acts the text rests on.
    #[serde(default)]
    pub acts: Vec<String>,
    /// Dated steps, also shown on the Strategy's timeline.
    #[serde(default)]
    pub milestones: Vec<Step>,
    /// The date of the newest evidence the state of work rests on (not the day it was read).
    pub as_of: IsoDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub date: IsoDate,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Amendment {
    pub act: String,
    pub date: IsoDate,
    pub summary: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub number: u32,
    pub title: Text,
    pub summary: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionPlan {
    pub from: IsoDate,
    pub to: IsoDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub act: Option<String>,
    pub summary: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Monitoring {
    pub process: Vec<Text>,
    pub reports: Vec<MonitoringReport>,
}

/// A published progress figure, e.g. from a meeting of the Interagency Working Group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MonitoringReport {
    pub date: IsoDate,
    pub summary: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks_planned: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicators_planned: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicators_met: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicators_in_progress: Option<u32>,
    pub source: String,
}
