//! Instant bilingual search over the whole collection: acts, agencies and pages. Plain Rust,
//! no DOM: the index is built at build time from the data ([`Index::of_collection`]), shipped
//! as one file per page language ([`packed`]) and queried in the browser on every keystroke.
//!
//! Every document is indexed in both languages, so a query in either language finds it in
//! either interface. Terms come from [`text::terms_of`]: Ukrainian stems and their Latin
//! transliteration, English stems, abbreviations, and official numbers in several forms.
//! A query word matches a term exactly, as a prefix (the word being typed) or within a small
//! edit distance (typos in longer words); all query words that match anything must match.

pub mod html;
pub mod packed;
mod postings;
pub mod synthetic;
pub mod text;

use crate::i18n;
use crate::model::{
    ActStatus, ActsFile, AgenciesFile, ComponentsFile, GlossaryFile, SiteFile, TermsFile, Text,
};
use crate::route::Page;
use crate::route::Section;
use crate::Lang;
use rustc_hash::FxHashMap as HashMap;
use text::{edit_distance_within, near_sorted, query_terms_of, terms_of, tokenize};

/// The queries the benchmarks type, natively and in the browser: numbers, inflected
/// Ukrainian, transliteration, English, abbreviations and typos.
pub const BENCH_QUERIES: [&str; 20] = [
    "1777-XII",
    "2016/399",
    "687-р",
    "державного кордону",
    "derzhavnyi kordon",
    "mytnyi kodeks",
    "Шенгенський кодекс",
    "readmission",
    "temporary protection",
    "ДПСУ",
    "EUBAM",
    "кордон",
    "border control",
    "митний кодекс",
    "readmision",
    "кородон",
    "migration service",
    "Frontex",
    "торгівля людьми",
    "visa code",
];

/// Longest query processed; the rest is ignored, so no input can stall the page.
pub const MAX_QUERY_CHARS: usize = 200;
pub const MAX_QUERY_WORDS: usize = 12;
/// How many of the best candidates are reranked by title coverage.
const RERANK: usize = 50;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum DocKind {
    Page,
    Agency,
    Act,
    Term,
}

impl DocKind {
    pub fn label(self) -> i18n::Msg {
        match self {
            DocKind::Page => i18n::KIND_PAGE,
            DocKind::Agency => i18n::KIND_AGENCY,
            DocKind::Act => i18n::KIND_ACT,
            DocKind::Term => i18n::KIND_TERM,
        }
    }
}

/// Kinds of field: within a kind only the best match counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Title = 0,
    Code = 1,
    Body = 2,
    Other = 3,
}

impl Group {
    const COUNT: usize = 4;
}

/// A text a document is found by, with its weight.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub text: String,
    pub weight: f32,
    pub group: Group,
}

impl Doc {
    /// The app path of the result, with its fragment.
    pub fn path(&self, lang: Lang) -> String {
        match &self.anchor {
            Some(a) => self.page.anchored(lang, a),
            None => self.page.path(lang),
        }
    }
}

impl Field {
    pub fn new(text: impl Into<String>, weight: f32, group: Group) -> Field {
        Field {
            text: text.into(),
            weight,
            group,
        }
    }
}

/// One searchable thing and what is shown for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub kind: DocKind,
    pub page: Page,
    pub title: Text,
    /// A line under the title (an act's number and date, an agency's abbreviation).
    pub meta: Text,
    /// Text the excerpt is cut from (see [`Index::body`]: empty in an index read from its
    /// file, which keeps the bodies apart).
    pub body: Text,
    /// A fragment within the page (a glossary term's anchor).
    pub anchor: Option<String>,
    /// Multiplies the document's score: below 1 for acts no longer in force, so that the
    /// current act comes first when an old and a new one match equally.
    pub boost: f32,
}

/// A postings list: (document, weight), documents ascending.
type List = Vec<(u32, f32)>;

pub struct Index {
    pub docs: Vec<Doc>,
    /// In an index read from its file: its texts' stamp and the documents' bodies in its
    /// language (none until the texts file is read).
    bodies: Option<(u64, packed::Bodies)>,
    /// Sorted, unique terms.
    terms: Vec<String>,
    /// For each term, its postings list in `lists`.
    term_list: Vec<u32>,
    /// The distinct postings lists, numbered in the order of the terms that first use them:
    /// (doc, weight), doc ascending. The terms of one word (a stem, its transliteration, its
    /// forms) mostly share one.
    lists: postings::Lists,
    boost: Vec<f32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub doc: usize,
    pub score: f32,
}

