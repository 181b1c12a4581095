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
        let head = if kind.is_empty() || self.kind == ActType::Code && lang == Lang::Uk {
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
    use crate::files::DataFile;
    use crate::model::ActsFile;
    use crate::Lang;

    fn acts() -> ActsFile {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/minimal/acts.json");
        ActsFile::parse(&std::fs::read_to_string(dir).unwrap()).unwrap()
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
