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
    is_alphabetic(c) || is_numeric(c)
}

// The character classes tokenising asks of every character, answered at once for ASCII and
// the basic Cyrillic block (U+0400–U+045F, all letters), which are nearly all the
// collection's text, and for any other character by the standard library's Unicode tables.
// Searching those tables for every Cyrillic letter was the largest single cost of writing a
// page of results. The answers are the standard library's for every character (tested).

fn is_basic_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{045F}').contains(&c)
}

fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        is_basic_cyrillic(c) || c.is_alphabetic()
    }
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        !is_basic_cyrillic(c) && c.is_numeric()
    }
}

fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else if is_basic_cyrillic(c) {
        c < '\u{0430}'
    } else {
        c.is_uppercase()
    }
}

/// Appends `c` in lower case to `out`.
fn push_lowercase(out: &mut String, c: char) {
    match c {
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        // А–Я to а–я, and Ѐ–Џ (Є, І, Ї among them) to ѐ–џ.
        '\u{0410}'..='\u{042F}' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        '\u{0400}'..='\u{040F}' => out.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
        '\u{0430}'..='\u{045F}' => out.push(c),
        c => out.extend(c.to_lowercase()),
    }
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
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let (skip, _) = text[self.at..]
            .char_indices()
            .find(|(_, c)| is_word_char(*c))?;
        let start = self.at + skip;
        // A window of three characters (with their offsets) slides along the word: each is
        // decoded once.
        let mut chars = text[start..].char_indices().map(|(i, c)| (start + i, c));
        let (mut c, mut next, mut after) = (chars.next()?, chars.next(), chars.next());
        let mut has_digit = false;
        let end = loop {
            has_digit |= is_numeric(c.1);
            let next_at = c.0 + c.1.len_utf8();
            let after_char = after.map(|(_, a)| a);
            let join = match next.map(|(_, n)| n) {
                Some(n) if is_word_char(n) => true,
                Some(n) if APOSTROPHES.contains(&n) => {
                    is_alphabetic(c.1) && after_char.is_some_and(is_alphabetic)
                }
                Some('-' | '/' | '.') if after_char.is_some_and(is_word_char) => {
                    // Join only compounds that involve a digit (numbers like 1777-XII, 2016/399).
                    let rest_digit = text[next_at + 1..]
                        .chars()
                        .take_while(|c| is_word_char(*c))
                        .any(is_numeric);
                    has_digit |= rest_digit;
                    has_digit
                }
                _ => false,
            };
            match next {
                Some(n) if join => (c, next, after) = (n, after, chars.next()),
                _ => break next_at,
            }
        };
        self.at = end;
        let raw = &text[start..end];
        let mut norm = String::with_capacity(raw.len());
        let (mut letters, mut upper) = (0usize, 0usize);
        for c in raw.chars() {
            if !APOSTROPHES.contains(&c) {
                push_lowercase(&mut norm, c);
            }
            if is_alphabetic(c) {
                letters += 1;
                upper += usize::from(is_uppercase(c));
            }
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
    near_sorted(a, max, &[b]).first().map(|&(_, d)| d)
}

/// The `sorted` terms within `max` edits of `word` ([`edit_distance_within`]), as their
/// indices and distances. The typo search compares a word with every term of the index: the
/// table is computed a term's character at a time, so a term shares the rows of the start it
/// has in common with the term before it, and once a row exceeds `max` every term that shares
/// the start up to that row is passed over — the walk of a trie, over the sorted list itself.
pub fn near_sorted<S: AsRef<str>>(word: &str, max: usize, sorted: &[S]) -> Vec<(usize, usize)> {
    let a: Vec<char> = word.chars().collect();
    let (w, far) = (a.len() + 1, max + 1);
    // Row k (of `w` cells) is the table after the first k characters of `current`.
    let mut rows: Vec<usize> = (0..w).map(|j| j.min(far)).collect();
    let mut current: Vec<char> = Vec::new();
    // The first row past the bound, if any: terms that share `current`'s start as far as
    // that row are all too far.
    let mut dead: Option<usize> = None;
    let mut found = Vec::new();
    for (ti, t) in sorted.iter().enumerate() {
        let mut shared = 0;
        let mut chars = t.as_ref().chars();
        let mut next = chars.next();
        while let Some(c) = next {
            if current.get(shared) != Some(&c) {
                break;
            }
            shared += 1;
            next = chars.next();
        }
        if dead.is_some_and(|k| shared >= k) {
            continue;
        }
        // Rows past the shared start are computed afresh.
        current.truncate(shared);
        rows.truncate((shared + 1) * w);
        dead = None;
        while let Some(c) = next {
            current.push(c);
            let k = current.len();
            let start = rows.len();
            rows.resize(start + w, far);
            rows[start] = k.min(far);
            let mut row_min = rows[start];
            for j in 1..w {
                let up = rows[start - w + j];
                let diag = rows[start - w + j - 1];
                let cost = usize::from(a[j - 1] != c);
                let mut v = (up + 1).min(rows[start + j - 1] + 1).min(diag + cost);
                if k > 1 && j > 1 && a[j - 1] == current[k - 2] && a[j - 2] == c {
                    v = v.min(rows[start - 2 * w + j - 2] + 1);
                }
                rows[start + j] = v.min(far);
                row_min = row_min.min(rows[start + j]);
            }
            if row_min > max {
                dead = Some(k);
                break;
            }
            next = chars.next();
        }
        let d = rows[rows.len() - 1];
        if dead.is_none() && d <= max {
            found.push((ti, d));
        }
    }
    found
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

    #[test]
    fn character_classes_are_the_standard_librarys() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            let mut lower = String::new();
            push_lowercase(&mut lower, c);
            assert_eq!(lower, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    /// The whole table, as the textbook computes it.
    fn osa(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn the_bounded_distance_is_the_whole_tables() {
        let words = [
            "",
            "а",
            "ab",
            "ba",
            "кордон",
            "кородн",
            "кордону",
            "кордонів",
            "кодрон",
            "окрдон",
            "державн",
            "державног",
            "державного",
            "дежравн",
            "readmission",
            "readmision",
            "raedmission",
            "readmissoin",
            "schengen",
            "shengen",
            "schnegen",
            "border",
            "bored",
            "order",
            "abcdef",
            "fedcba",
            "1777-xii",
            "1777xii",
            "2016/399",
        ];
        for max in 0..=3 {
            for a in words {
                for b in words {
                    let d = osa(a, b);
                    let want = (d <= max).then_some(d);
                    assert_eq!(
                        edit_distance_within(a, b, max),
                        want,
                        "{a} / {b} within {max}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_walk_of_sorted_terms_finds_what_each_comparison_finds() {
        let mut terms: Vec<String> = [
            "кордон",
            "кордону",
            "кордонів",
            "кордони",
            "кордо",
            "корд",
            "кодрон",
            "окрдон",
            "державн",
            "держав",
            "державног",
            "державного",
            "дежравн",
            "readmission",
            "readmision",
            "readmiss",
            "raedmission",
            "schengen",
            "shengen",
            "schnegen",
            "border",
            "borders",
            "bored",
            "order",
            "ordered",
            "a",
            "ab",
            "ba",
            "abc",
            "",
            "1777-xii",
            "1777xii",
            "1777",
            "2016/399",
        ]
        .map(String::from)
        .to_vec();
        terms.sort();
        terms.dedup();
        for max in 0..=3 {
            for word in &terms {
                let want: Vec<(usize, usize)> = (0..terms.len())
                    .map(|i| (i, osa(word, &terms[i])))
                    .filter(|&(_, d)| d <= max)
                    .collect();
                assert_eq!(near_sorted(word, max, &terms), want, "{word} within {max}");
            }
        }
    }
}
