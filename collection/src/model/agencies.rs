use super::Text;
use serde::{Deserialize, Serialize};

/// `data/agencies.json`: the 12 subjects of integrated border management and the bodies that
/// coordinate them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AgenciesFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Coordinating bodies that are not IBM subjects themselves (the Cabinet, the President, …).
    pub bodies: Vec<Body>,
    pub agencies: Vec<Agency>,
    /// How the agencies' work is coordinated beyond the lines of subordination (the IBM
    /// Coordination Centre, working groups), shown on the directory page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coordination: Vec<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub id: String,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// Short lowercase slug used in URLs: `sbgs`, `scs`, `sms`, `mia`, …
    pub id: String,
    pub name: Text,
    pub abbreviation: Text,
    pub category: AgencyCategory,
    /// What the agency does in border management.
    pub role: Text,
    /// Ids of acts in `acts.json` that establish or govern the agency.
    pub governing_acts: Vec<String>,
    pub coordinator: Coordinator,
    /// Official website, where confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Ids of cooperation levels (from `cooperation.json`) the agency works at.
    #[serde(default)]
    pub levels: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AgencyCategory {
    Ministry,
    CentralExecutiveBody,
    SpecialService,
    LawEnforcementBody,
    MilitaryFormation,
    ArmedForces,
}

/// Who directs and coordinates an agency: another IBM subject, or a body listed in `bodies`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Coordinator {
    Agency(String),
    Body(String),
}

impl AgenciesFile {
    pub fn agency(&self, id: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.id == id)
    }

    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    /// The coordinator's display name, whichever kind it is.
    pub fn coordinator_name(&self, c: &Coordinator) -> Option<&Text> {
        match c {
            Coordinator::Agency(id) => self.agency(id).map(|a| &a.name),
            Coordinator::Body(id) => self.body(id).map(|b| &b.name),
        }
    }

    /// Agencies coordinated by the given agency.
    pub fn coordinated_by<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Agency> + 'a {
        self.agencies
            .iter()
            .filter(move |a| matches!(&a.coordinator, Coordinator::Agency(c) if c == id))
    }
}
