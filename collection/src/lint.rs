//! The editorial lint: the rules an official publication keeps in each language, checked in
//! every text of `data/` by the validator and in every interface string by a test of `i18n`.
//!
//! - [`typography`]: the typographic apostrophe ’; «…» in Ukrainian and “…” in English;
//!   «№» (never a Latin N or No) and «(ЄС)» in Ukrainian; "No." before a number in English
//!   (EU identifiers keep their own "(EC) No 562/2006"); no Cyrillic letter in English text,
//!   act numbers included (`687-r`, not `687-р`); dates with the month in words (no
//!   `24.07.2019`, no "Jul"); in Ukrainian the date before the number, as citations have it
//!   («від 24 липня 2019 р. № 687-р», not «№ 687-р від …»).
//! - [`TermBase`]: the variants the term base (`data/terms.json`) tells editors to avoid.
//! - [`quoted_titles`]: a Ukrainian text quoting an act's official title «…» as it stands in
//!   `acts.json`, not a near miss.
//!
//! Each function returns the reasons, one per problem; the caller adds the file and path.

use crate::model::{ActsFile, TermsFile};
use crate::Lang;

/// A Cyrillic letter (the Cyrillic block and its supplement).
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// Apostrophes other than the typographic one: ASCII ' and the modifier letter ʼ.
const WRONG_APOSTROPHES: [char; 2] = ['\'', 'ʼ'];

/// Typography and numbers in one text.
pub fn typography(lang: Lang, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(w) = word_with(text, |c| WRONG_APOSTROPHES.contains(&c)) {
        out.push(format!(
            "\"{w}\": write the apostrophe as ’ (U+2019), not ' or ʼ"
        ));
    }
    match lang {
        Lang::Uk => {
            if text.contains('"')
                || text.contains('”')
                || (text.contains('“') && !text.contains('„'))
            {
                out.push(
                    "quotation marks in Ukrainian are «…» (inside them „…“), not \"…\" or “…”"
                        .into(),
                );
            }
            for (i, len) in number_signs(text) {
                out.push(format!(
                    "\"{}\": write «№» before a number in Ukrainian",
                    &text[i..i + len]
                ));
            }
            for eu in ["(EU)", "(EC)", "(EEC)"] {
                if text.contains(eu) {
                    out.push(format!("\"{eu}\": write «(ЄС)» in Ukrainian"));
                }
            }
            if let Some(w) = word_with_suffix(text, &["/EC", "/EU", "/EEC"]) {
                out.push(format!("\"{w}\": write «/ЄС» in Ukrainian"));
            }
            out.extend(grammar_uk(text));
            out.extend(cabinet_at_first_mention(text));
            if let Some(i) = number_before_date(text) {
                out.push(format!(
                    "\"{}…\": in Ukrainian the date comes before the number (від 24 липня 2019 р. № 687-р)",
                    prefix(&text[i..], 24)
                ));
            }
        }
        Lang::En => {
            if text.contains('«') || text.contains('»') {
                out.push("quotation marks in English are “…”, not «…»".into());
            }
            if text.contains('"') {
                out.push("quotation marks in English are “…”, not \"…\"".into());
            }
            if let Some(w) = word_with(text, is_cyrillic) {
                out.push(format!(
                    "\"{w}\": Cyrillic letters in English text (write act numbers in Latin letters: 687-r)"
                ));
            }
            for i in bare_no(text) {
                out.push(format!(
                    "\"{}…\": write \"No.\" with its full stop before a number (EU identifiers keep \"(EU) No\")",
                    prefix(&text[i..], 12)
                ));
            }
            if let Some(w) = text.split_whitespace().find(|w| {
                let w = w.trim_end_matches(|c: char| ",.;:)".contains(c));
                SHORT_MONTHS.contains(&w)
            }) {
                out.push(format!("\"{w}\": write the month in full"));
            }
        }
    }
    if let Some(w) = text.split_whitespace().find(|w| is_numeric_date(w)) {
        out.push(format!(
            "\"{w}\": write the date with the month in words ({})",
            match lang {
                Lang::Uk => "24 липня 2019 р.",
                Lang::En => "24 July 2019",
            }
        ));
    }
    out
}

