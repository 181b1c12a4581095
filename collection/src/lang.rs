//! The two interface and content languages. Ukrainian comes first everywhere.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Uk,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Uk, Lang::En];

    /// The BCP 47 code used in URLs, `<html lang>` and `hreflang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Uk => "uk",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "uk" => Some(Lang::Uk),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Uk => Lang::En,
            Lang::En => Lang::Uk,
        }
    }

    /// The language's name written in that language, as a language switch shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Uk => "Українська",
            Lang::En => "English",
        }
    }

    /// Picks the language for a first visit from the browser's preference list
    /// (`navigator.languages`): English only when an English tag comes before any Ukrainian one;
    /// Ukrainian otherwise, since the collection is Ukrainian first.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in tags {
            let primary = tag
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            match primary.as_str() {
                "uk" => return Lang::Uk,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::Uk
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A sort key that puts titles in alphabetical order for the language: the Ukrainian
/// alphabet (а б в г ґ д е є ж з и і ї й …) first for Ukrainian, the Latin one first for
/// English. Leading quotes and punctuation are ignored; case is folded.
pub fn collation_key(s: &str, lang: Lang) -> Vec<u32> {
    const UK: &str = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
    let (cyr_base, lat_base) = match lang {
        Lang::Uk => (2000, 3000),
        Lang::En => (3000, 2000),
    };
    let mut started = false;
    s.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| {
            let key = if let Some(i) = UK.chars().position(|u| u == c) {
                Some(cyr_base + i as u32)
            } else if c.is_ascii_lowercase() {
                Some(lat_base + (c as u32 - 'a' as u32))
            } else if c.is_ascii_digit() {
                Some(1000 + (c as u32 - '0' as u32))
            } else if c.is_whitespace() {
                started.then_some(1)
            } else if c.is_alphabetic() {
                Some(4000 + c as u32)
            } else {
                None
            };
            if key.is_some() && c.is_alphanumeric() {
                started = true;
            }
            key
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!(Lang::from_code("ua"), None);
        assert_eq!(Lang::from_code("EN"), None);
    }

    #[test]
    fn preferences_pick_the_first_known_language() {
        assert_eq!(Lang::from_preferences(["en-GB", "uk"]), Lang::En);
        assert_eq!(Lang::from_preferences(["de-DE", "uk-UA", "en"]), Lang::Uk);
        assert_eq!(Lang::from_preferences(["pl", "EN_us"]), Lang::En);
        assert_eq!(Lang::from_preferences(["fr", "de"]), Lang::Uk);
        assert_eq!(Lang::from_preferences([]), Lang::Uk);
    }
}
