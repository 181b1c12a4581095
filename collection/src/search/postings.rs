//! The postings lists as they are stored in the index file, and searched as they are: each
//! list's first document (kept in a column of its own), the others as LEB128 differences, and
//! its weights as LEB128 indexes into the document's own few weights, read while a query walks
//! the list. Reading the file therefore copies a few runs of bytes instead of building millions
//! of pairs (at 10,000 acts that was most of the time until search is ready), and the memory
//! held is the file's, not eight bytes per posting.

use super::List;
use std::collections::HashMap;

/// Appends `v` as LEB128.
pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads one LEB128 number from the front of `bytes`; `None` when cut short or too long.
fn take_varint(bytes: &mut &[u8]) -> Option<u32> {
    let (mut v, mut shift) = (0u32, 0u32);
    for (i, b) in bytes.iter().enumerate() {
        if shift > 28 {
            return None;
        }
        v |= u32::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            *bytes = &bytes[i + 1..];
            return Some(v);
        }
        shift += 7;
    }
    None
}

/// Where each of `lens.len()` runs of LEB128 numbers (the i-th `lens[i]` numbers long) begins
/// in `bytes`, and where the last ends; `None` unless the runs fill `bytes` exactly.
fn run_starts(lens: &[u32], bytes: &[u8]) -> Option<Vec<u32>> {
    let mut starts = Vec::with_capacity(lens.len() + 1);
    let (mut at, mut ends) = (0usize, bytes.iter().map(|b| b & 0x80 == 0));
    starts.push(0);
    for len in lens {
        for _ in 0..*len {
            // Each number ends at a byte below 0x80, at most five bytes on.
            let mut taken = 0;
            loop {
                taken += 1;
                if ends.next()? {
                    break;
                }
                if taken == 5 {
                    return None;
                }
            }
            at += taken;
        }
        starts.push(u32::try_from(at).ok()?);
    }
    (at == bytes.len()).then_some(starts)
}

/// The distinct postings lists of an index.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Lists {
    docs_count: u32,
    /// The distinct weights, the most used first.
    pub(crate) weights: Vec<f32>,
    /// Per document, its own weights (one per field and their sums: a few), as indexes into
    /// `weights`, the most used first.
    pub(crate) own: Vec<Vec<u32>>,
    /// The same, as values, flat: document `d`'s are `own_flat[own_at[d]..own_at[d + 1]]`.
    own_at: Vec<u32>,
    own_flat: Vec<f32>,
    /// Each list's length.
    pub(crate) lens: Vec<u32>,
    /// Each list's first document (0 for an empty list).
    pub(crate) first: Vec<u32>,
    /// All lists' documents after their first, each as the difference from the one before.
    pub(crate) docs: Vec<u8>,
    /// All lists' weights, as indexes into their document's own.
    pub(crate) doc_weight: Vec<u8>,
    /// Where each list begins in `docs` and in `doc_weight` (and the end).
    docs_at: Vec<u32>,
    weight_at: Vec<u32>,
}

/// Why stored lists cannot be read.
pub(crate) type Invalid = &'static str;

impl Lists {
    /// Encodes lists built in memory (documents ascending within each).
    pub(crate) fn of(lists: &[List], docs_count: usize) -> Lists {
        let bits = |w: &f32| w.to_bits();
        let mut uses: HashMap<u32, usize> = HashMap::new();
        let mut in_doc: Vec<HashMap<u32, usize>> = vec![HashMap::new(); docs_count];
        for (d, w) in lists.iter().flatten() {
            *uses.entry(bits(w)).or_default() += 1;
            *in_doc[*d as usize].entry(bits(w)).or_default() += 1;
        }
        // Most used first, then by value: the same table from the same index.
        let by_use = |m: &HashMap<u32, usize>| {
            let mut ws: Vec<u32> = m.keys().copied().collect();
            ws.sort_by(|a, b| {
                (m[b].cmp(&m[a])).then(f32::from_bits(*a).total_cmp(&f32::from_bits(*b)))
            });
            ws
        };
        let weights: Vec<u32> = by_use(&uses);
        let global: HashMap<u32, u32> = (weights.iter().enumerate())
            .map(|(i, w)| (*w, i as u32))
            .collect();
        let own_bits: Vec<Vec<u32>> = in_doc.iter().map(by_use).collect();
        let local: Vec<HashMap<u32, u32>> = (own_bits.iter())
            .map(|ws| ws.iter().enumerate().map(|(i, w)| (*w, i as u32)).collect())
            .collect();
        let (mut docs, mut doc_weight) = (Vec::new(), Vec::new());
        for list in lists {
            for pair in list.windows(2) {
                put_varint(&mut docs, pair[1].0 - pair[0].0);
            }
            for (d, w) in list {
                put_varint(&mut doc_weight, local[*d as usize][&bits(w)]);
            }
        }
        let own = own_bits
            .iter()
            .map(|ws| ws.iter().map(|w| global[w]).collect())
            .collect();
        Lists::from_parts(
            docs_count,
            weights.iter().map(|b| f32::from_bits(*b)).collect(),
            own,
            lists.iter().map(|l| l.len() as u32).collect(),
            lists.iter().map(|l| l.first().map_or(0, |p| p.0)).collect(),
            docs,
            doc_weight,
        )
        .expect("lists encoded here read back")
    }

