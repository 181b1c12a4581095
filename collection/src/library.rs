//! The legal library's view: its state as a URL query, and the pure logic behind the page —
//! filtering, facet counts, sorting and pagination. The page only renders what this returns.
//!
//! Query keys: `jurisdiction`, `type`, `issuer`, `status`, `agency`, `level`, `component` (of
//! the approximation map), `evidence` (the
//! year of the evidence a record states the act by), `from`, `to` (years adopted), `sort`
//! (`date`, the default, newest first; `title`, `added`, `checked` or `evidence`), `page`
//! (from 1). Unknown
//! keys and values that match nothing in the collection are ignored, so an old or hand-edited
//! link still opens a sensible view.

use crate::lang::collation_key;
use crate::model::{
    Act, ActStatus, ActType, ActsFile, AgenciesFile, ComponentsFile, CooperationFile, Jurisdiction,
};
use crate::route::{from_slug, slug_of};
use crate::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const PAGE_SIZE: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Sort {
    /// Newest first.
    #[default]
    Date,
    /// Alphabetical by title in the page's language.
    Title,
    /// Most recently added to the collection first.
    Added,
    /// Most recently checked against the official source first.
    Checked,
    /// Newest evidence first: the records that know the most recent changes.
    Evidence,
}

impl Sort {
    pub const ALL: [Sort; 5] = [
        Sort::Date,
        Sort::Title,
        Sort::Added,
        Sort::Checked,
        Sort::Evidence,
    ];

