//! The search index as files: built once at build time ([`Index::pack`], written by
//! `cargo xtask finish`) and read in the browser without rebuilding ([`Index::unpack`]). Two
//! files per page language:
//! - `data/search-{lang}.bin`, the index: the terms and postings are the whole index (a query
//!   in either language finds everything); the documents carry what a result shows in that
//!   language, and both titles, which the ranking compares the query with;
//! - `data/search-{lang}-texts.bin`, the texts the excerpts are cut from
//!   ([`Index::read_texts`]): half the bytes, and none of them needed to find anything, so
//!   search runs (and shows titles) without waiting for them. Both carry the same stamp, so
//!   texts of another build are refused.
//!
//! The encoding is postcard (serde, varints) over columns, which compress better than records:
//! texts of a kind side by side, terms front-coded, each distinct postings list once, documents
//! as differences, weights as small indexes into each document's own few. Nothing is rounded:
//! the unpacked index is the one that was packed and ranks exactly as it (a test holds this for
//! every prefix of every quality and benchmark query).

use super::postings::{put_varint, Lists};
use super::{Doc, DocKind, Index};
use crate::model::Text;
use crate::route::Page;
use crate::Lang;
use serde::{Deserialize, Serialize};

/// Bumped whenever the layout below changes: a file of another version is refused.
pub const FORMAT: u32 = 3;

/// The index file's name under `data/` for a page language.
pub fn file_name(lang: Lang) -> String {
    format!("search-{}.bin", lang.code())
}

/// The texts file's name under `data/` for a page language.
pub fn texts_file_name(lang: Lang) -> String {
    format!("search-{}-texts.bin", lang.code())
}

/// The two files of a page language, as [`Index::pack`] writes them.
pub struct Files {
    pub index: Vec<u8>,
    pub texts: Vec<u8>,
}

/// What both files begin with.
#[derive(Serialize, Deserialize)]
struct Head {
    format: u32,
    /// The page language whose texts the file carries (its code).
    lang: String,
    /// The same in both files of one build (a hash of the texts).
    stamp: u64,
}

#[derive(Serialize, Deserialize)]
struct Packed {
    head: Head,
    docs: Docs,
    terms: Terms,
    postings: Postings,
}

/// The documents, in columns.
#[derive(Serialize, Deserialize)]
struct Docs {
    kinds: Vec<DocKind>,
    pages: Vec<Page>,
    anchors: Vec<Option<String>>,
    titles_uk: Texts,
    titles_en: Texts,
    /// In the file's language only.
    metas: Texts,
    boosts: Vec<f32>,
}

#[derive(Serialize, Deserialize)]
struct PackedTexts {
    head: Head,
    /// Kept as bytes: only the few shown are checked to be UTF-8 ([`Bodies`]).
    bodies: Bodies,
}

/// The terms, sorted, each as the number of bytes it shares with the one before and the rest.
#[derive(Serialize, Deserialize)]
struct Terms {
    shared: Varints,
    rest: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Postings {
    /// Each list's first document, as the difference from the previous list's first (zigzag:
    /// either way). Lists of terms that sort together often begin in the same or nearby
    /// documents; first in the struct because it compresses best there.
    firsts: Varints,
    /// For each term, its list: the terms of one word (a stem, its transliteration, its forms)
    /// mostly share one, so each distinct list is stored once, numbered in the order of the
    /// terms that first use it: 0 for the next new list, and for one stored before, how many
    /// lists back it is (mostly a few: the terms sharing a list sort near each other).
    term_list: Varints,
    /// The distinct weights, the most used first.
    weights: Vec<f32>,
    /// Each document's own weights (one per field and their sums: a few), as indexes into
    /// `weights`, the most used first, in one run: how many each has, then all of them.
    doc_weight_lens: Varints,
    doc_weights: Varints,
    /// The lists: each one's length; then all documents after each list's first (as the
    /// difference from the one before in the list) and all weights (as indexes into the
    /// document's own), both LEB128, kept as they are for searching ([`Lists`]).
    lens: Varints,
    docs: Bytes,
    doc_weight: Bytes,
}

/// A run of bytes, copied out of the file in one go.
struct Bytes(Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Bytes, D::Error> {
        let bytes: &'de [u8] = Deserialize::deserialize(d)?;
        Ok(Bytes(bytes.to_vec()))
    }
}

/// Why a search file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnpackError {
    /// Not a search index of this version (an old file cached, or another file).
    Format(u32),
    /// Cut short or corrupt.
    Corrupt(String),
}

