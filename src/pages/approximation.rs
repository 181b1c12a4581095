//! `/{lang}/approximation`: the approximation map — the fifteen components of European
//! integrated border management (Regulation (EU) 2019/1896, Art. 3) beside Ukraine's acts, the
//! agencies responsible, the Strategy's goals and what the European Commission has said.
//!
//! Everything comes from `data/components.json` and the library: a Ukrainian act whose
//! relations say it aligns with or implements one of a component's EU acts shows here without
//! being written into the map ([`Component::aligned`]).

use crate::api;
use crate::components::{
    agency_items, anchor_items, loaded, ActRef, ExternalLink, Local, NamedSection, SectionHeading,
};
use collection::i18n;
use collection::ids;
use collection::model::{
    ActsFile, AgenciesFile, Claim, Component, ComponentsFile, CooperationFile, RelationKind,
    StrategyFile,
};
use collection::route::{Page, Section};
use collection::{Lang, LoadError, Text};
use leptos::either::Either;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A Ukrainian act on the map through its relations: (act, relation, the component's EU act).
type Aligned = (String, RelationKind, String);

/// What the map shows, in the page's language: the components, for each the Ukrainian acts
/// aligned with its acquis that it does not list, the acts it cites (as citations), every
/// agency (the matrix has a column for each), and the names of levels and goals.
#[derive(Clone, Serialize, Deserialize)]
struct MapData {
    map: Arc<ComponentsFile>,
    aligned: Arc<Vec<Vec<Aligned>>>,
    acts: Arc<ActsFile>,
    agencies: Arc<AgenciesFile>,
    levels: Vec<(String, Text)>,
    goals: Vec<(u32, Text)>,
}

async fn load(lang: Lang) -> Result<MapData, LoadError> {
    let ((map, index), ((agencies, coop), strategy)) = futures::try_join!(
        api::load_both::<ComponentsFile, api::ActsIndex>(),
        futures::future::try_join(
            api::load_both::<AgenciesFile, CooperationFile>(),
            api::load::<StrategyFile>()
        )
    )?;
    let shown = collection::subset::strings_in(&*map);
    let aligned: Vec<Vec<Aligned>> = map
        .components
        .iter()
        .map(|c| {
            (c.aligned_unlisted(&index).into_iter())
                .map(|(ua, kind, eu)| (ua.to_string(), kind, eu.to_string()))
                .collect()
        })
        .collect();
    let extra = |id: &str| aligned.iter().flatten().any(|(ua, _, _)| ua == id);
    let acts = index
        .only(|id| shown.contains(id) || extra(id))
        .citations_in(lang);
    let levels = coop
        .levels()
        .filter(|l| shown.contains(&l.id))
        .map(|l| (l.id.clone(), l.name.clone()))
        .collect();
    let goals = strategy
        .goals
        .iter()
        .filter(|g| map.components.iter().any(|c| c.goals.contains(&g.number)))
        .map(|g| (g.number, g.title.clone()))
        .collect();
    Ok(MapData {
        map: Arc::new(map.in_lang(lang)),
        aligned: Arc::new(aligned),
        acts: Arc::new(acts),
        agencies: Arc::new(agencies.names_in(lang)),
        levels,
        goals,
    })
}

#[component]
pub fn ApproximationPage(lang: Lang) -> impl IntoView {
    let data = api::page_data(|| (), move |_| load(lang));
    view! {
        <SectionHeading section=Section::Approximation lang=lang />
        {loaded(
            lang,
            data,
            move |d| {
                let parts = (d.map.components.iter().zip(d.aligned.iter()))
                    .map(|(c, aligned)| {
                        let aligned = aligned.clone();
                        view! {
                            <ComponentPart c=c.clone() aligned=aligned d=d.clone() lang=lang />
                        }
                    })
                    .collect_view();
                view! {
                    <p>{i18n::APPROXIMATION_HOW.get(lang)}</p>
                    <Downloads lang=lang />
                    <Matrix d=d.clone() lang=lang />
                    {parts}
                }
            },
        )}
        <crate::components::KeyTerms section=Section::Approximation lang=lang />
    }
}

/// The map as files to take away, written by the build (`cargo xtask build`).
#[component]
fn Downloads(lang: Lang) -> impl IntoView {
    let file = collection::export::map_file;
    view! {
        <p class="downloads">
            {i18n::APPROXIMATION_DOWNLOAD.get(lang)} ": "
            <a href=file("csv") download="approximation.csv">
                "CSV"
            </a> " · " <a href=file("json") download="approximation.json">
                "JSON"
            </a>
        </p>
    }
}

/// The name a component goes by on the page: its point of Art. 3(1) and its name.
fn title(c: &Component, lang: Lang) -> String {
    match c.article.strip_prefix("3(1)") {
        Some(point) => format!("{point} {}", c.name.get(lang)),
        None => c.name.get(lang).to_string(),
    }
}

/// Components × agencies, with how many acts each side has: the map at a glance. It scrolls
/// inside its own box on a narrow screen (a focusable region, so the keyboard can scroll it).
#[component]
fn Matrix(d: MapData, lang: Lang) -> impl IntoView {
    let agencies = d.agencies.agencies.clone();
    let heads = agencies
        .iter()
        .map(|a| {
            let name = a.name.get(lang).to_string();
            view! {
                <th scope="col" class="matrix__agency">
                    <abbr title=name>{a.abbreviation.get(lang).to_string()}</abbr>
                </th>
            }
        })
        .collect_view();
    let rows = (d.map.components.iter().zip(d.aligned.iter()))
        .map(|(c, aligned)| matrix_row(c, aligned.len(), &d, lang))
        .collect_view();
    let caption = i18n::APPROXIMATION_MATRIX.get(lang);
    view! {
        <h2 id="matrix">{caption}</h2>
        <p class="muted">{i18n::APPROXIMATION_MATRIX_NOTE.get(lang)}</p>
        <div class="table-scroll" role="region" aria-labelledby="matrix" tabindex="0">
            <table class="matrix">
                <thead>
                    <tr>
                        <th scope="col">{i18n::APPROXIMATION_COMPONENT.get(lang)}</th>
                        {heads}
                        <th scope="col">{i18n::APPROXIMATION_UA_ACTS.get(lang)}</th>
                        <th scope="col">{i18n::APPROXIMATION_EU_ACTS.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn matrix_row(c: &Component, aligned: usize, d: &MapData, lang: Lang) -> impl IntoView {
    let here = Page::Section(Section::Approximation);
    let cells = d
        .agencies
        .agencies
        .iter()
        .map(|a| {
            let mark = c.agencies.contains(&a.id).then(|| {
                let path = Page::Agency(a.id.clone()).path(lang);
                view! {
                    <Local path=path>
                        <span aria-hidden="true">"●"</span>
                        <span class="visually-hidden">
                            {i18n::APPROXIMATION_RESPONSIBLE.get(lang)}
                        </span>
                    </Local>
                }
            });
            view! { <td class="matrix__mark">{mark}</td> }
        })
        .collect_view();
    let ua = (c.ua_acts.len() + aligned).to_string();
    let eu = c.eu_acts.len().to_string();
    let anchor = here.anchored(lang, &c.id);
    let name = title(c, lang);
    view! {
        <tr>
            <th scope="row">
                <Local path=anchor.clone()>{name}</Local>
            </th>
            {cells}
            <td class="matrix__count">
                <Local path=anchor.clone()>{ua}</Local>
            </td>
            <td class="matrix__count">
                <Local path=anchor>{eu}</Local>
            </td>
        </tr>
    }
}

/// One component: its words, Ukraine's side, the EU side, gaps and assessments.
#[component]
fn ComponentPart(c: Component, aligned: Vec<Aligned>, d: MapData, lang: Lang) -> impl IntoView {
    let article = format!("{}{}", i18n::APPROXIMATION_ARTICLE.get(lang), c.article);
    let overarching = c
        .is_overarching()
        .then(|| view! { <p class="tag">{i18n::APPROXIMATION_OVERARCHING.get(lang)}</p> });
    view! {
        <NamedSection id=c.id.clone() class="component" heading=title(&c, lang)>
            {overarching}
            <Wording c=c.clone() source=d.map.wording_source.clone() article=article lang=lang />
            <UkraineSide c=c.clone() aligned=aligned d=d.clone() lang=lang />
            <h3>{i18n::APPROXIMATION_EU_SIDE.get(lang)}</h3>
            <ul class="act-list">
                {c
                    .eu_acts
                    .iter()
                    .map(|id| {
                        view! {
                            <li>
                                <ActRef id=id.clone() lang=lang acts=d.acts.clone() />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <Claims
                heading=i18n::APPROXIMATION_GAPS
                none=i18n::APPROXIMATION_NO_GAPS
                claims=c.gaps.clone()
                lang=lang
            />
            <Claims
                heading=i18n::APPROXIMATION_ASSESSMENTS
                none=i18n::APPROXIMATION_NO_ASSESSMENTS
                claims=c.assessments.clone()
                lang=lang
            />
        </NamedSection>
    }
}

/// The Regulation's words in English, and the collection's Ukrainian translation (the page's
/// language first); or, where the words were not checked, a link to the Regulation instead.
#[component]
fn Wording(c: Component, source: String, article: String, lang: Lang) -> impl IntoView {
    let Some(w) = c.wording else {
        return Either::Right(view! {
            <p class="muted">
                {article} ". " {i18n::APPROXIMATION_NO_WORDING.get(lang)} " "
                <ExternalLink href=source lang=lang>
                    {i18n::APPROXIMATION_REGULATION_LINK.get(lang)}
                </ExternalLink>
            </p>
        });
    };
    let uk_label = if c.wording_uk_official {
        i18n::OFFICIAL_TRANSLATION
    } else {
        i18n::APPROXIMATION_WORDING_UK
    };
    let en_label = format!("{} — {article}", i18n::APPROXIMATION_WORDING_EN.get(lang));
    let en = quote(w.en, Lang::En, en_label, Some(source));
    let uk = quote(w.uk, Lang::Uk, uk_label.get(lang).to_string(), None);
    let (first, second) = match lang {
        Lang::Uk => (uk, en),
        Lang::En => (en, uk),
    };
    Either::Left(view! {
        {first}
        {second}
    })
}

/// A quotation in its language, with what it is under it.
fn quote(text: String, lang: Lang, caption: String, cite: Option<String>) -> impl IntoView {
    view! {
        <figure class="wording">
            <blockquote lang=lang.code() cite=cite>
                <p>{text}</p>
            </blockquote>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}

/// Ukraine's acts (listed with why, then those aligned through their relations), the agencies
/// responsible, the cooperation levels and the Strategy's goals.
#[component]
fn UkraineSide(c: Component, aligned: Vec<Aligned>, d: MapData, lang: Lang) -> impl IntoView {
    let listed = c.ua_acts.iter().map(|l| {
        let at = l.at.as_ref().map(|at| format!(", {}", at.get(lang)));
        view! {
            <li>
                <ActRef id=l.act.clone() lang=lang acts=d.acts.clone() />
                {at}
                <p class="act-list__why">{l.why.get(lang).to_string()}</p>
            </li>
        }
    });
    let aligned = aligned
        .into_iter()
        .map(|(ua, kind, eu)| {
            let how = match kind {
                RelationKind::Implements => i18n::APPROXIMATION_IMPLEMENTS,
                _ => i18n::APPROXIMATION_ALIGNED,
            };
            let path = Page::Act(eu.clone()).path(lang);
            let eu = d
                .acts
                .act(&eu)
                .map(|a| a.citation(lang))
                .unwrap_or_default();
            view! {
                <li>
                    <ActRef id=ua lang=lang acts=d.acts.clone() />
                    <p class="act-list__why">{how.get(lang)} " " <Local path=path>{eu}</Local></p>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let list = if c.ua_acts.is_empty() && aligned.is_empty() {
        Either::Left(view! { <p>{i18n::APPROXIMATION_NO_UA_ACTS.get(lang)}</p> })
    } else {
        Either::Right(view! { <ul class="act-list">{listed.collect_view()} {aligned}</ul> })
    };
    view! {
        <h3>{i18n::APPROXIMATION_UA_SIDE.get(lang)}</h3>
        {list}
        <Responsible c=c d=d lang=lang />
    }
}

/// The agencies, levels and goals of a component, each list only when it has items.
#[component]
fn Responsible(c: Component, d: MapData, lang: Lang) -> impl IntoView {
    let levels: Vec<(String, Text)> = d
        .levels
        .iter()
        .filter(|(id, _)| c.levels.contains(id))
        .cloned()
        .collect();
    let goals = d
        .goals
        .iter()
        .filter(|(n, _)| c.goals.contains(n))
        .map(|(n, t)| {
            let path = Page::Section(Section::Strategy).anchored(lang, &ids::goal(*n));
            let text = format!("{} {n}. {}", i18n::STRATEGY_GOAL.get(lang), t.get(lang));
            view! {
                <li>
                    <Local path=path>{text}</Local>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let cooperation = Page::Section(Section::Cooperation);
    view! {
        {(!c.agencies.is_empty())
            .then(|| {
                view! {
                    <h3>{i18n::APPROXIMATION_AGENCIES.get(lang)}</h3>
                    <ul>{agency_items(&c.agencies, &d.agencies, lang)}</ul>
                }
            })}
        {(!levels.is_empty())
            .then(|| {
                view! {
                    <h3>{i18n::APPROXIMATION_LEVELS.get(lang)}</h3>
                    <ul>{anchor_items(&cooperation, levels, lang)}</ul>
                }
            })}
        {(!goals.is_empty())
            .then(|| {
                view! {
                    <h3>{i18n::APPROXIMATION_GOALS.get(lang)}</h3>
                    <ul>{goals}</ul>
                }
            })}
    }
}

/// Gaps or assessments, each with the document that says so; or the plain statement that
/// none was found.
#[component]
fn Claims(heading: i18n::Msg, none: i18n::Msg, claims: Vec<Claim>, lang: Lang) -> impl IntoView {
    let body = if claims.is_empty() {
        Either::Left(view! { <p class="muted">{none.get(lang)}</p> })
    } else {
        let items = claims
            .into_iter()
            .map(|claim| {
                let date = claim.source.date.format(lang);
                let datetime = claim.source.date.as_str().to_string();
                view! {
                    <li>
                        <p>{claim.text.get(lang).to_string()}</p>
                        <p class="claim__source">
                            {i18n::APPROXIMATION_SOURCE.get(lang)} ": "
                            <ExternalLink href=claim.source.url lang=lang>
                                <span lang="en">{claim.source.title}</span>
                            </ExternalLink> ", " <time datetime=datetime>{date}</time>
                        </p>
                    </li>
                }
            })
            .collect_view();
        Either::Right(view! { <ul class="claims">{items}</ul> })
    };
    view! {
        <h3>{heading.get(lang)}</h3>
        {body}
    }
}

/// The components a page's act or agency serves, by id and name, for [`ServedComponents`].
pub type Served = Vec<(String, Text)>;

/// Names and ids of components, in the map's order.
pub fn served<'a>(components: impl IntoIterator<Item = &'a Component>) -> Served {
    components
        .into_iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect()
}

/// "Components of European IBM" on an act's or an agency's page: each links to its part of
/// the map. Nothing when there are none.
#[component]
pub fn ServedComponents(items: Served, lang: Lang) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let items = anchor_items(&Page::Section(Section::Approximation), items, lang);
        view! {
            <h2>{i18n::APPROXIMATION_SERVES.get(lang)}</h2>
            <ul>{items}</ul>
        }
    })
}