    /// The value in the query string (`sort=title`); the default has none.
    pub fn slug(self) -> &'static str {
        match self {
            Sort::Date => "date",
            Sort::Title => "title",
            Sort::Added => "added",
            Sort::Checked => "checked",
            Sort::Evidence => "evidence",
        }
    }

    pub fn from_slug(s: &str) -> Sort {
        Sort::ALL
            .into_iter()
            .find(|x| x.slug() == s)
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LibraryQuery {
    pub jurisdiction: Option<Jurisdiction>,
    pub kind: Option<ActType>,
    pub issuer: Option<String>,
    pub status: Option<ActStatus>,
    pub agency: Option<String>,
    pub level: Option<String>,
    /// A component of the approximation map (`data/components.json`).
    pub component: Option<String>,
    /// The year of the evidence a record states the act by.
    pub evidence: Option<u16>,
    pub from: Option<u16>,
    pub to: Option<u16>,
    pub sort: Sort,
    /// 1-based; clamped to the pages that exist when the view is computed.
    pub page: usize,
}

fn year(s: &str) -> Option<u16> {
    let y: u16 = s.trim().parse().ok()?;
    (1000..=2999).contains(&y).then_some(y)
}

fn is_id(s: &str) -> bool {
    crate::route::is_slug(s)
}

impl LibraryQuery {
    /// Reads the query from decoded key/value pairs. Values that do not parse are dropped;
    /// call [`LibraryQuery::normalized`] to also drop ids the collection does not have.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> LibraryQuery {
        let mut q = LibraryQuery {
            page: 1,
            ..Default::default()
        };
        for (k, v) in pairs {
            let v = v.trim();
            match k {
                "from" => q.from = year(v),
                "to" => q.to = year(v),
                "sort" => q.sort = Sort::from_slug(v),
                "page" => q.page = v.parse().ok().filter(|p| *p >= 1).unwrap_or(1),
                _ => {
                    if let Some(f) = Facet::LISTED.into_iter().find(|f| f.key() == k) {
                        q.set_value(f, Some(v));
                    }
                }
            }
        }
        q.set_years(q.from, q.to);
        q
    }

    /// Sets the year range, read the right way round whichever end was given first.
    pub fn set_years(&mut self, from: Option<u16>, to: Option<u16>) {
        (self.from, self.to) = match (from, to) {
            (Some(f), Some(t)) if f > t => (Some(t), Some(f)),
            other => other,
        };
    }

    /// Drops filter values that no act in the collection has.
    pub fn normalized(mut self, acts: &ActsFile) -> LibraryQuery {
        let any = |f: &dyn Fn(&Act) -> bool| acts.acts.iter().any(f);
        if let Some(i) = &self.issuer {
            if !any(&|a| &a.issuer == i) {
                self.issuer = None;
            }
        }
        if let Some(g) = &self.agency {
            if !any(&|a| a.agencies.contains(g)) {
                self.agency = None;
            }
        }
        if let Some(l) = &self.level {
            if !any(&|a| a.levels.contains(l)) {
                self.level = None;
            }
        }
        self
    }

    /// The query string, keys in a fixed order, defaults left out (`""` for the default view).
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<(&str, String)> = Facet::LISTED
            .into_iter()
            .filter_map(|f| Some((f.key(), self.value(f)?)))
            .collect();
        if let Some(f) = self.from {
            parts.push(("from", f.to_string()));
        }
        if let Some(t) = self.to {
            parts.push(("to", t.to_string()));
        }
        if self.sort != Sort::Date {
            parts.push(("sort", self.sort.slug().into()));
        }
        if self.page > 1 {
            parts.push(("page", self.page.to_string()));
        }
        parts
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The library's address for this query: `page_path` (`/uk/library`) with the query
    /// string, if any.
    pub fn href(&self, page_path: &str) -> String {
        let qs = self.to_query_string();
        if qs.is_empty() {
            page_path.to_string()
        } else {
            format!("{page_path}?{qs}")
        }
    }

    /// True when any filter is set (sorting and paging are not filters).
    pub fn is_filtered(&self) -> bool {
        self.active_filters() > 0
    }

    /// How many of the filters are set, as a reader sees them: one per facet, the years (from,
    /// to or both) counting as one.
    pub fn active_filters(&self) -> usize {
        let years = self.from.is_some() || self.to.is_some();
        Facet::LISTED
            .into_iter()
            .filter(|f| self.value(*f).is_some())
            .count()
            + usize::from(years)
    }

    /// A listed facet's value as the URL writes it (`type=law`); `None` when it is not set,
    /// and for [`Facet::Years`], which has two keys of its own.
    pub fn value(&self, facet: Facet) -> Option<String> {
        match facet {
            Facet::Jurisdiction => self.jurisdiction.map(|j| slug_of(&j)),
            Facet::Kind => self.kind.map(|k| slug_of(&k)),
            Facet::Issuer => self.issuer.clone(),
            Facet::Status => self.status.map(|s| slug_of(&s)),
            Facet::Agency => self.agency.clone(),
            Facet::Level => self.level.clone(),
            Facet::Component => self.component.clone(),
            Facet::Evidence => self.evidence.map(|y| y.to_string()),
            Facet::Years => None,
        }
    }

    /// Sets a listed facet from its URL value; a value that does not parse, or `None`, clears
    /// it. Does nothing for [`Facet::Years`] (see [`LibraryQuery::set_years`]).
    pub fn set_value(&mut self, facet: Facet, value: Option<&str>) {
        let id = || value.filter(|v| is_id(v)).map(str::to_string);
        match facet {
            Facet::Jurisdiction => self.jurisdiction = value.and_then(from_slug),
            Facet::Kind => self.kind = value.and_then(from_slug),
            Facet::Issuer => self.issuer = id(),
            Facet::Status => self.status = value.and_then(from_slug),
            Facet::Agency => self.agency = id(),
            Facet::Level => self.level = id(),
            Facet::Component => self.component = id(),
            Facet::Evidence => self.evidence = value.and_then(year),
            Facet::Years => {}
        }
    }

    /// The same query with the filters cleared (sort kept), back on page 1.
    pub fn cleared(&self) -> LibraryQuery {
        LibraryQuery {
            sort: self.sort,
            page: 1,
            ..Default::default()
        }
    }
}

/// The facets a query can filter by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Jurisdiction,
    Kind,
    Issuer,
    Status,
    Agency,
    Level,
    Component,
    Evidence,
    Years,
}

