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
    /// Where "leave a word" messages go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// The contact channel: an address the reader's mail program writes to, and/or an https
/// endpoint that accepts the form as JSON (`POST`, `{name, email, subject, message}`). With an
/// endpoint the form posts there; otherwise it opens a filled-in email.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SectionIntro {
    pub section: Section,
    pub summary: Text,
}

impl SiteFile {
    /// The contact channel, when one is configured: without one the contact page and its link
    /// are left out of the build.
    pub fn contact(&self) -> Option<&Contact> {
        self.contact
            .as_ref()
            .filter(|c| c.email.is_some() || c.endpoint.is_some())
    }
}
