//! `/{lang}/glossary`: the terms in the alphabetical order of the page's language, with a
//! letter index; each term has an anchor (`#readmission`) that search results and section
//! pages link to.

use crate::api;
use crate::components::{loaded, ActRef, Local, SectionHeading};
use crate::frame::use_frame;
use collection::i18n;
use collection::lang::collation_key;
use collection::model::{ActsFile, GlossaryFile, Term};
use collection::route::{Page, Section};
use collection::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// The letter a term is filed under. In Ukrainian, terms written in Latin letters (EES,
/// Frontex) share one "A–Z" heading after the Cyrillic letters, so that a Latin E is not
/// mistaken for a second Cyrillic Е.
fn initial(t: &Term, lang: Lang) -> String {
    let c = t
        .term
        .get(lang)
        .chars()
        .find(|c| c.is_alphanumeric())
        .unwrap_or(' ');
    if lang == Lang::Uk && c.is_ascii_alphabetic() {
        return "A–Z".into();
    }
    c.to_uppercase().collect()
}

/// The anchor id for a letter heading.
fn letter_id(l: &str) -> String {
    if l == "A–Z" {
        "letter-latin".into()
    } else {
        format!("letter-{l}")
    }
}

/// Terms sorted in the language's alphabet.
pub fn sorted(g: &GlossaryFile, lang: Lang) -> Vec<&Term> {
    let mut v: Vec<&Term> = g.terms.iter().collect();
    v.sort_by_cached_key(|t| collation_key(t.term.get(lang), lang));
    v
}

#[component]
pub fn GlossaryPage(lang: Lang) -> impl IntoView {
    let data = api::page_data(|| (), |_| api::with_cited_acts::<GlossaryFile>());
    let frame = use_frame();
    Effect::new(move |_| {
        if data.with(|d| matches!(d, Some(Ok(_)))) {
            crate::dom::scroll_to_fragment();
        }
    });
    view! {
        <SectionHeading section=Section::Glossary lang=lang lead=i18n::GLOSSARY_LEAD />
        {loaded(
            lang,
            data,
            move |(g, acts)| {
                let terms = sorted(&g, lang);
                let mut letters: Vec<String> = terms.iter().map(|t| initial(t, lang)).collect();
                letters.dedup();
                let index = letters
                    .iter()
                    .map(|l| {
                        let href = frame
                            .href(&Page::Section(Section::Glossary).anchored(lang, &letter_id(l)));
                        // The page's own address: a bare "#letter" would resolve against <base href>.
                        view! {
                            <li>
                                <a href=href on:click=crate::dom::jump_to(letter_id(l))>
                                    {l.clone()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                let mut last = String::new();
                let entries = terms
                    .into_iter()
                    .map(|t| {
                        let l = initial(t, lang);
                        let heading = (l != last)
                            .then(|| {
                                view! {
                                    <h2 class="glossary__letter" id=letter_id(&l)>
                                        {l.clone()}
                                    </h2>
                                }
                            });
                        last = l;
                        view! {
                            {heading}
                            <TermEntry
                                term=t.clone()
                                glossary=g.clone()
                                acts=acts.clone()
                                lang=lang
                            />
                        }
                    })
                    .collect_view();
                view! {
                    <nav class="letters" aria-label=i18n::GLOSSARY_LETTERS.get(lang)>
                        <ul>{index}</ul>
                    </nav>
                    <div class="glossary">{entries}</div>
                }
            },
        )}
    }
}

#[component]
fn TermEntry(
    term: Term,
    glossary: Arc<GlossaryFile>,
    acts: Arc<ActsFile>,
    lang: Lang,
) -> impl IntoView {
    let other = lang.other();
    let see_also = term
        .see_also
        .iter()
        .filter_map(|id| glossary.term(id))
        .map(|t| {
            let name = t.term.get(lang).to_string();
            let path = Page::Section(Section::Glossary).anchored(lang, &t.id);
            view! {
                <li>
                    <Local path=path>{name}</Local>
                </li>
            }
        })
        .collect_view();
    let acts_list = term
        .acts
        .iter()
        .map(|id| {
            view! {
                <li>
                    <ActRef id=id.clone() lang=lang acts=acts.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="term" id=term.id.clone() aria-labelledby=format!("{}-name", term.id)>
            <h3 id=format!("{}-name", term.id) class="term__name">
                {term.term.get(lang).to_string()}
            </h3>
            <p class="term__other">
                {i18n::GLOSSARY_OTHER_LANG.get(lang)}": "
                <span lang=other.code()>{term.term.get(other).to_string()}</span>
            </p>
            <p>{term.definition.get(lang).to_string()}</p>
            {term
                .source_line(&acts, lang)
                .map(|s| view! { <p class="term__source">{i18n::SOURCE.get(lang)}": "{s}</p> })}
            {(!term.acts.is_empty()).then(|| view! { <ul class="act-list">{acts_list}</ul> })}
            {(!term.see_also.is_empty())
                .then(|| {
                    view! {
                        <p class="term__see">{i18n::GLOSSARY_SEE_ALSO.get(lang)}":"</p>
                        <ul class="inline-list">{see_also}</ul>
                    }
                })}
        </section>
    }
}