impl Facet {
    /// The facets chosen from a list of values, in the order the page shows them.
    pub const LISTED: [Facet; 8] = [
        Facet::Jurisdiction,
        Facet::Kind,
        Facet::Issuer,
        Facet::Status,
        Facet::Agency,
        Facet::Level,
        Facet::Component,
        Facet::Evidence,
    ];

    /// The query key, which is also the filter's form field (`from` for the years).
    pub fn key(self) -> &'static str {
        match self {
            Facet::Jurisdiction => "jurisdiction",
            Facet::Kind => "type",
            Facet::Issuer => "issuer",
            Facet::Status => "status",
            Facet::Agency => "agency",
            Facet::Level => "level",
            Facet::Component => "component",
            Facet::Evidence => "evidence",
            Facet::Years => "from",
        }
    }
}

/// Which components of the approximation map each act serves (act id → component ids, in the
/// map's order): what the `component` filter reads. Empty when the map is not loaded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Served(BTreeMap<String, Vec<String>>);

impl Served {
    /// Read from the map: the acts each component lists on either side, and the Ukrainian acts
    /// whose relations align them with its EU acts ([`crate::model::Component::ua_act_ids`]).
    pub fn from_map(map: &ComponentsFile, acts: &ActsFile) -> Served {
        let mut by_act: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for c in &map.components {
            let ids = c
                .ua_act_ids(acts)
                .into_iter()
                .chain(c.eu_acts.iter().map(String::as_str));
            for id in ids {
                let list = by_act.entry(id.to_string()).or_default();
                if !list.contains(&c.id) {
                    list.push(c.id.clone());
                }
            }
        }
        Served(by_act)
    }

    /// The components an act serves.
    pub fn of(&self, act: &str) -> &[String] {
        self.0.get(act).map_or(&[], Vec::as_slice)
    }
}

fn matches(act: &Act, q: &LibraryQuery, served: &Served, except: Option<Facet>) -> bool {
    let on = |f: Facet| except != Some(f);
    if on(Facet::Component)
        && q.component
            .as_ref()
            .is_some_and(|c| !served.of(&act.id).contains(c))
    {
        return false;
    }
    if on(Facet::Jurisdiction) && q.jurisdiction.is_some_and(|j| act.jurisdiction != j) {
        return false;
    }
    if on(Facet::Kind) && q.kind.is_some_and(|k| act.kind != k) {
        return false;
    }
    if on(Facet::Issuer) && q.issuer.as_ref().is_some_and(|i| &act.issuer != i) {
        return false;
    }
    if on(Facet::Status) && q.status.is_some_and(|s| act.status != s) {
        return false;
    }
    if on(Facet::Agency) && q.agency.as_ref().is_some_and(|g| !act.agencies.contains(g)) {
        return false;
    }
    if on(Facet::Level) && q.level.as_ref().is_some_and(|l| !act.levels.contains(l)) {
        return false;
    }
    if on(Facet::Evidence) && q.evidence.is_some_and(|y| act.evidence.year() != Some(y)) {
        return false;
    }
    if on(Facet::Years) && (q.from.is_some() || q.to.is_some()) {
        let Some(y) = act.adopted.year() else {
            return false;
        };
        if q.from.is_some_and(|f| y < f) || q.to.is_some_and(|t| y > t) {
            return false;
        }
    }
    true
}

/// Counts for each value of one facet, over the acts that match every *other* active filter —
/// so each count says how many results choosing that value would give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCounts<T> {
    pub values: Vec<(T, usize)>,
}

