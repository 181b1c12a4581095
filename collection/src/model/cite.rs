//! How an act is cited in running text, in the manner of each language's official portals.

use super::{Act, ActType};
use crate::i18n;
use crate::Lang;

impl Act {
    /// "Закон України «Про державний кордон України» від 04.11.1991 № 1777-XII" /
    /// "Law “On the State Border of Ukraine” No. 1777-XII of 4 November 1991".
    /// EU and international acts are cited by their common title and number.
    pub fn citation(&self, lang: Lang) -> String {
        let title = self.title.get(lang);
        let date_num = self.adopted.format_numeric();
        let date_long = self.adopted.format(lang);
        let kind = match self.kind {
            ActType::Law | ActType::Code | ActType::RatificationLaw if lang == Lang::Uk => {
                "Закон України".to_string()
            }
            ActType::Code => String::new(),
            _ => i18n::Msg::get(self.kind.label(), lang).to_string(),
        };
        let quoted = match lang {
            Lang::Uk => format!("«{title}»"),
            Lang::En => format!("“{title}”"),
        };
        let head = if self.title_descriptive {
            // Only what is confirmed: the kind, number and date.
            i18n::Msg::get(self.kind.label(), lang).to_string()
        } else if kind.is_empty() || self.kind == ActType::Code && lang == Lang::Uk {
            title.to_string()
        } else {
            format!("{kind} {quoted}")
        };
        match (lang, &self.number) {
            (Lang::Uk, Some(n)) => format!("{head} від {date_num} № {n}"),
            (Lang::Uk, None) => format!("{head} від {date_num}"),
            (Lang::En, Some(n)) => format!("{head} No. {n} of {date_long}"),
            (Lang::En, None) => format!("{head} of {date_long}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::ActsFile;
    use crate::Lang;

    fn acts() -> ActsFile {
        crate::fixture()
    }

    #[test]
    fn cites_in_the_official_manner() {
        let acts = acts();
        let law = acts.act("ua-law-1777-xii").unwrap();
        assert_eq!(
            law.citation(Lang::Uk),
            "Закон України «текст» від 04.11.1991 № 1777-XII"
        );
        assert_eq!(
            law.citation(Lang::En),
            "Law “text” No. 1777-XII of 4 November 1991"
        );
        let order = acts.act("ua-cmu-order-687-2019").unwrap();
        assert_eq!(
            order.citation(Lang::Uk),
            "Розпорядження КМУ «текст» від 24.07.2019 № 687-р"
        );
    }
}

#[cfg(test)]
mod relation_tests {
    use crate::model::{ActsFile, RelationKind};
    use crate::Lang;

    fn acts() -> ActsFile {
        crate::fixture()
    }

    #[test]
    fn relations_read_both_ways() {
        let acts = acts();
        let inc = acts.incoming("ua-cmu-order-687-2019");
        assert_eq!(inc.len(), 1);
        assert_eq!(
            (inc[0].0, inc[0].1.id.as_str()),
            (RelationKind::Amends, "ua-cmu-order-145-2021")
        );
        let amending = acts.act("ua-cmu-order-145-2021").unwrap();
        let out: Vec<_> = acts
            .outgoing(amending)
            .map(|(k, a)| (k, a.id.clone()))
            .collect();
        assert_eq!(
            out,
            vec![(RelationKind::Amends, "ua-cmu-order-687-2019".to_string())]
        );
        assert!(acts.repealed_by("ua-cmu-order-687-2019").is_none());
    }

    #[test]
    fn json_ld_describes_the_act() {
        let acts = acts();
        let a = acts.act("eu-reg-2016-399").unwrap();
        let v = a.json_ld(
            Lang::En,
            "https://example.org/en/library/eu-reg-2016-399",
            Some("European Parliament and Council"),
        );
        assert_eq!(v["@type"], "Legislation");
        assert_eq!(v["legislationIdentifier"], "(EU) 2016/399");
        assert_eq!(v["legislationDate"], "2016-03-09");
        assert_eq!(v["legislationLegalForce"], "https://schema.org/InForce");
        assert_eq!(v["sameAs"], "https://eur-lex.europa.eu/eli/reg/2016/399/oj");
        assert_eq!(
            v["legislationPassedBy"]["name"],
            "European Parliament and Council"
        );
        assert_eq!(v["inLanguage"], "en");
    }
}
