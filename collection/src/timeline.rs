//! The legal framework through time: acts grouped by year of adoption, for the timeline page.

use crate::model::{Act, ActsFile, Jurisdiction};

/// The first year shown on its own; older instruments (the 1944 Chicago Convention, the 1951
/// Refugee Convention, …) are grouped before it.
pub const FIRST_YEAR: u16 = 1991;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    /// Everything adopted before [`FIRST_YEAR`].
    Before,
    Year(u16),
}

#[derive(Debug)]
pub struct YearGroup<'a> {
    pub bucket: Bucket,
    /// Oldest first within the year.
    pub acts: Vec<&'a Act>,
}

impl YearGroup<'_> {
    pub fn count(&self, j: Jurisdiction) -> usize {
        self.acts.iter().filter(|a| a.jurisdiction == j).count()
    }
}

/// One group per year from [`FIRST_YEAR`] to the latest year with an act (empty years
/// included, so the axis is continuous), preceded by the "before" group when it has acts.
pub fn timeline(acts: &ActsFile, jurisdiction: Option<Jurisdiction>) -> Vec<YearGroup<'_>> {
    let mut dated: Vec<(crate::date::Date, &Act)> = acts
        .acts
        .iter()
        .filter(|a| jurisdiction.is_none_or(|j| a.jurisdiction == j))
        .filter_map(|a| a.adopted.parse().ok().map(|d| (d, a)))
        .collect();
    dated.sort_by(|(da, a), (db, b)| da.cmp(db).then_with(|| a.id.cmp(&b.id)));
    let last = dated
        .iter()
        .map(|(d, _)| d.year)
        .max()
        .unwrap_or(FIRST_YEAR)
        .max(FIRST_YEAR);
    let mut groups = Vec::new();
    let before: Vec<&Act> = dated
        .iter()
        .filter(|(d, _)| d.year < FIRST_YEAR)
        .map(|(_, a)| *a)
        .collect();
    if !before.is_empty() {
        groups.push(YearGroup {
            bucket: Bucket::Before,
            acts: before,
        });
    }
    for y in FIRST_YEAR..=last {
        let acts = dated
            .iter()
            .filter(|(d, _)| d.year == y)
            .map(|(_, a)| *a)
            .collect();
        groups.push(YearGroup {
            bucket: Bucket::Year(y),
            acts,
        });
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acts() -> ActsFile {
        crate::fixture()
    }

    #[test]
    fn groups_by_year_with_a_continuous_axis() {
        let acts = acts();
        let t = timeline(&acts, None);
        assert_eq!(t.first().unwrap().bucket, Bucket::Year(1991));
        assert_eq!(t.last().unwrap().bucket, Bucket::Year(2021));
        assert_eq!(t.len(), 2021 - 1991 + 1);
        let y2019 = t.iter().find(|g| g.bucket == Bucket::Year(2019)).unwrap();
        assert_eq!(y2019.acts.len(), 1);
        assert_eq!(y2019.count(Jurisdiction::Ua), 1);
        assert_eq!(
            t.iter().map(|g| g.acts.len()).sum::<usize>(),
            acts.acts.len()
        );
    }

    #[test]
    fn filters_by_jurisdiction_and_groups_older_acts() {
        let mut acts = acts();
        let mut old = acts.acts[3].clone();
        old.id = "intl-chicago-1944".into();
        old.jurisdiction = Jurisdiction::Intl;
        old.adopted = crate::IsoDate::new("1944-12-07");
        acts.acts.push(old);
        let t = timeline(&acts, Some(Jurisdiction::Intl));
        assert_eq!(t[0].bucket, Bucket::Before);
        assert_eq!(t[0].acts.len(), 1);
        assert_eq!(t.iter().map(|g| g.acts.len()).sum::<usize>(), 1);
        let eu = timeline(&acts, Some(Jurisdiction::Eu));
        assert_eq!(eu.iter().map(|g| g.acts.len()).sum::<usize>(), 1);
    }
}