/// A piece of display text, marked when it matched the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

/// The query as the index sees it: one set of candidate terms per word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub words: Vec<Vec<String>>,
    /// Per word, the candidates that are only parts of an official number (`2019` and `1896`
    /// of `2019/1896`): they count for less than the whole number.
    pub parts: Vec<Vec<String>>,
}

impl Query {
    pub fn parse(q: &str) -> Query {
        let clipped: String = q
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_QUERY_CHARS)
            .collect();
        let tokens: Vec<_> = tokenize(&clipped)
            .into_iter()
            .take(MAX_QUERY_WORDS)
            .collect();
        let words = tokens.iter().map(query_terms_of).collect();
        let parts = tokens
            .iter()
            .map(|t| {
                if !t.code {
                    return Vec::new();
                }
                let whole = text::translit(&t.norm);
                let pieces: Vec<String> = whole
                    .split(['-', '/', '.'])
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect();
                if pieces.len() > 1 {
                    pieces
                } else {
                    Vec::new()
                }
            })
            .collect();
        Query { words, parts }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl Index {
    /// Builds the index from documents, each with the weighted texts to index it by. A term's
    /// weight in a document is the sum over the fields it occurs in of the field's weight,
    /// damped for long fields, so that a short title that is all about the query ("Про
    /// державний кордон України") outranks a long one that mentions it.
    ///
    /// Within one [`Group`] only the best field counts (a title and a short title of the same
    /// act do not add up); across groups the weights add.
    pub fn build(entries: Vec<(Doc, Vec<Field>)>) -> Index {
        // Terms are interned, and each distinct token's terms computed once (summaries repeat
        // words a lot); postings are collected flat and folded after one sort.
        let mut term_ids: HashMap<String, u32> = HashMap::default();
        let mut term_names: Vec<String> = Vec::new();
        let mut memo: HashMap<(String, bool, bool), Vec<u32>> = HashMap::default();
        let mut flat: Vec<(u32, u32, u8, f32)> = Vec::new();
        let mut docs = Vec::with_capacity(entries.len());
        for (i, (doc, fields)) in entries.into_iter().enumerate() {
            docs.push(doc);
            for Field {
                text,
                weight,
                group,
            } in fields
            {
                let tokens = tokenize(&text);
                let len = tokens.len().max(1) as f32;
                let weight = if len <= 6.0 {
                    weight
                } else {
                    weight * (6.0 / len).sqrt()
                };
                for tok in tokens {
                    let key = (tok.norm.clone(), tok.caps, tok.code);
                    let ids = memo.entry(key).or_insert_with(|| {
                        terms_of(&tok)
                            .into_iter()
                            .map(|t| {
                                *term_ids.entry(t.clone()).or_insert_with(|| {
                                    term_names.push(t);
                                    (term_names.len() - 1) as u32
                                })
                            })
                            .collect()
                    });
                    for &t in ids.iter() {
                        flat.push((t, i as u32, group as u8, weight));
                    }
                }
            }
        }
        // Per (term, doc): the best weight within each group, summed across groups.
        flat.sort_unstable_by_key(|a| (a.0, a.1, a.2));
        let mut per_term: Vec<Vec<(u32, f32)>> = vec![Vec::new(); term_names.len()];
        let mut k = 0;
        while k < flat.len() {
            let (t, d) = (flat[k].0, flat[k].1);
            let mut groups = [0f32; Group::COUNT];
            while k < flat.len() && flat[k].0 == t && flat[k].1 == d {
                let g = &mut groups[flat[k].2 as usize];
                *g = g.max(flat[k].3);
                k += 1;
            }
            per_term[t as usize].push((d, groups.iter().sum()));
        }
        let mut order: Vec<u32> = (0..term_names.len() as u32).collect();
        order.sort_unstable_by(|a, b| term_names[*a as usize].cmp(&term_names[*b as usize]));
        let terms = (order.iter())
            .map(|id| std::mem::take(&mut term_names[*id as usize]))
            .collect();
        let (term_list, lists) = share_lists(
            order
                .iter()
                .map(|id| std::mem::take(&mut per_term[*id as usize])),
        );
        let boost = docs.iter().map(|d: &Doc| d.boost).collect();
        let lists = postings::Lists::of(&lists, docs.len());
        Index {
            docs,
            bodies: None,
            terms,
            term_list,
            lists,
            boost,
        }
    }

    /// The index for the collection's section pages, agencies, acts, glossary terms and the
    /// map's components, each indexed by its texts in both languages.
    pub fn of_collection(files: &Searched) -> Index {
        Index::build(Index::entries(files))
    }

    /// Every document of [`Index::of_collection`] with the weighted texts it is found by.
    fn entries(f: &Searched) -> Vec<(Doc, Vec<Field>)> {
        let mut entries = Vec::new();
        section_entries(f.site, &mut entries);
        agency_entries(f.agencies, &mut entries);
        act_entries(f.acts, f.terms, &mut entries);
        term_entries(f.glossary, &mut entries);
        component_entries(f.map, &mut entries);
        entries
    }

    /// The text document `doc`'s excerpt is cut from, for pages in `lang`.
    pub fn body(&self, doc: usize, lang: Lang) -> &str {
        match &self.bodies {
            Some((_, bodies)) => bodies.get(doc, lang),
            None => self.docs.get(doc).map_or("", |d| d.body.get(lang)),
        }
    }

    /// Range of terms starting with `prefix`.
    fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.terms.partition_point(|t| t.as_str() < prefix);
        let end = start
            + self.terms[start..]
                .iter()
                .take_while(|t| t.starts_with(prefix))
                .count();
        start..end
    }

