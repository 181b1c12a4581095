//! Text processing for search, written for Ukrainian first: normalisation (case, apostrophe
//! variants), tokenising (official numbers kept whole), a light Ukrainian suffix stripper, a
//! light English stemmer, the national Latin transliteration, and a bounded edit distance.
//!
//! No crate covers Ukrainian stemming (Snowball has Russian, not Ukrainian), so the stripper is
//! hand-written: it removes one inflectional ending from a fixed list (noun and adjective case
//! endings, longest first) and keeps stems of at least three letters. That makes
//! `кордон / кордону / кордонів / кордонами` and `державний / державного / державному` meet,
//! which is what matters for finding documents; it is not a linguistic analyser.

/// Apostrophes and look-alikes used inside Ukrainian words (суб’єкт, субʼєкт, суб'єкт).
const APOSTROPHES: [char; 6] = ['\'', '’', 'ʼ', '`', '´', 'ʹ'];

/// A token from text: its byte range in the original and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Lowercased, apostrophes removed.
    pub norm: String,
    /// True when written in capitals in the original (an abbreviation such as ДПСУ, SBGS).
    pub caps: bool,
    /// True when it contains a digit: an official number, CELEX, year.
    pub code: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits text into tokens. Letters and digits form words; `-`, `/` and `.` between two word
/// characters join them when a digit is involved, so `1777-XII`, `2016/399` and `687-р` stay
/// whole; apostrophes between letters are dropped.
pub fn tokenize(text: &str) -> Vec<Token> {
    Tokens::new(text).collect()
}

/// The tokens of a text one by one, as [`tokenize`] gives them: the excerpts read a long text
/// only as far as they show it.
pub struct Tokens<'a> {
    text: &'a str,
    /// Where the next token is looked for (a byte offset).
    at: usize,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Tokens<'a> {
        Tokens { text, at: 0 }
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|t| t.chars().next())
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let (skip, _) = text[self.at..]
            .char_indices()
            .find(|(_, c)| is_word_char(*c))?;
        let start = self.at + skip;
        let mut j = start;
        let mut has_digit = false;
        let end = loop {
            let c = self.char_at(j).expect("j is on a character");
            has_digit |= c.is_numeric();
            let next_at = j + c.len_utf8();
            let next = self.char_at(next_at);
            let after = next.and_then(|n| self.char_at(next_at + n.len_utf8()));
            match next {
                Some(n) if is_word_char(n) => j = next_at,
                Some(n)
                    if APOSTROPHES.contains(&n)
                        && c.is_alphabetic()
                        && after.is_some_and(char::is_alphabetic) =>
                {
                    j = next_at
                }
                Some('-' | '/' | '.') if after.is_some_and(is_word_char) => {
                    // Join only compounds that involve a digit (numbers like 1777-XII, 2016/399).
                    let rest_digit = text[next_at + 1..]
                        .chars()
                        .take_while(|c| is_word_char(*c))
                        .any(char::is_numeric);
                    if has_digit || rest_digit {
                        has_digit = true;
                        j = next_at;
                    } else {
                        break next_at;
                    }
                }
                _ => break next_at,
            }
        };
        self.at = end;
        let raw = &text[start..end];
        let norm: String = raw
            .chars()
            .filter(|c| !APOSTROPHES.contains(c))
            .flat_map(char::to_lowercase)
            .collect();
        let (mut letters, mut upper) = (0usize, 0usize);
        for c in raw.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
        Some(Token {
            start,
            end,
            norm,
            caps: letters >= 2 && upper == letters,
            code: has_digit,
        })
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

pub fn has_cyrillic(s: &str) -> bool {
    s.chars().any(is_cyrillic)
}

/// Ukrainian inflectional endings, longest first.
const UK_ENDINGS: &[&str] = &[
    "ими", "іми", "ого", "ому", "ами", "ями", "ові", "еві", "єві", "ій", "ий", "ої", "ою", "ею",
    "єю", "им", "ім", "их", "іх", "ах", "ях", "ів", "їв", "ам", "ям", "ом", "ем", "єм", "ії", "ія",
    "ію", "ей", "а", "е", "є", "і", "ї", "и", "о", "у", "ю", "я", "ь",
];