impl std::fmt::Display for UnpackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UnpackError::Format(v) => {
                write!(f, "search index format {v}, expected {FORMAT}")
            }
            UnpackError::Corrupt(why) => write!(f, "search index unreadable: {why}"),
        }
    }
}

/// A column of numbers, written as one run of LEB128 bytes and read back in one tight loop:
/// far faster than one serde call per number (the postings are millions at 10,000 acts).
#[derive(Default)]
struct Varints(Vec<u32>);

impl Serialize for Varints {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = Vec::with_capacity(self.0.len());
        for v in &self.0 {
            put_varint(&mut out, *v);
        }
        s.serialize_bytes(&out)
    }
}

impl<'de> Deserialize<'de> for Varints {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Varints, D::Error> {
        let bytes: &'de [u8] = Deserialize::deserialize(d)?;
        let mut out = Vec::with_capacity(bytes.len());
        let (mut v, mut shift) = (0u32, 0u32);
        for b in bytes {
            if shift > 28 {
                return Err(serde::de::Error::custom("a number is too long"));
            }
            v |= u32::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                out.push(v);
                (v, shift) = (0, 0);
            } else {
                shift += 7;
            }
        }
        if shift != 0 {
            return Err(serde::de::Error::custom("a number is cut short"));
        }
        Ok(Varints(out))
    }
}

/// A column of texts, written as one string and the byte length of each: one check that it
/// is UTF-8 and one copy, instead of one per text (the documents' texts are megabytes at
/// 10,000 acts).
#[derive(Default)]
struct Texts(Vec<String>);

impl Serialize for Texts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let lens = Varints(self.0.iter().map(|t| t.len() as u32).collect());
        (self.0.concat(), lens).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Texts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Texts, D::Error> {
        let (all, lens): (&'de str, Varints) = Deserialize::deserialize(d)?;
        let mut out = Vec::with_capacity(lens.0.len());
        let mut at = 0usize;
        for len in lens.0 {
            let end = at.saturating_add(len as usize);
            let text = all
                .get(at..end)
                .ok_or_else(|| serde::de::Error::custom("a text runs past its column"))?;
            out.push(text.to_string());
            at = end;
        }
        if at != all.len() {
            return Err(serde::de::Error::custom(
                "a column of texts has more than its texts",
            ));
        }
        Ok(Texts(out))
    }
}

/// The documents' bodies in one language, as read from the file: one run of bytes and where
/// each body ends. At 10,000 acts they are megabytes, nearly all never shown: checking them all
/// to be UTF-8 and copying each into a string of its own was most of the reading.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Bodies {
    lang: Lang,
    all: Vec<u8>,
    /// Where each body begins, and the end.
    at: Vec<u32>,
}

impl Bodies {
    fn of<'a>(lang: Lang, texts: impl Iterator<Item = &'a str>) -> Bodies {
        let (mut all, mut at) = (Vec::new(), vec![0]);
        for t in texts {
            all.extend_from_slice(t.as_bytes());
            at.push(all.len() as u32);
        }
        Bodies { lang, all, at }
    }

    /// None yet: every body reads as empty.
    pub(super) fn none(lang: Lang) -> Bodies {
        Bodies {
            lang,
            all: Vec::new(),
            at: vec![0],
        }
    }

    pub(super) fn count(&self) -> usize {
        self.at.len() - 1
    }

    /// A hash of the texts, the same for the same texts.
    fn stamp(&self) -> u64 {
        let mut h = crate::hash::fnv(&self.all);
        for at in &self.at {
            h = crate::hash::fnv_more(h, &at.to_le_bytes());
        }
        h
    }

    /// Document `doc`'s body for pages in `lang`: empty for another language, and for bytes
    /// that are not UTF-8 (a damaged file).
    pub(super) fn get(&self, doc: usize, lang: Lang) -> &str {
        let span = (self.at.get(doc).zip(self.at.get(doc + 1)))
            .filter(|_| lang == self.lang)
            .and_then(|(a, b)| self.all.get(*a as usize..*b as usize));
        span.and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("")
    }
}