    /// Lists from their stored columns, checked to fit together; a document number or weight
    /// that is out of range ends its list when searched (the file is not read twice over).
    pub(crate) fn from_parts(
        docs_count: usize,
        weights: Vec<f32>,
        own: Vec<Vec<u32>>,
        lens: Vec<u32>,
        first: Vec<u32>,
        docs: Vec<u8>,
        doc_weight: Vec<u8>,
    ) -> Result<Lists, Invalid> {
        if own.len() != docs_count {
            return Err("the documents' weights and the documents differ in number");
        }
        if first.len() != lens.len() {
            return Err("the lists' first documents and the lists differ in number");
        }
        let mut own_at = Vec::with_capacity(own.len() + 1);
        let mut own_flat = Vec::new();
        own_at.push(0);
        for ws in &own {
            for w in ws {
                let value = weights.get(*w as usize);
                own_flat.push(*value.ok_or("a document names a weight the index does not have")?);
            }
            own_at.push(own_flat.len() as u32);
        }
        let after_first: Vec<u32> = lens.iter().map(|l| l.saturating_sub(1)).collect();
        let docs_at = run_starts(&after_first, &docs)
            .ok_or("the lists' documents do not fit their lengths")?;
        let weight_at =
            run_starts(&lens, &doc_weight).ok_or("the lists' weights do not fit their lengths")?;
        Ok(Lists {
            docs_count: docs_count as u32,
            weights,
            own,
            own_at,
            own_flat,
            lens,
            first,
            docs,
            doc_weight,
            docs_at,
            weight_at,
        })
    }

    /// How many distinct lists.
    pub(crate) fn count(&self) -> usize {
        self.lens.len()
    }

    /// How many documents list `i` holds.
    pub(crate) fn len(&self, i: usize) -> usize {
        self.lens[i] as usize
    }

    /// List `i`: (document, weight), documents ascending.
    pub(crate) fn get(&self, i: usize) -> Postings<'_> {
        let span = |at: &[u32]| at[i] as usize..at[i + 1] as usize;
        Postings {
            lists: self,
            docs: &self.docs[span(&self.docs_at)],
            weights: &self.doc_weight[span(&self.weight_at)],
            doc: None,
            first: self.first[i],
        }
    }
}

/// One list being read.
pub(crate) struct Postings<'a> {
    lists: &'a Lists,
    docs: &'a [u8],
    weights: &'a [u8],
    /// The document last read; none before the first.
    doc: Option<u32>,
    first: u32,
}

impl Iterator for Postings<'_> {
    type Item = (u32, f32);

    fn next(&mut self) -> Option<(u32, f32)> {
        // A list has as many weights as documents: an empty one ends here.
        let w = take_varint(&mut self.weights)? as usize;
        let doc = match self.doc {
            None => self.first,
            Some(prev) => prev.checked_add(take_varint(&mut self.docs)?)?,
        };
        self.doc = Some(doc);
        let d = doc as usize;
        if doc >= self.lists.docs_count {
            return None;
        }
        let (from, to) = (
            self.lists.own_at[d] as usize,
            self.lists.own_at[d + 1] as usize,
        );
        let w = self
            .lists
            .own_flat
            .get(from + w)
            .filter(|_| from + w < to)?;
        Some((doc, *w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_back_as_they_were_built() {
        let built: Vec<List> = vec![
            vec![(0, 1.5), (3, 0.25), (200, 1.5)],
            vec![],
            vec![(7, 3.0)],
            vec![(1, 0.25), (2, 1.0), (300, 300.0)],
        ];
        let lists = Lists::of(&built, 301);
        assert_eq!(lists.count(), 4);
        for (i, list) in built.iter().enumerate() {
            assert_eq!(lists.len(i), list.len());
            assert_eq!(&lists.get(i).collect::<Vec<_>>(), list);
        }
    }

    #[test]
    fn stored_lists_that_do_not_fit_are_refused_and_bad_entries_end_a_list() {
        let ok = Lists::of(&[vec![(0, 1.0), (2, 2.0)]], 3);
        let parts = |lens: Vec<u32>, first: Vec<u32>, docs: Vec<u8>| {
            Lists::from_parts(
                3,
                ok.weights.clone(),
                ok.own.clone(),
                lens,
                first,
                docs,
                ok.doc_weight.clone(),
            )
        };
        assert_eq!(parts(vec![2], vec![0], ok.docs.clone()), Ok(ok.clone()));
        assert!(
            parts(vec![3], vec![0], ok.docs.clone()).is_err(),
            "longer than its bytes"
        );
        assert!(
            parts(vec![2], vec![0, 0], ok.docs.clone()).is_err(),
            "more first documents than lists"
        );
        assert!(
            parts(vec![2], vec![0], vec![0x80]).is_err(),
            "a number cut short"
        );
        assert!(
            parts(vec![2], vec![0], vec![0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]).is_err(),
            "too long"
        );
        // A document past the end: the list stops there rather than reading out of range.
        let past = parts(vec![2], vec![0], vec![9]).expect("fits its lengths");
        assert_eq!(past.get(0).collect::<Vec<_>>(), vec![(0, 1.0)]);
        let first_past = parts(vec![2], vec![7], vec![1]).expect("fits its lengths");
        assert_eq!(first_past.get(0).count(), 0);
        let unknown_weight = Lists::from_parts(
            3,
            ok.weights.clone(),
            vec![vec![0], vec![], vec![5]],
            vec![1],
            vec![2],
            vec![],
            vec![0],
        );
        assert!(unknown_weight.is_err());
    }
}