/// Forms of numerals and fractions that are genitive only: «понад» takes the accusative
/// («понад п’ять років», «понад половину»), so any of these after it is an error.
const GENITIVE_NUMERALS: [&str; 24] = [
    "одного",
    "однієї",
    "двох",
    "трьох",
    "чотирьох",
    "п’яти",
    "шести",
    "семи",
    "восьми",
    "дев’яти",
    "десяти",
    "двадцяти",
    "тридцяти",
    "сорока",
    "п’ятдесяти",
    "шістдесяти",
    "сімдесяти",
    "вісімдесяти",
    "дев’яноста",
    "ста",
    "мільйона",
    "половини",
    "третини",
    "чверті",
];

/// Words that start a Cabinet or presidential act's citation: «розпорядження», «постанови»,
/// «указом», …
const ACT_WORDS: [&str; 3] = ["розпорядж", "постанов", "указ"];

/// Two rules of Ukrainian legal writing: «понад» with the accusative, not the genitive; and
/// an act cited by number names its issuer and date first («розпорядження Кабінету Міністрів
/// України від 24 липня 2019 р. № 687-р», never a bare «розпорядження № 687-р»).
fn grammar_uk(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let tokens: Vec<String> = text
        .split_whitespace()
        .map(|t| normalise(t.trim_matches(|c: char| !is_word_char(c) && c != '№')))
        .collect();
    for (i, t) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1).map(String::as_str).unwrap_or("");
        let genitive = GENITIVE_NUMERALS.contains(&next)
            || next.ends_with("надцяти")
            || (next.ends_with("сот") && next.len() > "сот".len());
        if t == "понад" && genitive {
            out.push(format!(
                "«понад {next}»: «понад» takes the accusative («понад п’ять», «понад половину»)"
            ));
        }
        if ACT_WORDS.iter().any(|w| t.starts_with(w)) {
            let until_no: Vec<&String> = tokens[i + 1..]
                .iter()
                .take(5)
                .take_while(|w| *w != "№")
                .collect();
            let no = i + 1 + until_no.len();
            let reaches_no = until_no.len() < 5 && tokens.len() > no;
            // «№ 57 від …» is the date after the number, which its own rule reports.
            let dated_after = tokens.get(no + 2).is_some_and(|w| w == "від");
            if reaches_no && !dated_after && !until_no.iter().any(|w| *w == "від") {
                out.push(format!(
                    "«{t} № …»: cite the act with its issuer and date before the number \
                     («розпорядження Кабінету Міністрів України від 24 липня 2019 р. № 687-р»)"
                ));
            }
        }
    }
    out
}

/// The Cabinet's first mention in a text names it in full, «Кабінет Міністрів України» in
/// whatever case; later ones may say «Кабінет Міністрів» or «уряд». Quoted text is not ours.
fn cabinet_at_first_mention(text: &str) -> Option<String> {
    let quoted = quoted_ranges(Lang::Uk, text);
    let own: Vec<String> = words(text)
        .into_iter()
        .filter(|w| !quoted.iter().any(|&(qs, qe)| w.start >= qs && w.end <= qe))
        .map(|w| w.norm)
        .collect();
    let i = own.windows(2).position(|p| {
        p[0].starts_with("кабінет")
            && !p[0].starts_with("кабінети")
            && p[1].starts_with("міністрів")
    })?;
    (own.get(i + 2).map(String::as_str) != Some("україни")).then(|| {
        "«Кабінет Міністрів»: at its first mention in a text the Cabinet is «Кабінет Міністрів \
         України» (terms.json: cabinet-of-ministers)"
            .to_string()
    })
}

const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// The first `chars` characters of `s`.
fn prefix(s: &str, chars: usize) -> &str {
    s.char_indices().nth(chars).map_or(s, |(i, _)| &s[..i])
}

/// `24.07.2019` or `20.6.2013` (one or two digits for the day and month), with punctuation
/// around it.
fn is_numeric_date(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_ascii_digit());
    let parts: Vec<&str> = w.split('.').collect();
    parts.len() == 3
        && (1..=2).contains(&parts[0].len())
        && (1..=2).contains(&parts[1].len())
        && parts[2].len() == 4
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
}