impl Serialize for Bodies {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let lens = Varints(self.at.windows(2).map(|w| w[1] - w[0]).collect());
        (Bytes(self.all.clone()), lens).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Bodies {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Bodies, D::Error> {
        let (all, lens): (Bytes, Varints) = Deserialize::deserialize(d)?;
        let mut at = Vec::with_capacity(lens.0.len() + 1);
        at.push(0u32);
        let mut end = 0u32;
        for len in lens.0 {
            end = (end.checked_add(len))
                .ok_or_else(|| serde::de::Error::custom("a text runs past its column"))?;
            at.push(end);
        }
        if end as usize != all.0.len() {
            return Err(serde::de::Error::custom(
                "a column of texts differs from its texts in length",
            ));
        }
        // The language is the file's, set once it is known.
        Ok(Bodies {
            lang: Lang::Uk,
            all: all.0,
            at,
        })
    }
}

/// A signed step as an unsigned number, small either way: 0, -1, 1, -2, … as 0, 1, 2, 3, …
fn zigzag(v: i64) -> u32 {
    ((v << 1) ^ (v >> 63)) as u32
}

fn unzigzag(v: u32) -> i64 {
    i64::from(v >> 1) ^ -i64::from(v & 1)
}

fn corrupt(why: &str) -> UnpackError {
    UnpackError::Corrupt(why.to_string())
}

/// Cuts `flat` into consecutive runs of the given lengths.
fn runs<'a, T>(lens: &[u32], flat: &'a [T]) -> Result<Vec<&'a [T]>, UnpackError> {
    let mut out = Vec::with_capacity(lens.len());
    let mut at = 0usize;
    for len in lens {
        let end = at
            .checked_add(*len as usize)
            .filter(|e| *e <= flat.len())
            .ok_or_else(|| corrupt("a run is longer than its column"))?;
        out.push(&flat[at..end]);
        at = end;
    }
    if at != flat.len() {
        return Err(corrupt("a column is longer than its runs"));
    }
    Ok(out)
}

impl Docs {
    fn of(docs: &[Doc], lang: Lang) -> Docs {
        Docs {
            kinds: docs.iter().map(|d| d.kind).collect(),
            pages: docs.iter().map(|d| d.page.clone()).collect(),
            anchors: docs.iter().map(|d| d.anchor.clone()).collect(),
            titles_uk: Texts(docs.iter().map(|d| d.title.uk.clone()).collect()),
            titles_en: Texts(docs.iter().map(|d| d.title.en.clone()).collect()),
            metas: Texts(docs.iter().map(|d| d.meta.get(lang).to_string()).collect()),
            boosts: docs.iter().map(|d| d.boost).collect(),
        }
    }

    fn into_docs(self, lang: Lang) -> Result<Vec<Doc>, UnpackError> {
        let n = self.kinds.len();
        let lens = [
            self.pages.len(),
            self.anchors.len(),
            self.titles_uk.0.len(),
            self.titles_en.0.len(),
            self.metas.0.len(),
            self.boosts.len(),
        ];
        if lens.iter().any(|len| *len != n) {
            return Err(corrupt("the documents' columns differ in length"));
        }
        let columns = (self.kinds.into_iter().zip(self.pages).zip(self.anchors))
            .zip(self.titles_uk.0.into_iter().zip(self.titles_en.0))
            .zip(self.metas.0.into_iter().zip(self.boosts));
        let docs = columns
            .map(|((((kind, page), anchor), (uk, en)), (meta, boost))| Doc {
                kind,
                page,
                anchor,
                title: Text::new(uk, en),
                meta: Text::one(lang, meta),
                body: Text::default(),
                boost,
            })
            .collect();
        Ok(docs)
    }
}