    /// Terms a query word matches, each with a factor: 1 exact, 0.7 prefix, 0.45 typo.
    /// Prefixes count for the last word (the one being typed) or a word with no exact match;
    /// typos only for a word that matches nothing otherwise.
    fn matching_terms(
        &self,
        candidates: &[String],
        parts: &[String],
        last: bool,
    ) -> Vec<(usize, f32)> {
        let mut found: HashMap<usize, f32> = HashMap::default();
        fn put(found: &mut HashMap<usize, f32>, t: usize, f: f32) {
            let e = found.entry(t).or_insert(0.0);
            *e = e.max(f);
        }
        for c in candidates {
            if let Ok(i) = self.terms.binary_search(c) {
                put(&mut found, i, if parts.contains(c) { 0.5 } else { 1.0 });
            }
        }
        if last || found.is_empty() {
            // Not for the parts of a number: "2019" must not reach every "2019/…" act.
            for c in candidates
                .iter()
                .filter(|c| c.chars().count() >= 3 && !parts.contains(c))
            {
                for i in self.prefix_range(c).take(200) {
                    put(&mut found, i, 0.7);
                }
            }
        }
        if found.is_empty() {
            for c in candidates {
                let n = c.chars().count();
                let max = match n {
                    0..=4 => continue,
                    5..=8 => 1,
                    _ => 2,
                };
                for (i, _) in near_sorted(c, max, &self.terms) {
                    if self.terms[i].len().abs_diff(c.len()) <= max * 2 {
                        put(&mut found, i, 0.45);
                    }
                }
            }
        }
        found.into_iter().collect()
    }