/// Strips one Ukrainian ending, keeping at least three letters.
pub fn stem_uk(word: &str) -> String {
    let n = word.chars().count();
    if n <= 3 {
        return word.to_string();
    }
    for e in UK_ENDINGS {
        if let Some(stem) = word.strip_suffix(e) {
            if stem.chars().count() >= 3 {
                return stem.to_string();
            }
        }
    }
    word.to_string()
}

/// The same endings in the national Latin transliteration, for Ukrainian typed in Latin
/// letters (`derzhavnyi`, `kordonu`, `mytnoho`).
const UK_LATIN_ENDINGS: &[&str] = &[
    "oho", "omu", "ymy", "imy", "amy", "iamy", "ovi", "evi", "yi", "ii", "oi", "oiu", "eiu", "ym",
    "im", "ykh", "ikh", "akh", "iakh", "iv", "am", "iam", "om", "em", "ia", "iu", "ei", "a", "e",
    "i", "y", "o", "u",
];

pub fn stem_uk_latin(word: &str) -> String {
    if word.len() <= 3 {
        return word.to_string();
    }
    let mut endings: Vec<&&str> = UK_LATIN_ENDINGS.iter().collect();
    endings.sort_by_key(|e| std::cmp::Reverse(e.len()));
    for e in endings {
        if let Some(stem) = word.strip_suffix(*e) {
            if stem.len() >= 3 {
                return stem.to_string();
            }
        }
    }
    word.to_string()
}

/// A light English stemmer: plurals, -ing, -ed, -ly, -ation.
pub fn stem_en(word: &str) -> String {
    let w = word.strip_suffix("'s").unwrap_or(word);
    let rules: &[(&str, &str)] = &[
        ("ational", "at"),
        ("ations", "at"),
        ("ation", "at"),
        ("ies", "y"),
        ("sses", "ss"),
        ("ings", ""),
        ("ing", ""),
        ("edly", ""),
        ("ed", ""),
        ("ly", ""),
        ("es", ""),
        ("s", ""),
    ];
    for (suffix, repl) in rules {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.len() >= 3
                && !(*suffix == "s"
                    && (stem.ends_with('s') || stem.ends_with('u') || stem.ends_with('i')))
            {
                if *suffix == "es"
                    && !(stem.ends_with("ss")
                        || stem.ends_with('x')
                        || stem.ends_with("ch")
                        || stem.ends_with("sh"))
                {
                    continue;
                }
                return format!("{stem}{repl}");
            }
        }
    }
    w.to_string()
}

/// Ukrainian → Latin by the national transliteration (Cabinet Resolution No. 55 of
/// 27 January 2010): є, ї, й, ю, я are written ye, yi, y, yu, ya at the start of a word and
/// ie, i, i, iu, ia elsewhere; ь and the apostrophe are dropped; зг is zgh. Other Cyrillic
/// (ё, ы, э, ъ) is mapped to its nearest Latin form so that nothing is lost.
pub fn translit(word: &str) -> String {
    let mut out = String::with_capacity(word.len() * 2);
    let mut prev: Option<char> = None;
    for c in word.chars() {
        // The apostrophe is dropped and does not start a new word (Знам’янка → Znamianka).
        if APOSTROPHES.contains(&c) {
            continue;
        }
        let first = prev.is_none_or(|p| !p.is_alphabetic());
        match latin(c, first, prev) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
        prev = Some(c);
    }
    out
}

/// Cyrillic letters with one Latin form wherever they stand (KMU No. 55; the soft sign and
/// the hard sign have none), and those forms, in the same order. Russian ё, ы, э last.
const LETTERS: &str = "абвґдежзиіклмнопрстуфхцчшщьъёыэ";
const LATIN: [&str; 31] = [
    "a", "b", "v", "g", "d", "e", "zh", "z", "y", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "shch", "", "", "io", "y", "e",
];
/// Letters written one way at the start of a word and another inside it.
const BY_PLACE: [(char, &str, &str); 5] = [
    ('є', "ye", "ie"),
    ('ї', "yi", "i"),
    ('й', "y", "i"),
    ('ю', "yu", "iu"),
    ('я', "ya", "ia"),
];

