//! Plural forms. Ukrainian has three forms for whole numbers (CLDR categories one, few, many):
//! 1 документ, 2 документи, 5 документів, 11 документів, 21 документ, 22 документи.
//! English has two.

use crate::Lang;

/// A countable noun in both languages with every form each language needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    pub uk_one: &'static str,
    pub uk_few: &'static str,
    pub uk_many: &'static str,
    pub en_one: &'static str,
    pub en_other: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UkForm {
    One,
    Few,
    Many,
}

/// The CLDR rule for Ukrainian integers.
pub fn uk_form(n: u64) -> UkForm {
    let (m10, m100) = (n % 10, n % 100);
    if m10 == 1 && m100 != 11 {
        UkForm::One
    } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
        UkForm::Few
    } else {
        UkForm::Many
    }
}

impl Noun {
    /// The form of the noun that goes with `n`.
    pub fn form(&self, lang: Lang, n: u64) -> &'static str {
        match lang {
            Lang::Uk => match uk_form(n) {
                UkForm::One => self.uk_one,
                UkForm::Few => self.uk_few,
                UkForm::Many => self.uk_many,
            },
            Lang::En => {
                if n == 1 {
                    self.en_one
                } else {
                    self.en_other
                }
            }
        }
    }

    /// "5 документів" / "5 documents".
    pub fn count(&self, lang: Lang, n: u64) -> String {
        format!("{n} {}", self.form(lang, n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: Noun = Noun {
        uk_one: "документ",
        uk_few: "документи",
        uk_many: "документів",
        en_one: "document",
        en_other: "documents",
    };

    #[test]
    fn ukrainian_forms_follow_cldr() {
        let cases = [
            (0, "0 документів"),
            (1, "1 документ"),
            (2, "2 документи"),
            (4, "4 документи"),
            (5, "5 документів"),
            (11, "11 документів"),
            (12, "12 документів"),
            (14, "14 документів"),
            (21, "21 документ"),
            (22, "22 документи"),
            (25, "25 документів"),
            (101, "101 документ"),
            (111, "111 документів"),
            (112, "112 документів"),
            (1004, "1004 документи"),
        ];
        for (n, want) in cases {
            assert_eq!(DOC.count(Lang::Uk, n), want, "n = {n}");
        }
    }

    #[test]
    fn english_has_one_and_other() {
        assert_eq!(DOC.count(Lang::En, 1), "1 document");
        assert_eq!(DOC.count(Lang::En, 0), "0 documents");
        assert_eq!(DOC.count(Lang::En, 21), "21 documents");
    }
}