    /// The best documents for a query, best first.
    pub fn search(&self, q: &Query, limit: usize) -> Vec<Hit> {
        let n = self.docs.len().max(1) as f32;
        // Scores by document, dense (a hash map per word cost more than the whole walk of the
        // lists at 10,000 acts), with the documents touched; all scores are above 0.
        let mut word_score = vec![0f32; self.docs.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut total: Vec<(u32, f32)> = Vec::new();
        let mut words_used = 0;
        for (wi, cands) in q.words.iter().enumerate() {
            let parts = q.parts.get(wi).map(Vec::as_slice).unwrap_or(&[]);
            let matches = self.matching_terms(cands, parts, wi + 1 == q.words.len());
            if matches.is_empty() {
                continue; // a word that matches nothing anywhere does not veto the rest
            }
            for (ti, factor) in matches {
                let list = self.term_list[ti] as usize;
                let idf = (1.0 + n / self.lists.len(list) as f32).ln();
                for (d, w) in self.lists.get(list) {
                    let s = w * factor * idf;
                    let e = &mut word_score[d as usize];
                    if *e == 0.0 {
                        touched.push(d);
                    }
                    *e = e.max(s);
                }
            }
            if words_used == 0 {
                total = touched
                    .iter()
                    .map(|d| (*d, word_score[*d as usize]))
                    .collect();
            } else {
                total.retain_mut(|(d, s)| {
                    let w = word_score[*d as usize];
                    *s += w;
                    w > 0.0
                });
            }
            for d in touched.drain(..) {
                word_score[d as usize] = 0.0;
            }
            words_used += 1;
        }
        let mut hits: Vec<Hit> = total
            .into_iter()
            .map(|(d, score)| Hit {
                doc: d as usize,
                score: score * self.boost[d as usize],
            })
            .collect();
        // Best first, equal scores by document: only the best are ordered and reranked.
        let by_score = |a: &Hit, b: &Hit| {
            (b.score.partial_cmp(&a.score))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.doc.cmp(&b.doc))
        };
        let kept = RERANK.max(limit);
        if hits.len() > kept {
            hits.select_nth_unstable_by(kept - 1, by_score);
            hits.truncate(kept);
        }
        hits.sort_by(by_score);
        // Rerank the best candidates by how much of their title the query covers, so that
        // "державний кордон" puts "Про державний кордон України" before longer titles that
        // also mention the state border.
        // Parts of a number (the "2019" of "2019/1896") do not count as covering a title.
        let parts: Vec<&String> = q.parts.iter().flatten().collect();
        let wanted: Vec<&String> = q
            .words
            .iter()
            .flatten()
            .filter(|w| !parts.contains(w))
            .collect();
        for h in hits.iter_mut().take(RERANK) {
            h.score += 2.0 * self.title_coverage(h.doc, &wanted);
        }
        hits.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| self.docs[a.doc].kind.cmp(&self.docs[b.doc].kind))
                .then_with(|| a.doc.cmp(&b.doc))
        });
        hits.truncate(limit);
        hits
    }

    /// The share of a document's title words (ignoring short function words) that the query's
    /// terms match exactly, in the better of its two languages.
    fn title_coverage(&self, doc: usize, wanted: &[&String]) -> f32 {
        let d = &self.docs[doc];
        [&d.title.uk, &d.title.en]
            .into_iter()
            .map(|t| {
                let toks: Vec<_> = tokenize(t)
                    .into_iter()
                    .filter(|t| t.norm.chars().count() > 3 || t.code || t.caps)
                    .collect();
                if toks.is_empty() {
                    return 0.0;
                }
                let hit = toks
                    .iter()
                    .filter(|t| terms_of(t).iter().any(|x| wanted.contains(&x)))
                    .count();
                hit as f32 / toks.len() as f32
            })
            .fold(0.0, f32::max)
    }

    /// Marks the words of `text` that match the query.
    pub fn highlight(&self, text: &str, q: &Query) -> Vec<Segment> {
        Marker::new(self, q).highlight(text)
    }

    /// A short excerpt of `text` around the first match (about `width` characters), marked.
    pub fn excerpt(&self, text: &str, q: &Query, width: usize) -> Vec<Segment> {
        Marker::new(self, q).excerpt(text, width)
    }
}

/// Marks what matches a query in display texts. One marker serves a whole page of results:
/// it remembers each word it has judged (results share most of their words). As in the search,
/// a word is read as a typo only when it matches nothing otherwise, so "border" marks "border"
/// and not "order"; and words whose length rules out a typo are not compared letter by letter.
pub struct Marker {
    wanted: Vec<String>,
    /// The wanted terms of query words that match no term of the index exactly or as a prefix.
    typos: Vec<String>,
    /// By a word's normal form: whether it matches, for each of (caps, code).
    judged: std::cell::RefCell<HashMap<String, [Option<bool>; 4]>>,
}

impl Marker {
    pub fn new(index: &Index, q: &Query) -> Marker {
        let found = |c: &String| {
            index.terms.binary_search(c).is_ok()
                || (c.chars().count() >= 3 && !index.prefix_range(c).is_empty())
        };
        let typos = (q.words.iter())
            .filter(|cands| !cands.iter().any(found))
            .flatten()
            .cloned()
            .collect();
        Marker {
            wanted: q.words.iter().flatten().cloned().collect(),
            typos,
            judged: Default::default(),
        }
    }

