use super::Text;
use crate::IsoDate;
use serde::{Deserialize, Serialize};

/// `data/acts.json`: the legal library — Ukrainian, EU and international acts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActsFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub issuers: Vec<Issuer>,
    pub acts: Vec<Act>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    pub id: String,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
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
    /// True when the official title could not be confirmed and `title` describes the act
    /// instead; the page says so and citations leave the title out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub title_descriptive: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_title: Option<Text>,
    pub summary: Text,
    /// Link to the official text.
    pub source: String,
    /// When the act was added to the collection.
    pub added: IsoDate,
    /// The day an editor last checked its number, date and status against the official source.
    pub checked: IsoDate,
    /// The date of the newest evidence that check relied on: the record states the act as
    /// known on or before this day ("up to date with all changes known on or before …", as
    /// legislation.gov.uk says it). A copy of the official text current to 21 February 2026
    /// gives 2026-02-21, however late it was read. Never after `checked`, never before
    /// `adopted`: the reader sees this date, so it must promise no more than the evidence.
    pub evidence: IsoDate,
    // Empty lists are left out when written (pages carry their acts in outline, where these
    // are always empty) and read back as empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agencies: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<String>,
    /// Numbers of the Strategy's strategic goals the act serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Jurisdiction {
    Ua,
    Eu,
    Intl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ActStatus {
    InForce,
    Amended,
    Repealed,
    Expired,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub kind: RelationKind,
    /// Id of the other act.
    pub target: String,
}

/// How one act bears on another. The act that acts (amends, repeals, …) holds the relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
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

impl ActsFile {
    /// Relations other acts hold towards `id` ("amended by", "repealed by", …), oldest first.
    pub fn incoming(&self, id: &str) -> Vec<(RelationKind, &Act)> {
        let mut v: Vec<(RelationKind, &Act)> = self
            .acts
            .iter()
            .flat_map(|a| {
                a.relations
                    .iter()
                    .filter(|r| r.target == id)
                    .map(move |r| (r.kind, a))
            })
            .collect();
        v.sort_by_key(|(k, a)| (*k, a.adopted.parse().ok(), a.id.clone()));
        v
    }

    /// Relations `act` holds towards acts in the collection, in the order written.
    pub fn outgoing<'a>(
        &'a self,
        act: &'a Act,
    ) -> impl Iterator<Item = (RelationKind, &'a Act)> + 'a {
        act.relations
            .iter()
            .filter_map(|r| self.act(&r.target).map(|t| (r.kind, t)))
    }

    /// The act in the collection that repealed `id`, if one is recorded.
    pub fn repealed_by(&self, id: &str) -> Option<&Act> {
        self.incoming(id)
            .into_iter()
            .find(|(k, _)| *k == RelationKind::Repeals)
            .map(|(_, a)| a)
    }
}

impl Act {
    /// schema.org `Legislation` for the act's page, as JSON-LD.
    pub fn json_ld(
        &self,
        lang: crate::Lang,
        page_url: &str,
        issuer: Option<&str>,
    ) -> serde_json::Value {
        use serde_json::json;
        let force = match self.status {
            ActStatus::InForce | ActStatus::Amended => "https://schema.org/InForce",
            ActStatus::Repealed | ActStatus::Expired => "https://schema.org/NotInForce",
        };
        let jurisdiction = match self.jurisdiction {
            Jurisdiction::Ua => "UA",
            Jurisdiction::Eu => "EU",
            Jurisdiction::Intl => "International",
        };
        let mut v = json!({
            "@context": "https://schema.org",
            "@type": "Legislation",
            "name": self.title.get(lang),
            "abstract": self.summary.get(lang),
            "inLanguage": lang.code(),
            "url": page_url,
            "sameAs": self.source,
            "legislationDate": self.adopted.as_str(),
            "legislationLegalForce": force,
            "legislationJurisdiction": jurisdiction,
            "legislationType": crate::i18n::Msg::get(self.kind.label(), lang),
        });
        let obj = v.as_object_mut().expect("object");
        if let Some(n) = &self.number {
            obj.insert("legislationIdentifier".into(), json!(n));
        }
        if let Some(s) = &self.short_title {
            obj.insert("alternateName".into(), json!(s.get(lang)));
        }
        if let Some(d) = &self.in_force {
            obj.insert("legislationDateOfApplicability".into(), json!(d.as_str()));
        }
        if let Some(i) = issuer {
            obj.insert(
                "legislationPassedBy".into(),
                json!({"@type": "Organization", "name": i}),
            );
        }
        v
    }
}
