//! How an act is cited, generated from its fields so that it is never retyped: the number as
//! each language writes it, the full citation in the official order of parts, and the short
//! reference used in source lines.
//!
//! Ukrainian acts follow the order of Ukrainian legal citations: kind and issuer, date, number,
//! title in «» — «розпорядження Кабінету Міністрів України від 24 липня 2019 р. № 687-р «Про
//! схвалення …»». In English: "Cabinet of Ministers Order No. 687-r of 24 July 2019 “On
//! Approval of …”", with the number's Cyrillic letters transliterated by the national system
//! (Cabinet of Ministers Resolution No. 55 of 27 January 2010). EU acts follow EUR-Lex: "Council
//! Regulation (EC) No 539/2001 of 15 March 2001 listing …", in Ukrainian with «(ЄС)» and «№».
//! Identifiers that carry their own marks ("(EU) 2019/1896", "ETS No. 046") take no "№"/"No.".

use super::{Act, ActType, Jurisdiction};
use crate::i18n;
use crate::Lang;

/// The issuer whose name EU citations give beside the number.
const EP_AND_COUNCIL: &str = "european-parliament-and-council";

/// The first words of an EU act's title that name its kind and author ("Council Implementing
/// Decision", «Імплементаційне рішення Ради»); the number goes after them.
const EU_HEAD_UK: [&str; 10] = [
    "Регламент",
    "регламент",
    "Директива",
    "Рішення",
    "рішення",
    "Імплементаційний",
    "Імплементаційне",
    "Делегований",
    "Ради",
    "Комісії",
];
const EU_HEAD_EN: [&str; 7] = [
    "Council",
    "Commission",
    "Implementing",
    "Delegated",
    "Regulation",
    "Directive",
    "Decision",
];