/// One Cyrillic letter in Latin letters by the national standard (KMU No. 55): `first` when it
/// starts a word, `prev` the letter before it; `None` for anything that is not such a letter.
fn latin(c: char, first: bool, prev: Option<char>) -> Option<&'static str> {
    if c == 'г' {
        // "зг" is written "zgh", to tell it from "ж".
        return Some(if prev == Some('з') { "gh" } else { "h" });
    }
    if let Some((_, start, inside)) = BY_PLACE.iter().find(|(letter, ..)| *letter == c) {
        return Some(if first { start } else { inside });
    }
    LETTERS.chars().position(|l| l == c).map(|i| LATIN[i])
}

/// Edit distance with adjacent transpositions (optimal string alignment), or `None` when it
/// exceeds `max` — computed on characters, stopping early.
pub fn edit_distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    let mut prev2 = vec![0usize; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur = vec![0usize; w];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// The searchable forms of one token. For words: the stem in its own script, and for
/// Ukrainian its transliteration; abbreviations also unstemmed. For numbers: the whole code
/// with Cyrillic letters transliterated (`687-р` → `687-r`), its parts, and the code with the
/// separators removed.
pub fn terms_of(t: &Token) -> Vec<String> {
    let mut v = Vec::new();
    if t.code {
        let whole = translit(&t.norm);
        let parts: Vec<&str> = whole
            .split(['-', '/', '.'])
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() > 1 {
            v.push(parts.concat());
            for p in &parts {
                v.push(p.to_string());
            }
        }
        v.push(whole);
    } else if has_cyrillic(&t.norm) {
        let stem = stem_uk(&t.norm);
        v.push(translit(&stem));
        if t.caps || t.norm.chars().count() <= 4 {
            v.push(t.norm.clone());
            v.push(translit(&t.norm));
        }
        v.push(stem);
    } else {
        v.push(stem_en(&t.norm));
        // Unstemmed too, so that a typo in a long word ("migrtion") is one edit away from it.
        v.push(t.norm.clone());
    }
    v.sort();
    v.dedup();
    v
}

/// What a query word may match: the index forms, plus, for Latin words, the Ukrainian-in-Latin
/// stem and the word unstemmed (the query may be an abbreviation typed in lower case).
pub fn query_terms_of(t: &Token) -> Vec<String> {
    let mut v = terms_of(t);
    v.push(t.norm.clone());
    if !t.code {
        if has_cyrillic(&t.norm) {
            v.push(translit(&t.norm));
            // Foreign names written in Cyrillic: "кс" for "x" (Фронтекс → Frontex).
            for form in [translit(&t.norm), translit(&stem_uk(&t.norm))] {
                if form.contains("ks") {
                    v.push(form.replace("ks", "x"));
                }
            }
        } else {
            v.push(stem_uk_latin(&t.norm));
        }
    }
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_plain_letter_has_its_latin_form() {
        assert_eq!(LETTERS.chars().count(), LATIN.len());
    }

    fn norms(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn tokenizes_words_and_keeps_numbers_whole() {
        assert_eq!(
            norms("Закон № 1777-XII від 04.11.1991"),
            ["закон", "1777-xii", "від", "04.11.1991"]
        );
        assert_eq!(
            norms("(EU) 2016/399 and 687-р; COM(2022) 303"),
            ["eu", "2016/399", "and", "687-р", "com", "2022", "303"]
        );
        assert_eq!(
            norms("Суб’єкти, субʼєкти і суб'єкти"),
            ["субєкти", "субєкти", "і", "субєкти"]
        );
        assert_eq!(norms("EU4IBM-Resilience"), ["eu4ibm-resilience"]);
        assert_eq!(
            norms("inter-agency cooperation"),
            ["inter", "agency", "cooperation"]
        );
        let t = &tokenize("ДПСУ та SBGS")[..];
        assert!(t[0].caps && !t[1].caps && t[2].caps);
        assert_eq!(&"ДПСУ та SBGS"[t[2].start..t[2].end], "SBGS");
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            "   ",
            "’’’",
            "-/-",
            "1-",
            "-1",
            "a’",
            "’a",
            "😀 кордон 😀",
            "\u{0}\u{7}",
            "Ⅻ",
            "a-b/c.d",
            "ß",
            "İ",
        ] {
            let _ = tokenize(s);
            for t in tokenize(s) {
                let _ = query_terms_of(&t);
            }
        }
        let long = "кордон ".repeat(5000);
        assert_eq!(tokenize(&long).len(), 5000);
    }

    #[test]
    fn ukrainian_inflections_meet() {
        let stem = |w: &str| stem_uk(w);
        for w in [
            "кордон",
            "кордону",
            "кордонів",
            "кордоном",
            "кордони",
            "кордонами",
        ] {
            assert_eq!(stem(w), "кордон", "{w}");
        }
        for w in [
            "державний",
            "державного",
            "державному",
            "державна",
            "державні",
            "державним",
        ] {
            assert_eq!(stem(w), "державн", "{w}");
        }
        for w in ["митний", "митного", "митна", "митні"] {
            assert_eq!(stem(w), "митн", "{w}");
        }
        assert_eq!(stem("міграції"), stem("міграція"));
        assert_eq!(stem("управління"), stem("управлінні"));
        assert_eq!(stem("ЄС"), "ЄС");
    }

    #[test]
    fn transliterates_by_the_national_standard() {
        for (uk, lat) in [
            ("державний", "derzhavnyi"),
            ("кордон", "kordon"),
            ("митний", "mytnyi"),
            ("кодекс", "kodeks"),
            ("Згорани", "Zghorany"),
            ("Єнакієве", "Yenakiieve"),
            ("Їжакевич", "Yizhakevych"),
            ("Йосипівка", "Yosypivka"),
            ("Юрій", "Yurii"),
            ("Яготин", "Yahotyn"),
            ("Знам’янка", "Znamianka"),
            ("Щербухи", "Shcherbukhy"),
            ("Гаращенко", "Harashchenko"),
            ("Стрий", "Stryi"),
            ("Ґалаґан", "Galagan"),
            ("Короп’є", "Koropie"),
        ] {
            let got = translit(&uk.to_lowercase());
            assert_eq!(got, lat.to_lowercase(), "{uk}");
        }
    }

    #[test]
    fn latin_ukrainian_and_english_stems() {
        assert_eq!(stem_uk_latin("derzhavnyi"), translit(&stem_uk("державний")));
        assert_eq!(stem_uk_latin("kordonu"), "kordon");
        assert_eq!(stem_uk_latin("mytnyi"), "mytn");
        assert_eq!(stem_en("borders"), "border");
        assert_eq!(stem_en("agreements"), "agreement");
        assert_eq!(stem_en("customs"), "custom");
        assert_eq!(stem_en("migration"), "migrat");
        assert_eq!(stem_en("status"), "status");
        assert_eq!(stem_en("boxes"), "box");
    }

    #[test]
    fn numbers_match_however_typed() {
        let terms = |s: &str| {
            tokenize(s)
                .iter()
                .flat_map(query_terms_of)
                .collect::<Vec<_>>()
        };
        assert!(terms("687-р").contains(&"687-r".to_string()));
        assert!(terms("687-r").contains(&"687-r".to_string()));
        assert!(terms("1777-XII").contains(&"1777-xii".to_string()));
        assert!(terms("1777-XII").contains(&"1777".to_string()));
        assert!(terms("2016/399").contains(&"2016399".to_string()));
        assert!(terms("32016R0399").contains(&"32016r0399".to_string()));
    }

    #[test]
    fn bounded_edit_distance() {
        assert_eq!(edit_distance_within("кордон", "кордон", 1), Some(0));
        assert_eq!(edit_distance_within("кордон", "кородн", 1), Some(1));
        assert_eq!(edit_distance_within("schengen", "shengen", 1), Some(1));
        assert_eq!(edit_distance_within("border", "bored", 1), None);
        assert_eq!(
            edit_distance_within("readmission", "readmision", 2),
            Some(1)
        );
        assert_eq!(edit_distance_within("a", "abcdef", 2), None);
    }
}
