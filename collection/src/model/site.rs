use super::Text;
use crate::route::Section;
use serde::{Deserialize, Serialize};

/// `data/site.json`: what the collection is, for the home page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// One-sentence lead under the home page heading.
    pub lead: Text,
    /// Paragraphs on what the collection is and whom it is for.
    pub about: Vec<Text>,
    /// One entry point per section, in navigation order.
    pub sections: Vec<SectionIntro>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SectionIntro {
    pub section: Section,
    pub summary: Text,
}