    /// A word matches when one of its terms is a wanted term, starts with one (of 3 letters or
    /// more), or is within a typo of one (of 5 letters or more: one edit, two beyond 8).
    fn matches(&self, tok: &text::Token) -> bool {
        let kind = usize::from(tok.caps) * 2 + usize::from(tok.code);
        if let Some(m) = self
            .judged
            .borrow()
            .get(tok.norm.as_str())
            .and_then(|k| k[kind])
        {
            return m;
        }
        let m = terms_of(tok).iter().any(|t| {
            let exact = (self.wanted.iter())
                .any(|w| t == w || (w.chars().count() >= 3 && t.starts_with(w.as_str())));
            exact
                || self.typos.iter().any(|w| {
                    let n = w.chars().count();
                    let k = if n > 8 { 2 } else { 1 };
                    n >= 5
                        && t.chars().count().abs_diff(n) <= k
                        && edit_distance_within(w, t, k).is_some()
                })
        });
        self.judged
            .borrow_mut()
            .entry(tok.norm.clone())
            .or_default()[kind] = Some(m);
        m
    }

    /// Marks the words of `text` that match.
    pub fn highlight(&self, text: &str) -> Vec<Segment> {
        self.marked(text, &tokenize(text), 0..text.len())
    }

    /// The segments of `text[range]` (byte offsets on character boundaries), with `tokens`
    /// (all of `text`'s) that match marked; a word cut by the range is marked in its part.
    fn marked(
        &self,
        text: &str,
        tokens: &[text::Token],
        range: std::ops::Range<usize>,
    ) -> Vec<Segment> {
        let mut out = Vec::new();
        let mut pos = range.start;
        let inside = tokens
            .iter()
            .filter(|t| t.end > range.start && t.start < range.end);
        for tok in inside {
            if self.matches(tok) {
                let (a, b) = (tok.start.max(range.start), tok.end.min(range.end));
                if a > pos {
                    out.push(Segment {
                        text: text[pos..a].to_string(),
                        hit: false,
                    });
                }
                out.push(Segment {
                    text: text[a..b].to_string(),
                    hit: true,
                });
                pos = b;
            }
        }
        if pos < range.end {
            out.push(Segment {
                text: text[pos..range.end].to_string(),
                hit: false,
            });
        }
        out
    }

    /// A short excerpt of `text` around the first match (about `width` characters), marked.
    pub fn excerpt(&self, text: &str, width: usize) -> Vec<Segment> {
        if text.chars().nth(width).is_none() {
            return self.marked(text, &tokenize(text), 0..text.len());
        }
        // The words up to the first hit, then on to the end of the excerpt: the rest of a
        // long text is not read.
        let mut words = text::Tokens::new(text);
        let mut tokens = Vec::new();
        let mut first_hit = None;
        for t in words.by_ref() {
            let hit = self.matches(&t);
            tokens.push(t);
            if hit {
                first_hit = tokens.last().map(|t| text[..t.start].chars().count());
                break;
            }
        }
        let start = first_hit.map(|h| h.saturating_sub(width / 3)).unwrap_or(0);
        let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(i, _)| i);
        let (from, to) = (byte(start), byte(start + width));
        tokens.retain(|t| t.end > from);
        tokens.extend(words.take_while(|t| t.start < to));
        let mut out = Vec::new();
        if start > 0 {
            out.push(Segment {
                text: "… ".into(),
                hit: false,
            });
        }
        out.extend(self.marked(text, &tokens, from..to));
        if to < text.len() {
            out.push(Segment {
                text: " …".into(),
                hit: false,
            });
        }
        out
    }
}

/// Each term's list numbered, each distinct list kept once, in the order of first use.
fn share_lists(per_term: impl Iterator<Item = List>) -> (Vec<u32>, Vec<List>) {
    let mut term_list = Vec::new();
    let mut lists = Vec::new();
    let mut list_of: HashMap<Vec<(u32, u32)>, u32> = HashMap::default();
    for list in per_term {
        let key = list.iter().map(|(d, w)| (*d, w.to_bits())).collect();
        let next = lists.len() as u32;
        let at = *list_of.entry(key).or_insert(next);
        if at == next {
            lists.push(list);
        }
        term_list.push(at);
    }
    (term_list, lists)
}

/// One document as plain text, for indexing the same content with another search engine
/// (the Pagefind comparison of the browser benchmark, `tests/e2e/tests/bench.rs`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Record {
    /// The app path of the document in Ukrainian, with its fragment.
    pub url: String,
    /// The title shown in Ukrainian.
    pub title: String,
    /// Every text [`Index::of_collection`] indexes the document by, in both languages, one
    /// per line (a text repeated across languages, such as an abbreviation, once).
    pub content: String,
    /// Always `uk`: like ours, one index holds both languages (Pagefind keeps a separate
    /// index per language and searches only the page's own).
    pub language: String,
}

