//! Where the collection's pages cite an act, so that the act's page can link back to them.

use crate::model::{AgenciesFile, CooperationFile, IbmFile, StrategyFile};
use crate::route::{Page, Section};

/// The pages that cite act `id`, in navigation order.
pub fn pages_citing(
    id: &str,
    ibm: &IbmFile,
    coop: &CooperationFile,
    agencies: &AgenciesFile,
    strategy: &StrategyFile,
) -> Vec<Page> {
    let mut pages = Vec::new();
    let has = |list: &[String]| list.iter().any(|x| x == id);
    if ibm.definitions.iter().any(|d| has(&d.acts)) || ibm.history.iter().any(|m| has(&m.acts)) {
        pages.push(Page::Section(Section::Ibm));
    }
    if coop.models.iter().any(|m| has(&m.acts)) {
        pages.push(Page::Section(Section::Cooperation));
    }
    for a in agencies.agencies.iter().filter(|a| has(&a.governing_acts)) {
        pages.push(Page::Agency(a.id.clone()));
    }
    let in_strategy = strategy.act == id
        || strategy.amendments.iter().any(|a| a.act == id)
        || strategy
            .action_plans
            .iter()
            .any(|p| p.act.as_deref() == Some(id))
        || strategy
            .next
            .as_ref()
            .is_some_and(|n| n.acts.iter().any(|a| a == id));
    if in_strategy {
        pages.push(Page::Section(Section::Strategy));
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::DataFile;

    fn load<T: DataFile>() -> T {
        crate::fixture()
    }

    #[test]
    fn finds_every_page_that_cites_an_act() {
        let (ibm, coop, agencies, strategy) = (load(), load(), load(), load());
        assert_eq!(
            pages_citing("ua-cmu-order-687-2019", &ibm, &coop, &agencies, &strategy),
            vec![
                Page::Section(Section::Ibm),
                Page::Section(Section::Strategy)
            ]
        );
        assert_eq!(
            pages_citing("ua-law-1777-xii", &ibm, &coop, &agencies, &strategy),
            vec![Page::Agency("sbgs".into())]
        );
        assert_eq!(
            pages_citing("ua-cmu-order-145-2021", &ibm, &coop, &agencies, &strategy),
            vec![Page::Section(Section::Strategy)]
        );
        assert!(pages_citing("nothing", &ibm, &coop, &agencies, &strategy).is_empty());
    }
}