impl Terms {
    fn of(terms: &[String]) -> Terms {
        let (mut shared, mut rest) = (Varints::default(), Vec::new());
        let mut prev = "";
        for t in terms {
            let common = (prev.char_indices().zip(t.chars()))
                .take_while(|((_, a), b)| a == b)
                .last()
                .map_or(0, |((i, a), _)| i + a.len_utf8());
            shared.0.push(common as u32);
            rest.push(t[common..].to_string());
            prev = t;
        }
        Terms { shared, rest }
    }

    fn into_terms(self) -> Result<Vec<String>, UnpackError> {
        if self.shared.0.len() != self.rest.len() {
            return Err(corrupt("the terms' columns differ in length"));
        }
        let mut terms: Vec<String> = Vec::with_capacity(self.rest.len());
        for (shared, rest) in self.shared.0.iter().zip(&self.rest) {
            let prev = terms.last().map_or("", String::as_str);
            let head = prev
                .get(..*shared as usize)
                .ok_or_else(|| corrupt("a term shares more than the one before has"))?;
            terms.push(format!("{head}{rest}"));
        }
        Ok(terms)
    }
}

impl Postings {
    fn of(index: &Index) -> Postings {
        let lists = &index.lists;
        // The lists are numbered in the order of the terms that first use them.
        let mut next = 0u32;
        let term_list = (index.term_list.iter())
            .map(|at| {
                if *at == next {
                    next += 1;
                    0
                } else {
                    next - at
                }
            })
            .collect();
        let mut prev = 0u32;
        let firsts = (lists.first.iter())
            .map(|f| {
                let step = zigzag(i64::from(*f) - i64::from(prev));
                prev = *f;
                step
            })
            .collect();
        Postings {
            firsts: Varints(firsts),
            term_list: Varints(term_list),
            weights: lists.weights.clone(),
            doc_weight_lens: Varints(lists.own.iter().map(|w| w.len() as u32).collect()),
            doc_weights: Varints(lists.own.iter().flatten().copied().collect()),
            lens: Varints(lists.lens.clone()),
            docs: Bytes(lists.docs.clone()),
            doc_weight: Bytes(lists.doc_weight.clone()),
        }
    }

    /// The terms' list numbers and the lists.
    fn into_lists(self, docs: usize) -> Result<(Vec<u32>, Lists), UnpackError> {
        let own = runs(&self.doc_weight_lens.0, &self.doc_weights.0)?
            .into_iter()
            .map(<[u32]>::to_vec)
            .collect();
        let mut prev = 0i64;
        let mut first = Vec::with_capacity(self.firsts.0.len());
        for step in &self.firsts.0 {
            prev += unzigzag(*step);
            first.push(u32::try_from(prev).map_err(|_| corrupt("a list begins out of range"))?);
        }
        let lists = Lists::from_parts(
            docs,
            self.weights,
            own,
            self.lens.0,
            first,
            self.docs.0,
            self.doc_weight.0,
        )
        .map_err(corrupt)?;
        let mut fresh = 0u32;
        let mut term_list = Vec::with_capacity(self.term_list.0.len());
        for back in &self.term_list.0 {
            let id = match back {
                0 => {
                    fresh += 1;
                    Some(fresh - 1)
                }
                back => fresh.checked_sub(*back),
            };
            match id {
                Some(id) if (id as usize) < lists.count() => term_list.push(id),
                _ => return Err(corrupt("a term names a list the index does not have")),
            }
        }
        Ok((term_list, lists))
    }
}

