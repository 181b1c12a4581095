//! `/{lang}/`: what the collection is, with an entry point to every section.

use crate::api;
use crate::components::{loaded, Local, PageHeading};
use collection::i18n;
use collection::model::SiteFile;
use collection::route::Page;
use collection::Lang;
use leptos::prelude::*;

#[component]
pub fn HomePage(lang: Lang) -> impl IntoView {
    let site = api::page_data(|| (), |_| api::load::<SiteFile>());
    view! {
        <PageHeading text=i18n::SITE_NAME.get(lang) lang=lang/>
        {loaded(lang, site, move |site| {
            let cards = site
                .sections
                .iter()
                .map(|s| {
                    let path = Page::Section(s.section).path(lang);
                    let title = i18n::section_nav(s.section).get(lang);
                    view! {
                        <li class="card">
                            <h3 class="card__title"><Local path=path>{title}</Local></h3>
                            <p>{s.summary.get(lang).to_string()}</p>
                        </li>
                    }
                })
                .collect_view();
            let about = site.about.iter().map(|p| view! { <p>{p.get(lang).to_string()}</p> }).collect_view();
            view! {
                <p class="lead">{site.lead.get(lang).to_string()}</p>
                <section aria-labelledby="sections-heading">
                    <h2 id="sections-heading">{i18n::HOME_SECTIONS.get(lang)}</h2>
                    <ul class="card-grid">{cards}</ul>
                </section>
                <section aria-labelledby="about-heading">
                    <h2 id="about-heading">{i18n::HOME_ABOUT.get(lang)}</h2>
                    {about}
                </section>
            }
        })}
    }
}