/// Where a Ukrainian text puts the number before the date: «№ 687-р від 24 липня…».
fn number_before_date(text: &str) -> Option<usize> {
    text.match_indices("№ ").map(|(i, _)| i).find(|&i| {
        let rest = &text[i + "№ ".len()..];
        let mut words = rest.split(' ');
        words
            .next()
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
            && words.next() == Some("від")
    })
}

/// The first word (run of non-space characters) containing a character that `bad` accepts.
fn word_with(text: &str, bad: impl Fn(char) -> bool) -> Option<&str> {
    text.split(char::is_whitespace)
        .find(|w| w.chars().any(&bad))
        .map(|w| w.trim_matches(|c: char| ",.;:()«»“”".contains(c)))
}

fn word_with_suffix<'a>(text: &'a str, suffixes: &[&str]) -> Option<&'a str> {
    text.split(char::is_whitespace).find(|w| {
        let w = w.trim_end_matches(|c: char| ",.;:)".contains(c));
        suffixes.iter().any(|s| {
            w.strip_suffix(s)
                .is_some_and(|head| head.ends_with(|c: char| c.is_ascii_digit()))
        })
    })
}

/// Where a Latin "N", "No" or "No." stands for «№» before a number in Ukrainian text:
/// (byte offset, length of the sign).
fn number_signs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('N') {
        if text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let rest = &text[i + 1..];
        let sign_len = if rest.starts_with("o.") {
            3
        } else if rest.starts_with('o') {
            2
        } else {
            1
        };
        let after = text[i + sign_len..].trim_start_matches([' ', '\u{a0}']);
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            out.push((i, sign_len));
        }
    }
    out
}

/// Where an English "No" without its full stop stands before a number, outside an EU
/// identifier ("(EC) No 562/2006", "(EU) No 952/2013"): byte offsets.
fn bare_no(text: &str) -> Vec<usize> {
    text.match_indices("No")
        .map(|(i, _)| i)
        .filter(|&i| {
            let before = &text[..i];
            if before
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                return false;
            }
            let after = &text[i + 2..];
            let Some(rest) = after.strip_prefix([' ', '\u{a0}']) else {
                return false;
            };
            let eu = before.ends_with(") ")
                && ["(EC) ", "(EU) ", "(EEC) ", "(Euratom) "]
                    .iter()
                    .any(|p| before.ends_with(p));
            rest.starts_with(|c: char| c.is_ascii_digit()) && !eu
        })
        .collect()
}

/// A word of running text: letters, digits, apostrophes and hyphens, with its byte range.
#[derive(Debug, Clone)]
struct Word {
    start: usize,
    end: usize,
    /// Lower case, apostrophes made typographic.
    norm: String,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '’' || c == '-' || WRONG_APOSTROPHES.contains(&c)
}