impl<T: PartialEq> FacetCounts<T> {
    pub fn count(&self, v: &T) -> usize {
        self.values
            .iter()
            .find(|(x, _)| x == v)
            .map(|(_, n)| *n)
            .unwrap_or(0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    pub jurisdiction: FacetCounts<Jurisdiction>,
    pub kind: FacetCounts<ActType>,
    pub issuer: FacetCounts<String>,
    pub status: FacetCounts<ActStatus>,
    pub agency: FacetCounts<String>,
    pub level: FacetCounts<String>,
    /// Components of the approximation map.
    pub component: FacetCounts<String>,
    /// Years of the evidence, newest first.
    pub evidence: FacetCounts<u16>,
    /// Earliest and latest year of adoption in the whole collection.
    pub years: Option<(u16, u16)>,
}

/// A [`LibraryView`] that owns its acts, so that a page can keep it and read it from several
/// places without computing the view again — and carry it in the pre-rendered page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnedView {
    pub items: Vec<Act>,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub facets: Facets,
}

impl LibraryView<'_> {
    pub fn to_owned_view(&self) -> OwnedView {
        OwnedView {
            items: self.items.iter().map(|a| (*a).clone()).collect(),
            total: self.total,
            page: self.page,
            pages: self.pages,
            facets: self.facets.clone(),
        }
    }
}

pub struct LibraryView<'a> {
    /// The acts on the current page, in order.
    pub items: Vec<&'a Act>,
    /// All acts matching the filters.
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub facets: Facets,
}

fn counts<'a, T: Ord + Clone>(
    (acts, served): (&'a [Act], &Served),
    q: &LibraryQuery,
    facet: Facet,
    values: impl Fn(&'a Act) -> Vec<T>,
) -> FacetCounts<T> {
    let mut all: BTreeMap<T, usize> = BTreeMap::new();
    for a in acts {
        let hit = matches(a, q, served, Some(facet));
        for v in values(a) {
            *all.entry(v).or_insert(0) += usize::from(hit);
        }
    }
    FacetCounts {
        values: all.into_iter().collect(),
    }
}

/// Every act the query's filters select, in the query's order (all pages): what an export of
/// the current view contains.
pub fn filtered<'a>(acts: &'a ActsFile, q: &LibraryQuery, lang: Lang) -> Vec<&'a Act> {
    filtered_served(acts, &Served::default(), q, lang)
}

/// [`filtered`], with the map's components for the `component` filter.
pub fn filtered_served<'a>(
    acts: &'a ActsFile,
    served: &Served,
    q: &LibraryQuery,
    lang: Lang,
) -> Vec<&'a Act> {
    let mut items: Vec<&Act> = acts
        .acts
        .iter()
        .filter(|a| matches(a, q, served, None))
        .collect();
    let newest_adopted = |a: &Act, b: &Act| {
        let (da, db) = (a.adopted.parse().ok(), b.adopted.parse().ok());
        db.cmp(&da).then_with(|| a.id.cmp(&b.id))
    };
    let newest = |x: &crate::IsoDate, y: &crate::IsoDate| y.parse().ok().cmp(&x.parse().ok());
    match q.sort {
        Sort::Date => items.sort_by(|a, b| newest_adopted(a, b)),
        Sort::Added => {
            items.sort_by(|a, b| newest(&a.added, &b.added).then_with(|| newest_adopted(a, b)))
        }
        Sort::Checked => {
            items.sort_by(|a, b| newest(&a.checked, &b.checked).then_with(|| newest_adopted(a, b)))
        }
        Sort::Evidence => items
            .sort_by(|a, b| newest(&a.evidence, &b.evidence).then_with(|| newest_adopted(a, b))),
        Sort::Title => items.sort_by_cached_key(|a| {
            (
                collation_key(a.display_title().get(lang), lang),
                a.id.clone(),
            )
        }),
    }
    items
}

/// Computes the page for a query: filtered, sorted, paginated, with facet counts.
pub fn view<'a>(acts: &'a ActsFile, q: &LibraryQuery, lang: Lang) -> LibraryView<'a> {
    view_served(acts, &Served::default(), q, lang)
}

