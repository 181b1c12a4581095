//! `/{lang}/cooperation`: the EU's three levels of cooperation and Ukraine's four, with
//! examples and the agencies involved.

use crate::api;
use crate::components::{agency_items, loaded, ActList, NamedSection, SectionHeading};
use collection::i18n;
use collection::model::{AgenciesFile, CooperationFile, Level};
use collection::route::Section;
use collection::Lang;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn CooperationPage(lang: Lang) -> impl IntoView {
    let data = api::page_data(
        || (),
        |_| async {
            let ((coop, agencies), acts) = futures::try_join!(
                api::load_both::<CooperationFile, AgenciesFile>(),
                api::load::<api::ActsIndex>()
            )?;
            let agencies = Arc::new(agencies.cited_in(&*coop));
            let acts = Arc::new(acts.cited_in(&*coop));
            Ok((coop, agencies, acts))
        },
    );
    view! {
        <SectionHeading section=Section::Cooperation lang=lang />
        {loaded(
            lang,
            data,
            move |(coop, agencies, acts)| {
                coop.models
                    .iter()
                    .map(|model| {
                        let levels = model
                            .levels
                            .iter()
                            .map(|level| level_section(level, &agencies, lang))
                            .collect_view();
                        let intro = model.intro.get(lang).to_string();
                        let (ids, acts) = (model.acts.clone(), acts.clone());
                        view! {
                            <NamedSection
                                id=format!("model-{}", model.id)
                                class="model"
                                heading=model.name.get(lang)
                            >
                                <p>{intro}</p>
                                <ActList ids=ids lang=lang acts=acts />
                                {levels}
                            </NamedSection>
                        }
                    })
                    .collect_view()
            },
        )}
        <crate::components::KeyTerms section=Section::Cooperation lang=lang />
    }
}

/// One cooperation level: what it is, examples, and the agencies involved (its id is the
/// anchor act and agency pages link to).
fn level_section(level: &Level, agencies: &Arc<AgenciesFile>, lang: Lang) -> impl IntoView {
    let examples = level
        .examples
        .iter()
        .map(|e| view! { <li>{e.get(lang).to_string()}</li> })
        .collect_view();
    let involved = agency_items(&level.agencies, agencies, lang);
    let has_agencies = !level.agencies.is_empty();
    view! {
        <section class="level" id=level.id.clone()>
            <h3>{level.name.get(lang).to_string()}</h3>
            <p>{level.description.get(lang).to_string()}</p>
            <h4>{i18n::EXAMPLES.get(lang)}</h4>
            <ul>{examples}</ul>
            {has_agencies
                .then(|| {
                    view! {
                        <h4>{i18n::AGENCIES_INVOLVED.get(lang)}</h4>
                        <ul class="inline-list">{involved}</ul>
                    }
                })}
        </section>
    }
}
