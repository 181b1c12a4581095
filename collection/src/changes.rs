//! What is new in the collection: acts added, and acts whose status changed (amended,
//! repealed, expired, on their `status_date`), newest first. The home page lists the latest;
//! the Atom feeds (`/uk/feed.xml`, `/en/feed.xml`) carry more. Derived from `acts.json`, so an
//! editor records a change by editing the act, and nothing else.

use crate::date::Date;
use crate::model::{ActStatus, ActsFile};
use crate::IsoDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChangeKind {
    /// The act was added to the collection.
    Added,
    /// The act's status became this one.
    Status(ActStatus),
}

/// One change, to one act, on one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub date: IsoDate,
    pub act: String,
    pub kind: ChangeKind,
}

impl Change {
    /// A stable id for the change (the feed entry's id): act, kind and date.
    pub fn key(&self) -> String {
        let kind = match &self.kind {
            ChangeKind::Added => "added".to_string(),
            ChangeKind::Status(s) => crate::route::slug_of(s),
        };
        format!("{}/{kind}/{}", self.act, self.date.0)
    }
}

/// Every change, newest first; on the same date, status changes before additions, then the
/// most recently adopted act first, then by id (so the order never depends on the file's).
pub fn all(acts: &ActsFile) -> Vec<Change> {
    let mut out = Vec::new();
    for a in &acts.acts {
        out.push(Change {
            date: a.added.clone(),
            act: a.id.clone(),
            kind: ChangeKind::Added,
        });
        if let Some(d) = &a.status_date {
            if a.status != ActStatus::InForce {
                out.push(Change {
                    date: d.clone(),
                    act: a.id.clone(),
                    kind: ChangeKind::Status(a.status),
                });
            }
        }
    }
    let adopted = |id: &str| acts.act(id).and_then(|a| a.adopted.parse().ok());
    let sort_date = |d: &IsoDate| d.parse().ok();
    out.sort_by(|x, y| {
        sort_date(&y.date)
            .cmp(&sort_date(&x.date))
            .then_with(|| {
                matches!(y.kind, ChangeKind::Status(_))
                    .cmp(&matches!(x.kind, ChangeKind::Status(_)))
            })
            .then_with(|| adopted(&y.act).cmp(&adopted(&x.act)))
            .then_with(|| x.act.cmp(&y.act))
    });
    out
}

/// The newest `n` changes.
pub fn latest(acts: &ActsFile, n: usize) -> Vec<Change> {
    let mut v = all(acts);
    v.truncate(n);
    v
}

/// How fresh the collection is, as every page's footer says it: the newest evidence any
/// record was checked against, and the latest day a record was checked. The two are kept
/// apart because a check made in December against a copy of the law current to February
/// promises February, not December.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Freshness {
    pub evidence: IsoDate,
    pub checked: IsoDate,
}

fn newest<'a>(dates: impl Iterator<Item = &'a IsoDate>) -> Option<IsoDate> {
    dates
        .filter_map(|d| d.parse().ok().map(|p: Date| (p, d)))
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, d)| d.clone())
}

/// The collection's freshness; `None` when it has no act with a valid date.
pub fn freshness(acts: &ActsFile) -> Option<Freshness> {
    Some(Freshness {
        evidence: newest(acts.acts.iter().map(|a| &a.evidence))?,
        checked: newest(acts.acts.iter().map(|a| &a.checked))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acts() -> ActsFile {
        crate::fixture()
    }

    #[test]
    fn additions_and_status_changes_newest_first() {
        let mut acts = acts();
        acts.acts[0].added = IsoDate::new("2026-11-29");
        acts.acts[1].status = ActStatus::Amended;
        acts.acts[1].status_date = Some(IsoDate::new("2025-07-15"));
        let v = all(&acts);
        assert_eq!(v[0].act, acts.acts[0].id);
        assert_eq!(v[0].kind, ChangeKind::Added);
        let additions = v.iter().filter(|c| c.kind == ChangeKind::Added).count();
        assert_eq!(additions, acts.acts.len(), "one addition per act");
        let amended = v
            .iter()
            .find(|c| c.kind == ChangeKind::Status(ActStatus::Amended))
            .expect("the status change is listed");
        assert_eq!(
            (amended.act.as_str(), amended.date.as_str()),
            (acts.acts[1].id.as_str(), "2025-07-15")
        );
        for w in v.windows(2) {
            assert!(
                !w[0]
                    .date
                    .parse()
                    .unwrap()
                    .certainly_before(&w[1].date.parse().unwrap()),
                "{w:?}"
            );
        }
        assert_eq!(latest(&acts, 2).len(), 2);
        let keys: std::collections::BTreeSet<_> = v.iter().map(Change::key).collect();
        assert_eq!(keys.len(), v.len(), "every change has its own key");
    }

    #[test]
    fn freshness_is_the_newest_evidence_and_the_latest_check_apart() {
        let mut acts = acts();
        let f = freshness(&acts).expect("dated acts");
        assert_eq!(f.checked, IsoDate::new("2026-11-28"));
        assert_eq!(f.evidence, IsoDate::new("2026-02-21"));
        acts.acts[1].checked = IsoDate::new("2026-12-01");
        acts.acts[2].evidence = IsoDate::new("2026-04-10");
        let f = freshness(&acts).expect("dated acts");
        assert_eq!(
            (f.evidence.as_str(), f.checked.as_str()),
            ("2026-04-10", "2026-12-01")
        );
        for a in &mut acts.acts {
            a.evidence = IsoDate::new("not a date");
        }
        assert_eq!(freshness(&acts), None);
    }
}