/// [`view`], with the map's components for the `component` filter and its counts.
pub fn view_served<'a>(
    acts: &'a ActsFile,
    served: &Served,
    q: &LibraryQuery,
    lang: Lang,
) -> LibraryView<'a> {
    let items = filtered_served(acts, served, q, lang);
    let list = (acts.acts.as_slice(), served);
    let total = items.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = q.page.clamp(1, pages);
    let items = items
        .into_iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .collect();
    let years = acts
        .acts
        .iter()
        .filter_map(|a| a.adopted.year())
        .fold(None, |acc: Option<(u16, u16)>, y| {
            Some(acc.map_or((y, y), |(lo, hi)| (lo.min(y), hi.max(y))))
        });
    let facets = Facets {
        jurisdiction: counts(list, q, Facet::Jurisdiction, |a| vec![a.jurisdiction]),
        kind: counts(list, q, Facet::Kind, |a| vec![a.kind]),
        issuer: counts(list, q, Facet::Issuer, |a| vec![a.issuer.clone()]),
        status: counts(list, q, Facet::Status, |a| vec![a.status]),
        agency: counts(list, q, Facet::Agency, |a| a.agencies.clone()),
        level: counts(list, q, Facet::Level, |a| a.levels.clone()),
        component: counts(list, q, Facet::Component, |a| served.of(&a.id).to_vec()),
        evidence: {
            let mut c = counts(list, q, Facet::Evidence, |a| {
                a.evidence.year().into_iter().collect()
            });
            c.values.reverse();
            c
        },
        years,
    };
    LibraryView {
        items,
        total,
        page,
        pages,
        facets,
    }
}

/// Something a filter offers, by id, with its name (and, for agencies, its abbreviation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Named {
    pub id: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abbreviation: Option<Text>,
}

/// What the library page shows for a query: the page of results (each act in outline), the
/// facet counts, and the names the filters and result cards need, all in the page's language
/// only. Computed from the files in one step, so that a pre-rendered page can carry exactly
/// this.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shown {
    /// The query as applied: ids the collection does not have are dropped.
    pub query: LibraryQuery,
    pub view: OwnedView,
    pub issuers: Vec<Named>,
    pub agencies: Vec<Named>,
    pub levels: Vec<Named>,
    /// The map's components that serve any act, in the map's order.
    pub components: Vec<Named>,
}

impl Shown {
    pub fn compute(
        acts: &ActsFile,
        (agencies, coop, map): (&AgenciesFile, &CooperationFile, &ComponentsFile),
        query: LibraryQuery,
        lang: Lang,
    ) -> Shown {
        let served = Served::from_map(map, acts);
        let mut query = query.normalized(acts);
        if query
            .component
            .as_ref()
            .is_some_and(|c| map.component(c).is_none())
        {
            query.component = None;
        }
        let mut view = self::view_served(acts, &served, &query, lang).to_owned_view();
        view.items = view.items.iter().map(|a| a.outline_in(lang)).collect();
        let f = &view.facets;
        let named = |id: &str, name: &Text| Named {
            id: id.to_string(),
            name: name.only(lang),
            abbreviation: None,
        };
        let issuers = acts
            .issuers
            .iter()
            .filter(|i| f.issuer.values.iter().any(|(id, _)| id == &i.id))
            .map(|i| named(&i.id, &i.name))
            .collect();
        let agencies = agencies
            .agencies
            .iter()
            .filter(|a| f.agency.values.iter().any(|(id, _)| id == &a.id))
            .map(|a| Named {
                abbreviation: Some(a.abbreviation.only(lang)),
                ..named(&a.id, &a.name)
            })
            .collect();
        let levels = coop
            .levels()
            .filter(|l| f.level.values.iter().any(|(id, _)| id == &l.id))
            .map(|l| named(&l.id, &l.name))
            .collect();
        let components = map
            .components
            .iter()
            .filter(|c| f.component.values.iter().any(|(id, _)| id == &c.id))
            .map(|c| named(&c.id, &c.name))
            .collect();
        Shown {
            query,
            view,
            issuers,
            agencies,
            levels,
            components,
        }
    }

    /// An issuer's name, for a result card.
    pub fn issuer(&self, id: &str) -> Option<&Text> {
        self.issuers.iter().find(|i| i.id == id).map(|i| &i.name)
    }
}

// Tests may be longer than the app's functions: a fixture reads best as one list.
#[cfg(test)]
#[allow(clippy::too_many_lines)]
mod tests;