/// The documents [`Index::of_collection`] indexes, built from the same entries and fields,
/// as plain records (the field weights are ours alone and left out).
pub fn records(files: &Searched) -> Vec<Record> {
    Index::entries(files)
        .into_iter()
        .map(|(doc, fields)| {
            let mut texts: Vec<&str> = Vec::new();
            for f in &fields {
                if !f.text.is_empty() && !texts.contains(&f.text.as_str()) {
                    texts.push(&f.text);
                }
            }
            Record {
                url: doc.path(Lang::Uk),
                title: doc.title.uk.clone(),
                content: texts.join("\n"),
                language: "uk".to_string(),
            }
        })
        .collect()
}

/// The files the search reads. The map and the term base may be empty (a page that could not
/// load them still searches the rest).
#[derive(Clone, Copy)]
pub struct Searched<'a> {
    pub site: &'a SiteFile,
    pub agencies: &'a AgenciesFile,
    pub acts: &'a ActsFile,
    pub glossary: &'a GlossaryFile,
    pub map: &'a ComponentsFile,
    /// The term base: a concept's names find the act that defines or establishes it.
    pub terms: &'a TermsFile,
}

/// A text's two languages as fields of one weight and group.
fn both(t: &Text, w: f32, g: Group) -> [Field; 2] {
    [
        Field::new(t.uk.clone(), w, g),
        Field::new(t.en.clone(), w, g),
    ]
}

/// The section pages: their titles, navigation names and summaries.
fn section_entries(site: &SiteFile, entries: &mut Vec<(Doc, Vec<Field>)>) {
    for s in &site.sections {
        let title = i18n::section_title(s.section);
        let nav = i18n::section_nav(s.section);
        let doc = Doc {
            kind: DocKind::Page,
            page: Page::Section(s.section),
            title: Text::new(title.uk, title.en),
            meta: Text::new(i18n::KIND_PAGE.uk, i18n::KIND_PAGE.en),
            body: s.summary.clone(),
            anchor: None,
            boost: 1.0,
        };
        let mut f = Vec::from(both(&doc.title, 5.0, Group::Title));
        f.extend(both(&Text::new(nav.uk, nav.en), 5.0, Group::Title));
        f.extend(both(&s.summary, 1.0, Group::Body));
        entries.push((doc, f));
    }
}

/// The agencies: names, abbreviations (weighted as codes) and roles.
fn agency_entries(agencies: &AgenciesFile, entries: &mut Vec<(Doc, Vec<Field>)>) {
    for a in &agencies.agencies {
        let mut f = Vec::from(both(&a.name, 6.0, Group::Title));
        f.extend(both(&a.abbreviation, 10.0, Group::Code));
        f.extend(both(&a.role, 1.0, Group::Body));
        entries.push((
            Doc {
                kind: DocKind::Agency,
                page: Page::Agency(a.id.clone()),
                title: a.name.clone(),
                meta: a.abbreviation.clone(),
                body: a.role.clone(),
                anchor: None,
                boost: 1.0,
            },
            f,
        ));
    }
}

/// The acts: titles, summaries, numbers and CELEX (as codes), issuers, and the names of the
/// concepts the term base says the act defines (so "Frontex" finds the Regulation that
/// establishes the agency, whose title names it otherwise); repealed and expired acts rank a
/// little lower.
fn act_entries(acts: &ActsFile, terms: &TermsFile, entries: &mut Vec<(Doc, Vec<Field>)>) {
    for a in &acts.acts {
        let meta = |lang: Lang| {
            let mut parts = vec![a.kind.label().get(lang).to_string()];
            if let Some(n) = a.number_label(lang) {
                parts.push(n);
            }
            parts.push(a.adopted.format(lang));
            parts.join(" · ")
        };
        let mut f = Vec::from(both(&a.title, 5.0, Group::Title));
        if let Some(s) = &a.short_title {
            f.extend(both(s, 5.0, Group::Title));
        }
        f.extend(both(&a.summary, 1.0, Group::Body));
        if let Some(n) = &a.number {
            f.push(Field::new(n.clone(), 10.0, Group::Code));
        }
        if let Some(c) = &a.celex {
            f.push(Field::new(c.clone(), 10.0, Group::Code));
        }
        if let Some(i) = acts.issuer(&a.issuer) {
            f.extend(both(&i.name, 0.5, Group::Other));
        }
        f.extend(other_names(a, terms));
        entries.push((
            Doc {
                kind: DocKind::Act,
                page: Page::Act(a.id.clone()),
                title: a.display_title().clone(),
                meta: Text::new(meta(Lang::Uk), meta(Lang::En)),
                body: a.summary.clone(),
                anchor: None,
                boost: match a.status {
                    ActStatus::Repealed | ActStatus::Expired => 0.85,
                    ActStatus::InForce | ActStatus::Amended => 1.0,
                },
            },
            f,
        ));
    }
}

