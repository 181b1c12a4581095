//! `/{lang}/`: what the collection is, with an entry point to every section and what is new.

use crate::api;
use crate::components::{loaded, Local, PageHeading};
use collection::changes::{self, Change, ChangeKind};
use collection::i18n;
use collection::model::SiteFile;
use collection::route::{Page, Section};
use collection::{Lang, LoadError, Text};
use leptos::prelude::*;
use std::sync::Arc;

/// How many changes the home page lists.
const NEWS: usize = 8;

/// A change, with the act's title in both languages.
type News = Vec<(Change, Text)>;

async fn load() -> Result<(Arc<SiteFile>, News), LoadError> {
    let (site, acts) = api::load_both::<SiteFile, api::ActsIndex>().await?;
    let news = changes::latest(&acts, NEWS)
        .into_iter()
        .filter_map(|c| {
            let title = acts.act(&c.act)?.display_title().clone();
            Some((c, title))
        })
        .collect();
    Ok((site, news))
}

#[component]
pub fn HomePage(lang: Lang) -> impl IntoView {
    let data = api::page_data(|| (), |_| load());
    view! {
        <PageHeading text=i18n::SITE_NAME.get(lang) lang=lang />
        {loaded(
            lang,
            data,
            move |(site, news)| {
                let cards = site
                    .sections
                    .iter()
                    .map(|s| {
                        let path = Page::Section(s.section).path(lang);
                        let title = i18n::section_nav(s.section).get(lang);
                        view! {
                            <li class="card">
                                <h3 class="card__title">
                                    <Local path=path>{title}</Local>
                                </h3>
                                <p>{s.summary.get(lang).to_string()}</p>
                            </li>
                        }
                    })
                    .collect_view();
                let about = site
                    .about
                    .iter()
                    .map(|p| view! { <p>{p.get(lang).to_string()}</p> })
                    .collect_view();
                view! {
                    <p class="lead">{site.lead.get(lang).to_string()}</p>
                    <section aria-labelledby="sections-heading">
                        <h2 id="sections-heading">{i18n::HOME_SECTIONS.get(lang)}</h2>
                        <ul class="card-grid">{cards}</ul>
                    </section>
                    <WhatsNew lang=lang news=news />
                    <section aria-labelledby="about-heading">
                        <h2 id="about-heading">{i18n::HOME_ABOUT.get(lang)}</h2>
                        {about}
                    </section>
                }
            },
        )}
    }
}

/// The latest additions and status changes, dated, each linking to its act.
#[component]
fn WhatsNew(lang: Lang, news: News) -> impl IntoView {
    let items = news
        .into_iter()
        .map(|(c, title)| {
            let what = match &c.kind {
                ChangeKind::Added => i18n::CHANGE_ADDED.get(lang).to_string(),
                ChangeKind::Status(s) => {
                    format!("{}: {}", i18n::CHANGE_STATUS.get(lang), s.label().get(lang))
                }
            };
            view! {
                <li class="news__item">
                    <time datetime=c.date.as_str().to_string()>{c.date.format(lang)}</time>
                    " · "
                    <span class="news__what">{what}</span>
                    " — "
                    <Local path=Page::Act(c.act.clone())
                        .path(lang)>{title.get(lang).to_string()}</Local>
                </li>
            }
        })
        .collect_view();
    let all = format!("{}?sort=added", Page::Section(Section::Library).path(lang));
    view! {
        <section class="news" aria-labelledby="news-heading">
            <h2 id="news-heading">{i18n::HOME_NEWS.get(lang)}</h2>
            <ul class="news__list">{items}</ul>
            <p>
                <Local path=all>{i18n::HOME_NEWS_MORE.get(lang)}</Local>
            </p>
        </section>
    }
}