/// A Ukrainian act number in Latin letters: each Cyrillic letter transliterated by the national
/// system, capitals kept (`687-р` → `687-r`, `117/94-ВР` → `117/94-VR`).
pub fn latin_number(n: &str) -> String {
    let mut out = String::with_capacity(n.len());
    for c in n.chars() {
        if crate::lint::is_cyrillic(c) {
            let lower: String = c.to_lowercase().collect();
            let t = crate::search::text::translit(&lower);
            if c.is_uppercase() {
                out.push_str(&t.to_uppercase());
            } else {
                out.push_str(&t);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// An EU or international identifier (written as EUR-Lex or the depositary writes it in
/// English) in Ukrainian: `(EU) 2016/399` → `(ЄС) 2016/399`, `(EC) No 562/2006` →
/// `(ЄС) № 562/2006`, `2001/55/EC` → `2001/55/ЄС`, `ETS No. 046` → `ETS № 046`.
pub fn ukrainian_identifier(n: &str) -> String {
    n.replace("(EEC)", "(ЄЕС)")
        .replace("(EC)", "(ЄС)")
        .replace("(EU)", "(ЄС)")
        .replace("/EEC", "/ЄЕС")
        .replace("/EC", "/ЄС")
        .replace("/EU", "/ЄС")
        .replace("No. ", "№ ")
        .replace("No ", "№ ")
}

impl Act {
    /// The act's number as written in `lang`, without a "№"/"No." before it: Ukrainian
    /// numbers as issued in Ukrainian (`687-р`) and in Latin letters in English (`687-r`); EU
    /// and international identifiers as issued in English (`(EU) 2016/399`, `ETS No. 046`)
    /// and with «(ЄС)» and «№» in Ukrainian (`(ЄС) 2016/399`, `ETS № 046`).
    pub fn number_in(&self, lang: Lang) -> Option<String> {
        let n = self.number.as_deref()?;
        Some(match (self.jurisdiction, lang) {
            (Jurisdiction::Ua, Lang::Uk) => n.to_string(),
            (Jurisdiction::Ua, Lang::En) => latin_number(n),
            (_, Lang::Uk) => ukrainian_identifier(n),
            (_, Lang::En) => n.to_string(),
        })
    }

    /// The number as a list shows it beside the act's type: «№ 687-р» / "No. 687-r" for a
    /// Ukrainian act; an identifier that carries its own marks alone ("(EU) 2019/1896",
    /// «(ЄС) 2019/1896», "ETS No. 046").
    pub fn number_label(&self, lang: Lang) -> Option<String> {
        let n = self.number_in(lang)?;
        Some(match self.jurisdiction {
            Jurisdiction::Ua => format!("{} {n}", i18n::NUMBER_ABBR.get(lang)),
            _ => n,
        })
    }

    /// The full citation, as it opens a sentence or stands alone (the act page, lists of acts,
    /// "copy citation"):
    /// «Закон України від 4 листопада 1991 р. № 1777-XII «Про державний кордон України»» /
    /// "Law of Ukraine No. 1777-XII of 4 November 1991 “On the State Border of Ukraine”";
    /// «Регламент Європейського Парламенту і Ради (ЄС) 2016/399 від 9 березня 2016 р. про …» /
    /// "Regulation (EU) 2016/399 of the European Parliament and of the Council of 9 March 2016
    /// on …"; a treaty by its title and date. A descriptive title is left out.
    pub fn citation(&self, lang: Lang) -> String {
        super::upper_first(&self.cite(lang, true))
    }

    /// The short reference used inside a sentence and in source lines, as the full citation
    /// is shortened after its first mention: «Закон України «Про державний кордон України»»,
    /// «розпорядження Кабінету Міністрів України від 24 липня 2019 р. № 687-р»,
    /// «Регламент (ЄС) 2016/399» / "Regulation (EU) 2016/399"; a treaty or other act without a
    /// number by its title and date, as in the full citation.
    pub fn reference(&self, lang: Lang) -> String {
        self.cite(lang, false)
    }

    fn cite(&self, lang: Lang, full: bool) -> String {
        let title = (!self.title_descriptive).then(|| self.title.get(lang));
        let quoted = |t: &str| match lang {
            Lang::Uk => format!("«{t}»"),
            Lang::En => format!("“{t}”"),
        };
        // A date known only to the month or year reads "(листопад 2010 р.)" / "(November 2010)".
        let full_date = self.adopted.parse().is_ok_and(|d| d.day.is_some());
        let date = match (lang, full_date) {
            (Lang::Uk, true) => format!("від {}", self.adopted.format(lang)),
            (Lang::En, true) => format!("of {}", self.adopted.format(lang)),
            (_, false) => format!("({})", self.adopted.format(lang)),
        };
        let number = self.number_in(lang);
        // "від … № …" / "No. … of …": the date and number of a Ukrainian act.
        let date_number = match (lang, &number) {
            (Lang::Uk, Some(n)) => format!("{date} № {n}"),
            (Lang::En, Some(n)) => format!("No. {n} {date}"),
            (_, None) => date.clone(),
        };
        if self.jurisdiction == Jurisdiction::Ua {
            let head = ua_head(self.kind, lang);
            return match (head, title) {
                // A code or the Constitution is cited by its name.
                (None, Some(t)) if full => format!("{t} {date_number}"),
                (None, Some(t)) => t.to_string(),
                (None, None) => format!("{} {date_number}", self.kind.label().get(lang)),
                // A law is known by its title; other acts by date and number.
                (Some(h), Some(t)) if full => format!("{h} {date_number} {}", quoted(t)),
                (Some(h), Some(t))
                    if matches!(self.kind, ActType::Law | ActType::RatificationLaw) =>
                {
                    format!("{h} {}", quoted(t))
                }
                (Some(h), _) => format!("{h} {date_number}"),
            };
        }
        if let (Some(n), Some(t)) = (&number, title) {
            if matches!(
                self.kind,
                ActType::Regulation
                    | ActType::ImplementingRegulation
                    | ActType::Directive
                    | ActType::Decision
            ) {
                if let Some((head, rest)) = eu_head(t, lang) {
                    let ep = self.issuer == EP_AND_COUNCIL;
                    return match (lang, full) {
                        (_, false) => format!("{head} {n}"),
                        (Lang::Uk, true) if ep => {
                            format!("{head} Європейського Парламенту і Ради {n} {date} {rest}")
                        }
                        (Lang::En, true) if ep => {
                            format!("{head} {n} of the European Parliament and of the Council {date} {rest}")
                        }
                        (_, true) => format!("{head} {n} {date} {rest}"),
                    };
                }
            }
            if self.kind == ActType::Communication && !full {
                return format!("{} {n}", self.kind.label().get(lang));
            }
        }
        let name = title
            .map(str::to_string)
            .unwrap_or_else(|| self.kind.label().get(lang).to_string());
        // A title with commas or numbers of its own ends with a comma, so that the date is not
        // read as part of it ("…, з іншої сторони, від 27 червня 2014 р.").
        let sep = if full_date
            && name.contains([',', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
        {
            ", "
        } else {
            " "
        };
        match number {
            Some(n) => format!("{name}{sep}{date} ({n})"),
            None => format!("{name}{sep}{date}"),
        }
    }
}

/// How a Ukrainian act of this kind is named at the head of its citation: «Закон України»,
/// "Cabinet of Ministers Resolution"; `None` for a kind cited by its own name (a code).
fn ua_head(kind: ActType, lang: Lang) -> Option<&'static str> {
    match (kind, lang) {
        (ActType::Law | ActType::RatificationLaw, Lang::Uk) => Some("Закон України"),
        (ActType::Law | ActType::RatificationLaw, Lang::En) => Some("Law of Ukraine"),
        (ActType::CmuResolution, Lang::Uk) => Some("постанова Кабінету Міністрів України"),
        (ActType::CmuResolution, Lang::En) => Some("Cabinet of Ministers Resolution"),
        (ActType::CmuOrder, Lang::Uk) => Some("розпорядження Кабінету Міністрів України"),
        (ActType::CmuOrder, Lang::En) => Some("Cabinet of Ministers Order"),
        (ActType::PresidentialDecree, Lang::Uk) => Some("Указ Президента України"),
        (ActType::PresidentialDecree, Lang::En) => Some("Decree of the President of Ukraine"),
        _ => None,
    }
}

/// Splits an EU act's title after the words naming its kind and author:
/// «Регламент Ради про …» → («Регламент Ради», «про …»).
fn eu_head(title: &str, lang: Lang) -> Option<(&str, &str)> {
    let words: &[&str] = match lang {
        Lang::Uk => &EU_HEAD_UK,
        Lang::En => &EU_HEAD_EN,
    };
    let mut end = 0;
    for w in title.split(' ') {
        if !words.contains(&w) {
            break;
        }
        end += w.len() + 1;
    }
    if end == 0 || end >= title.len() {
        return None;
    }
    Some((&title[..end - 1], &title[end..]))
}

#[cfg(test)]
mod tests {
    use crate::model::ActsFile;
    use crate::Lang;

    fn acts() -> ActsFile {
        crate::fixture()
    }

    /// The real library, for citations whose titles matter.
    fn library() -> ActsFile {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/acts.json"))
                .unwrap();
        crate::DataFile::parse(&text).unwrap()
    }

    /// Every case in `citations.txt` (its head says how to read it).
    #[test]
    fn cites_every_act_in_the_table_as_the_table_says() {
        let (fixture, lib) = (acts(), library());
        let cases = include_str!("citations.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        let mut checked = 0;
        for line in cases {
            let fields: Vec<&str> = line.split(" | ").collect();
            let [source, id, lang, form, how, want] = fields[..] else {
                panic!("not six fields: {line}")
            };
            let acts = if source == "fixture" { &fixture } else { &lib };
            let act = acts
                .act(id)
                .unwrap_or_else(|| panic!("no act {id}: {line}"));
            let lang = Lang::from_code(lang).unwrap_or_else(|| panic!("{line}"));
            let got = match form {
                "citation" => act.citation(lang),
                "reference" => act.reference(lang),
                "number" => act.number_label(lang).unwrap_or_default(),
                _ => panic!("unknown form: {line}"),
            };
            let ok = match how {
                "=" => got == want,
                "^" => got.starts_with(want),
                "$" => got.ends_with(want),
                _ => panic!("unknown match: {line}"),
            };
            assert!(ok, "{line}\n  got: {got}");
            checked += 1;
        }
        assert!(checked >= 30, "only {checked} cases read");
    }

    #[test]
    fn every_english_number_is_in_latin_letters_and_no_form_doubles_its_marks() {
        let lib = library();
        for a in &lib.acts {
            if let Some(en) = a.number_in(Lang::En) {
                assert!(!en.chars().any(crate::lint::is_cyrillic), "{en}");
                assert!(!a.number_label(Lang::Uk).unwrap().contains("№ №"));
            }
            // No citation doubles its kind, its «№» or its "No.".
            for lang in Lang::ALL {
                let c = a.citation(lang);
                for bad in [
                    "№ №",
                    "№ (",
                    "No. (",
                    "No. ETS",
                    "№ ETS",
                    "Регламент «Регламент",
                ] {
                    assert!(!c.contains(bad), "{c}");
                }
            }
        }
        assert!(lib.act("ua-cmu-order-145-2021").unwrap().title_descriptive);
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