impl Head {
    /// Reads and checks the head of a file for pages in `lang`.
    fn read(bytes: &[u8], lang: Lang) -> Result<Head, UnpackError> {
        let format: u32 = postcard::take_from_bytes(bytes).map_or(0, |(v, _): (u32, _)| v);
        if format != FORMAT {
            return Err(UnpackError::Format(format));
        }
        let (head, _): (Head, _) =
            postcard::take_from_bytes(bytes).map_err(|e| UnpackError::Corrupt(e.to_string()))?;
        if head.lang != lang.code() {
            return Err(UnpackError::Corrupt(format!(
                "a file for pages in {:?}, not {:?}",
                head.lang,
                lang.code()
            )));
        }
        Ok(head)
    }
}

impl Index {
    /// The index and texts files for pages in `lang`.
    pub fn pack(&self, lang: Lang) -> Files {
        let bodies = Bodies::of(lang, (0..self.docs.len()).map(|d| self.body(d, lang)));
        let head = || Head {
            format: FORMAT,
            lang: lang.code().to_string(),
            stamp: bodies.stamp(),
        };
        let index = Packed {
            head: head(),
            docs: Docs::of(&self.docs, lang),
            terms: Terms::of(&self.terms),
            postings: Postings::of(self),
        };
        let index = postcard::to_allocvec(&index).expect("an index always serialises");
        let texts = PackedTexts {
            head: head(),
            bodies,
        };
        let texts = postcard::to_allocvec(&texts).expect("texts always serialise");
        Files { index, texts }
    }

    /// Reads an index file written by [`Index::pack`] for pages in `lang` (a file for the other
    /// language is refused). The documents' meta holds `lang` only; their bodies are empty
    /// until [`Index::read_texts`].
    pub fn unpack(bytes: &[u8], lang: Lang) -> Result<Index, UnpackError> {
        Head::read(bytes, lang)?;
        let p: Packed =
            postcard::from_bytes(bytes).map_err(|e| UnpackError::Corrupt(e.to_string()))?;
        let docs = p.docs.into_docs(lang)?;
        let terms = p.terms.into_terms()?;
        let (term_list, lists) = p.postings.into_lists(docs.len())?;
        if term_list.len() != terms.len() {
            return Err(corrupt("terms and postings differ in number"));
        }
        let boost = docs.iter().map(|d| d.boost).collect();
        Ok(Index {
            docs,
            bodies: Some((p.head.stamp, Bodies::none(lang))),
            terms,
            term_list,
            lists,
            boost,
        })
    }

    /// Adds the texts file of the index's build, for excerpts.
    pub fn read_texts(&mut self, bytes: &[u8]) -> Result<(), UnpackError> {
        let Some((stamp, bodies)) = &mut self.bodies else {
            return Ok(()); // an index built here has its texts
        };
        let head = Head::read(bytes, bodies.lang)?;
        if head.stamp != *stamp {
            return Err(corrupt("texts of another build than the index"));
        }
        let p: PackedTexts =
            postcard::from_bytes(bytes).map_err(|e| UnpackError::Corrupt(e.to_string()))?;
        if p.bodies.count() != self.docs.len() || p.bodies.stamp() != *stamp {
            return Err(corrupt("texts that do not match the index"));
        }
        *bodies = Bodies {
            lang: bodies.lang,
            ..p.bodies
        };
        Ok(())
    }

    /// True when excerpts can be shown: the texts are read (or the index was built here).
    pub fn has_texts(&self) -> bool {
        self.bodies
            .as_ref()
            .is_none_or(|(_, b)| b.count() == self.docs.len())
    }
}

#[cfg(test)]
mod tests {
    use super::{unzigzag, zigzag};

    #[test]
    fn steps_either_way_are_small_numbers_and_read_back() {
        let steps = [0i64, -1, 1, -2, 2, 300, -300, i64::from(u32::MAX >> 1)];
        let coded: Vec<u32> = steps.iter().map(|s| zigzag(*s)).collect();
        assert_eq!(&coded[..5], &[0, 1, 2, 3, 4]);
        for (s, c) in steps.iter().zip(&coded) {
            assert_eq!(unzigzag(*c), *s);
        }
    }
}