/// The names an act is known by that its titles do not hold: the words of the concepts the term
/// base says it establishes as a whole (a definition in one article, a term of Art. 2, names a
/// detail of the act, not what it is about), less the words its titles already have — so the
/// Frontex Regulation is found by "Frontex" and "agency", and no act gains weight for words it
/// already has.
fn other_names(a: &crate::model::Act, terms: &TermsFile) -> Vec<Field> {
    let titles = [Some(&a.title), a.short_title.as_ref()];
    let known: Vec<String> = (titles.into_iter().flatten())
        .flat_map(|t| [&t.uk, &t.en])
        .flat_map(|t| tokenize(t))
        .flat_map(|t| terms_of(&t))
        .collect();
    let established = terms.concepts.iter().filter(|c| {
        c.defined_in
            .as_ref()
            .is_some_and(|d| d.act == a.id && d.article.is_none())
    });
    let mut fields = Vec::new();
    for c in established {
        for name in [&c.term.uk, &c.term.en] {
            let new: Vec<&str> = tokenize(name)
                .into_iter()
                .filter(|t| !terms_of(t).iter().any(|x| known.contains(x)))
                .map(|t| &name[t.start..t.end])
                .collect();
            if !new.is_empty() {
                fields.push(Field::new(new.join(" "), 1.0, Group::Other));
            }
        }
    }
    fields
}

/// The glossary's terms, each at its anchor on the glossary page.
fn term_entries(glossary: &GlossaryFile, entries: &mut Vec<(Doc, Vec<Field>)>) {
    for t in &glossary.terms {
        let mut f = Vec::from(both(&t.term, 6.0, Group::Title));
        f.extend(both(&t.definition, 1.0, Group::Body));
        entries.push((
            Doc {
                kind: DocKind::Term,
                page: Page::Section(Section::Glossary),
                title: t.term.clone(),
                meta: Text::new(i18n::KIND_TERM.uk, i18n::KIND_TERM.en),
                body: t.definition.clone(),
                anchor: Some(t.id.clone()),
                // A definition helps, but the acts and agencies are what readers come for:
                // a term leads only when it matches clearly better.
                boost: 0.6,
            },
            f,
        ));
    }
}

/// The approximation map's components, each at its part of the map: found by its name, the
/// words readers use for it (`keywords`) and the Regulation's wording.
fn component_entries(map: &ComponentsFile, entries: &mut Vec<(Doc, Vec<Field>)>) {
    for c in &map.components {
        let meta = |lang: Lang| {
            let article = format!("{}{}", i18n::APPROXIMATION_ARTICLE.get(lang), c.article);
            format!("{} · {article}", i18n::FILTER_COMPONENT.get(lang))
        };
        let mut f = Vec::from(both(&c.name, 5.0, Group::Title));
        // A keyword that repeats the name would count the name twice.
        let other_words = (c.keywords.uk.iter().chain(&c.keywords.en)).filter(|k| {
            ![&c.name.uk, &c.name.en]
                .iter()
                .any(|n| n.to_lowercase() == k.to_lowercase())
        });
        for k in other_words {
            f.push(Field::new(k.clone(), 2.0, Group::Other));
        }
        let body = c.wording.clone().unwrap_or_else(|| c.name.clone());
        f.extend(both(&body, 1.0, Group::Body));
        entries.push((
            Doc {
                kind: DocKind::Page,
                page: Page::Section(Section::Approximation),
                title: c.name.clone(),
                meta: Text::new(meta(Lang::Uk), meta(Lang::En)),
                body,
                anchor: Some(c.id.clone()),
                // Below a glossary term: the act or the definition that shares the name is
                // what most searches are for, and the map is one click from either.
                boost: 0.4,
            },
            f,
        ));
    }
}

#[cfg(test)]
mod tests;