fn normalise(w: &str) -> String {
    w.chars()
        .map(|c| {
            if WRONG_APOSTROPHES.contains(&c) {
                '’'
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, is_word_char(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let w = text[s..i].trim_matches('-');
                if !w.is_empty() {
                    let s = s + text[s..i].find(w).unwrap_or(0);
                    out.push(Word {
                        start: s,
                        end: s + w.len(),
                        norm: normalise(w),
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// A term-base pattern: words matched one after another, `*` at a word's end for any ending.
#[derive(Debug, Clone)]
struct Pattern {
    words: Vec<(String, bool)>,
}

impl Pattern {
    fn new(p: &str) -> Pattern {
        Pattern {
            words: p
                .split_whitespace()
                .map(|w| match w.strip_suffix('*') {
                    Some(stem) => (normalise(stem), true),
                    None => (normalise(w), false),
                })
                .collect(),
        }
    }

    /// Byte ranges in `text` (whose words are `ws`) where the pattern matches.
    fn find(&self, text: &str, ws: &[Word]) -> Vec<(usize, usize)> {
        let n = self.words.len();
        if n == 0 || ws.len() < n {
            return Vec::new();
        }
        (0..=ws.len() - n)
            .filter(|&i| {
                self.words.iter().enumerate().all(|(k, (w, prefix))| {
                    let t = &ws[i + k];
                    let word_ok = if *prefix {
                        t.norm.starts_with(w.as_str())
                    } else {
                        t.norm == *w
                    };
                    // Consecutive words are separated by spaces only, not punctuation.
                    let gap_ok = k == 0
                        || text[ws[i + k - 1].end..t.start]
                            .chars()
                            .all(char::is_whitespace);
                    word_ok && gap_ok
                })
            })
            .map(|i| (ws[i].start, ws[i + n - 1].end))
            .collect()
    }
}

/// Byte ranges inside quotation marks: «…» in Ukrainian (nested ones included), “…” in
/// English. A quoted official title keeps its own words, so the term base does not apply.
fn quoted_ranges(lang: Lang, text: &str) -> Vec<(usize, usize)> {
    let (open, close) = match lang {
        Lang::Uk => ('«', '»'),
        Lang::En => ('“', '”'),
    };
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == open {
            if depth == 0 {
                start = i + c.len_utf8();
            }
            depth += 1;
        } else if c == close && depth > 0 {
            depth -= 1;
            if depth == 0 {
                out.push((start, i));
            }
        }
    }
    out
}

#[derive(Debug, Clone)]
struct Compiled {
    id: String,
    term: [String; 2],
    avoid: [Vec<(String, Pattern)>; 2],
    except: [Vec<Pattern>; 2],
}

/// The term base, ready to check texts against.
#[derive(Debug, Clone, Default)]
pub struct TermBase {
    concepts: Vec<Compiled>,
}

fn idx(lang: Lang) -> usize {
    match lang {
        Lang::Uk => 0,
        Lang::En => 1,
    }
}

impl TermBase {
    pub fn new(file: &TermsFile) -> TermBase {
        let compile = |v: &[String]| v.iter().map(|p| Pattern::new(p)).collect::<Vec<_>>();
        TermBase {
            concepts: file
                .concepts
                .iter()
                .map(|c| Compiled {
                    id: c.id.clone(),
                    term: [c.term.uk.clone(), c.term.en.clone()],
                    avoid: [Lang::Uk, Lang::En].map(|l| {
                        c.avoid
                            .get(l)
                            .iter()
                            .map(|p| (p.clone(), Pattern::new(p)))
                            .collect()
                    }),
                    except: [compile(&c.except.uk), compile(&c.except.en)],
                })
                .collect(),
        }
    }

    /// The avoided variants `text` uses, outside quotation marks and outside the exceptions.
    pub fn check(&self, lang: Lang, text: &str) -> Vec<String> {
        let ws = words(text);
        if ws.is_empty() {
            return Vec::new();
        }
        let quoted = quoted_ranges(lang, text);
        let l = idx(lang);
        let mut out = Vec::new();
        for c in &self.concepts {
            let excepted: Vec<(usize, usize)> =
                c.except[l].iter().flat_map(|p| p.find(text, &ws)).collect();
            for (source, p) in &c.avoid[l] {
                for (s, e) in p.find(text, &ws) {
                    let in_quotes = quoted.iter().any(|&(qs, qe)| s >= qs && e <= qe);
                    let in_except = excepted.iter().any(|&(xs, xe)| s >= xs && e <= xe);
                    if !in_quotes && !in_except {
                        out.push(format!(
                            "\"{}\" is a variant the term base avoids (\"{source}\"): use \"{}\" (terms.json: {})",
                            &text[s..e],
                            c.term[l],
                            c.id
                        ));
                    }
                }
            }
        }
        out
    }

    /// Sanity of the base itself: a concept's own term must not be caught by its own avoided
    /// patterns (outside its exceptions). Returns (concept index, reason).
    pub fn self_check(&self) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (i, c) in self.concepts.iter().enumerate() {
            for lang in Lang::ALL {
                let l = idx(lang);
                for (_, p) in &c.avoid[l] {
                    if p.words.is_empty() {
                        out.push((i, "an avoided pattern is empty".into()));
                    }
                }
                let own = TermBase {
                    concepts: vec![c.clone()],
                };
                if !own.check(lang, &c.term[l]).is_empty() {
                    out.push((
                        i,
                        format!(
                            "the term \"{}\" matches its own avoided variants",
                            c.term[l]
                        ),
                    ));
                }
            }
        }
        out
    }
}

/// The Ukrainian official titles of the acts in the library, for [`quoted_titles`].
#[derive(Debug, Clone, Default)]
pub struct Titles {
    titles: Vec<(String, String)>,
}

impl Titles {
    pub fn new(acts: &ActsFile) -> Titles {
        Titles {
            titles: acts
                .acts
                .iter()
                .filter(|a| !a.title_descriptive)
                .map(|a| (a.id.clone(), a.title.uk.clone()))
                .collect(),
        }
    }
}

/// Words reduced for comparing titles: lower case, the first five letters.
fn title_words(s: &str) -> Vec<String> {
    words(s)
        .into_iter()
        .map(|w| w.norm.chars().take(5).collect())
        .collect()
}

fn same_title(a: &str, b: &str) -> bool {
    let squash = |s: &str| {
        s.split_whitespace()
            .map(normalise)
            .collect::<Vec<_>>()
            .join(" ")
    };
    squash(a) == squash(b)
}

/// True when a quote and a title differ by a content word put for another, unlike it («Про
/// національну безпеку України» and «Про Національну гвардію України»): the quote names some
/// other act, not this one slightly wrong. Added or left-out words, changed function words
/// (про/щодо) and changed endings still count as a near miss.
fn names_another_act(quote: &[String], title: &[String]) -> bool {
    let content = |w: &&String| w.chars().count() >= 5;
    let q_only: Vec<&String> = quote
        .iter()
        .filter(|w| !title.contains(w))
        .filter(content)
        .collect();
    let t_only: Vec<&String> = title
        .iter()
        .filter(|w| !quote.contains(w))
        .filter(content)
        .collect();
    let close = |a: &String, b: &String| a.chars().take(3).eq(b.chars().take(3));
    !q_only.is_empty()
        && !t_only.is_empty()
        && !q_only.iter().any(|a| t_only.iter().any(|b| close(a, b)))
}

/// A Ukrainian text quoting «…» what is nearly, but not exactly, the recorded official title of
/// an act in the library: the same first two words, and most words shared (a Dice coefficient of
/// 0.75 or more over words cut to five letters). A quote that resembles no title (another act,
/// a name, a word) is not this rule's business.
pub fn quoted_titles(text: &str, titles: &Titles) -> Vec<String> {
    let mut out = Vec::new();
    for (s, e) in quoted_ranges(Lang::Uk, text) {
        let quote = &text[s..e];
        let qw = title_words(quote);
        if qw.len() < 3 || titles.titles.iter().any(|(_, t)| same_title(quote, t)) {
            continue;
        }
        let best = titles
            .titles
            .iter()
            .filter_map(|(id, t)| {
                let tw = title_words(t);
                if tw.len() < 2 || qw[..2] != tw[..2] {
                    return None;
                }
                let shared = tw.iter().filter(|w| qw.contains(w)).count();
                let score = 2.0 * shared as f64 / (tw.len() + qw.len()) as f64;
                (score >= 0.75 && !names_another_act(&qw, &tw)).then_some((score, id, t))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, id, t)) = best {
            out.push(format!(
                "«{quote}» is not the official title of {id} as recorded in acts.json: «{t}»"
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Concept, Text, Variants};

    #[test]
    fn ponad_takes_the_accusative() {
        for wrong in [
            "понад п’яти років",
            "понад двох тисяч",
            "понад п’ятнадцяти осіб",
            "понад п’ятисот",
            "Понад половини пунктів",
        ] {
            let r = typography(Lang::Uk, wrong);
            assert!(r.iter().any(|r| r.contains("accusative")), "{wrong}: {r:?}");
        }
        for right in [
            "понад п’ять років",
            "понад дві тисячі",
            "понад 500 осіб",
            "понад половину",
            "понад сто",
        ] {
            assert_eq!(typography(Lang::Uk, right), Vec::<String>::new(), "{right}");
        }
    }

    #[test]
    fn the_cabinet_is_named_in_full_at_its_first_mention() {
        let flagged = |t: &str| {
            typography(Lang::Uk, t)
                .iter()
                .any(|r| r.contains("first mention"))
        };
        assert!(flagged("Рішення ухвалив Кабінет Міністрів."));
        assert!(flagged(
            "за поданням Кабінету Міністрів, а Кабінет Міністрів України …"
        ));
        assert!(!flagged(
            "Кабінет Міністрів України ухвалив; Кабінет Міністрів доручив"
        ));
        assert!(!flagged("Кабінетом Міністрів України, далі — уряд."));
        assert!(!flagged("Далі — «Кабінет Міністрів» або «уряд»."));
        assert!(!flagged("Уряд ухвалив постанову."));
    }

    #[test]
    fn an_act_cited_by_number_names_its_issuer_and_date() {
        for bare in [
            "згідно з розпорядженням № 687-р",
            "розпорядження Кабінету Міністрів України № 1409-р",
            "постанова № 57",
            "Указом № 127/94",
        ] {
            let r = typography(Lang::Uk, bare);
            assert!(
                r.iter().any(|r| r.contains("issuer and date")),
                "{bare}: {r:?}"
            );
        }
        for cited in [
            "розпорядження Кабінету Міністрів України від 24 липня 2019 р. № 687-р",
            "постанова Кабінету Міністрів України від 27 січня 1995 р. № 57",
            "розпорядження про схвалення Стратегії",
            "постанову змінено",
        ] {
            assert_eq!(typography(Lang::Uk, cited), Vec::<String>::new(), "{cited}");
        }
    }

    #[test]
    fn apostrophes_quotes_and_numbers_in_ukrainian() {
        assert_eq!(
            typography(Lang::Uk, "суб’єкти, в’їзд, «Про кордон», № 687-р"),
            Vec::<String>::new()
        );
        assert_eq!(typography(Lang::Uk, "суб'єкти").len(), 1);
        assert_eq!(typography(Lang::Uk, "субʼєкти").len(), 1);
        assert_eq!(typography(Lang::Uk, "Закон \"Про кордон\"").len(), 1);
        assert!(typography(Lang::Uk, "Протокол N 4")[0].contains("«№»"));
        assert!(typography(Lang::Uk, "ETS No. 046")[0].contains("«№»"));
        assert!(typography(Lang::Uk, "Регламент (EU) 2016/399")[0].contains("(ЄС)"));
        assert!(typography(Lang::Uk, "Директива 2008/115/EC")[0].contains("/ЄС"));
        // Nested quotes are „…“ inside «…».
        assert!(typography(Lang::Uk, "«механізму „єдиного вікна“»").is_empty());
        // A Latin N that is not a number sign is fine.
        assert!(typography(Lang::Uk, "NATO, N-ський").is_empty());
        assert!(
            typography(Lang::Uk, "постановою № 117 від 20 лютого 2019 р.")[0]
                .contains("date comes before the number")
        );
        assert!(typography(Lang::Uk, "наказ від 15.04.2016 № 311")[0].contains("in words"));
    }

    #[test]
    fn quotes_cyrillic_and_no_in_english() {
        assert!(typography(
            Lang::En,
            "Order No. 687-r “On …”; Regulation (EC) No 562/2006"
        )
        .is_empty());
        assert!(typography(Lang::En, "Nothing found for «x»")[0].contains("“…”"));
        assert!(typography(Lang::En, "Order No. 687-р")[0].contains("687-р"));
        assert!(typography(Lang::En, "Order No 687-r")[0].contains("No."));
        assert!(typography(Lang::En, "Ukraine's")[0].contains("’"));
        assert!(typography(Lang::En, "the \"single window\"")[0].contains("“…”"));
        assert!(typography(Lang::En, "No one, Nothing, No. 5").is_empty());
        assert!(typography(Lang::En, "of 18.08.2010")[0].contains("in words"));
        assert!(typography(Lang::En, "OJ L 168 of 20.6.2013.")[0].contains("in words"));
        assert!(typography(Lang::En, "version 2.1, 1.5 km").is_empty());
        assert!(typography(Lang::En, "(30 Oct 2013)")[0].contains("in full"));
    }

    fn base() -> TermBase {
        let c =
            |id: &str, uk: &str, en: &str, avoid: (&[&str], &[&str]), except: &[&str]| Concept {
                id: id.into(),
                term: Text::new(uk, en),
                avoid: Variants {
                    uk: avoid.0.iter().map(|s| s.to_string()).collect(),
                    en: avoid.1.iter().map(|s| s.to_string()).collect(),
                },
                except: Variants {
                    uk: except.iter().map(|s| s.to_string()).collect(),
                    en: vec![],
                },
                defined_in: None,
                note: None,
            };
        TermBase::new(&TermsFile {
            schema: None,
            concepts: vec![
                c(
                    "eibm-component",
                    "компонент",
                    "component",
                    (&["складник*"], &[]),
                    &[],
                ),
                c(
                    "entry-exit-checkpoint",
                    "контрольний пункт в’їзду-виїзду",
                    "entry-exit checkpoint",
                    (&["пункт* в’їзду-виїзду"], &["entry-exit point*"]),
                    &["контрольн* пункт* в’їзду-виїзду"],
                ),
                c(
                    "ibm-agency",
                    "суб’єкт ІУК",
                    "IBM agency",
                    (&[], &["IBM actor*", "IBM bodies"]),
                    &[],
                ),
            ],
        })
    }

    #[test]
    fn the_term_base_catches_inflected_variants_but_not_the_term() {
        let b = base();
        assert_eq!(b.check(Lang::Uk, "усі 15 складників ІУК").len(), 1);
        assert_eq!(b.check(Lang::Uk, "у пунктах в'їзду-виїзду").len(), 1);
        assert!(b
            .check(Lang::Uk, "у контрольних пунктах в’їзду-виїзду")
            .is_empty());
        assert_eq!(b.check(Lang::En, "the IBM actors and IBM bodies").len(), 2);
        assert!(b.check(Lang::En, "at entry-exit checkpoints").is_empty());
        assert_eq!(b.check(Lang::En, "at entry-exit points").len(), 1);
        // A quoted title keeps its words; punctuation breaks a match.
        assert!(b.check(Lang::Uk, "назва «складники ІУК»").is_empty());
        assert!(b.check(Lang::En, "IBM, actors").is_empty());
        assert!(b.self_check().is_empty());
    }

    #[test]
    fn a_near_miss_of_an_official_title_is_caught() {
        let titles = Titles {
            titles: vec![
                (
                    "ua-law-1777-xii".into(),
                    "Про державний кордон України".into(),
                ),
                ("ua-law-1710-vi".into(), "Про прикордонний контроль".into()),
                (
                    "ua-cmu-res-1147-1998".into(),
                    "Про прикордонний режим".into(),
                ),
                (
                    "ua-law-876-vii".into(),
                    "Про Національну гвардію України".into(),
                ),
            ],
        };
        // Another law whose title shares most words is not a near miss of this one…
        assert!(
            quoted_titles("Закон України «Про національну безпеку України»", &titles).is_empty()
        );
        // …but a changed ending is.
        assert_eq!(
            quoted_titles("Закон України «Про Національну гвардію Україні»", &titles).len(),
            1
        );
        assert!(quoted_titles("Закон України «Про державний кордон України»", &titles).is_empty());
        assert!(quoted_titles("Закон України «Про прикордонний контроль»", &titles).is_empty());
        let p = quoted_titles("Закон України «Про державний кордон»", &titles);
        assert_eq!(p.len(), 1);
        assert!(p[0].contains("ua-law-1777-xii"), "{p:?}");
        // A title not in the library, or a name, is not a near miss.
        assert!(quoted_titles(
            "Закон «Про оборону України»; пункт «Ягодин — Дорогуськ»",
            &titles
        )
        .is_empty());
        assert!(quoted_titles(
            "«Про прикордонний контроль у морських портах та на річках»",
            &titles
        )
        .is_empty());
    }
}
