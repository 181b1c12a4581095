//! `/{lang}/contact`: "leave a word". Validation in the GOV.UK manner (an error summary that
//! takes focus and links to each field, messages at the fields); the draft survives reloads
//! until it is sent; sending posts to the endpoint in `data/site.json` when one is set, and
//! otherwise opens the reader's mail program with everything filled in.

use crate::api;
use crate::components::{loaded_with_heading, PageHeading};
use collection::contact::{ContactForm, Field};
use collection::i18n::{self, Msg};
use collection::model::SiteFile;
use collection::Lang;
use leptos::either::{Either, EitherOf3};
use leptos::html::Div;
use leptos::prelude::*;

const DRAFT_KEY: &str = "ibm-collection-contact-draft";

fn load_draft() -> ContactForm {
    crate::dom::local_storage()
        .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn save_draft(f: &ContactForm) {
    if let (Some(s), Ok(t)) = (crate::dom::local_storage(), serde_json::to_string(f)) {
        let _ = s.set_item(DRAFT_KEY, &t);
    }
}

fn clear_draft() {
    if let Some(s) = crate::dom::local_storage() {
        let _ = s.remove_item(DRAFT_KEY);
    }
}

#[derive(Clone, PartialEq)]
enum Outcome {
    None,
    MailOpened(String),
    Sent,
    Failed,
}

fn label(f: Field) -> Msg {
    match f {
        Field::Name => i18n::CONTACT_NAME,
        Field::Email => i18n::CONTACT_EMAIL,
        Field::Subject => i18n::CONTACT_SUBJECT,
        Field::Message => i18n::CONTACT_MESSAGE,
    }
}

fn hint(f: Field) -> Option<Msg> {
    match f {
        Field::Email => Some(i18n::CONTACT_EMAIL_HINT),
        Field::Message => Some(i18n::CONTACT_MESSAGE_HINT),
        _ => None,
    }
}

#[component]
pub fn ContactPage(lang: Lang) -> impl IntoView {
    let site = api::page_data(
        || (),
        |_| async { Ok(api::load::<SiteFile>().await?.contact().cloned()) },
    );
    loaded_with_heading(lang, site, i18n::CONTACT_TITLE, move |contact| {
        // Without an address there is no contact page (the build leaves it out).
        let Some(contact) = contact else {
            return Either::Left(view! { <crate::components::NotFoundPage lang=lang /> });
        };
        Either::Right(view! {
            <PageHeading
                text=i18n::CONTACT_TITLE.get(lang)
                lang=lang
                description=i18n::CONTACT_LEAD.get(lang)
            />
            <p class="lead">{i18n::CONTACT_LEAD.get(lang)}</p>
            <ContactForm lang=lang email=contact.email endpoint=contact.endpoint />
        })
    })
}

#[component]
fn ContactForm(lang: Lang, email: Option<String>, endpoint: Option<String>) -> impl IntoView {
    // The draft is the reader's own: restored after the first render, which the pre-rendered
    // page was made from.
    let form = RwSignal::new(ContactForm::default());
    Effect::new(move |_| form.set(load_draft()));
    let errors = RwSignal::new(Vec::<(Field, Msg)>::new());
    let outcome = RwSignal::new(Outcome::None);
    let sending = RwSignal::new(false);
    let summary = NodeRef::<Div>::new();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let f = form.get_untracked();
        let errs = f.errors();
        errors.set(errs.clone());
        if !errs.is_empty() {
            outcome.set(Outcome::None);
            // Focus the summary once it is in the page.
            request_animation_frame(move || {
                if let Some(s) = summary.get_untracked() {
                    let _ = s.focus();
                }
            });
            return;
        }
        if let Some(url) = endpoint.clone() {
            sending.set(true);
            leptos::task::spawn_local(async move {
                let ok = api::post_json(&url, &f).await;
                sending.set(false);
                if ok {
                    clear_draft();
                    form.set(ContactForm::default());
                    outcome.set(Outcome::Sent);
                } else {
                    outcome.set(Outcome::Failed);
                }
            });
        } else if let Some(to) = email.clone() {
            let link = f.mailto(&to);
            clear_draft();
            outcome.set(Outcome::MailOpened(link.clone()));
            crate::dom::open_url(&link);
        }
    };

    view! {
        <ErrorSummary errors=errors summary=summary lang=lang />
        <OutcomeNotice outcome=outcome lang=lang />
        <form class="contact-form" novalidate on:submit=on_submit>
            {Field::ALL
                .into_iter()
                .map(|f| view! { <FormField f=f form=form errors=errors lang=lang /> })
                .collect_view()}
            <button type="submit" class="button" disabled=move || sending.get()>
                {i18n::CONTACT_SEND.get(lang)}
            </button>
        </form>
    }
}

/// One field: its label, hint, error (linked with `aria-describedby`) and input; typing
/// updates the form and saves the draft.
#[component]
fn FormField(
    f: Field,
    form: RwSignal<ContactForm>,
    errors: RwSignal<Vec<(Field, Msg)>>,
    lang: Lang,
) -> impl IntoView {
    let id = f.id();
    let err = move || error_of(errors, f);
    view! {
        <div class=move || if err().is_some() { "field field--error" } else { "field" }>
            <label for=id>{label(f).get(lang)}</label>
            {hint(f)
                .map(|h| {
                    view! {
                        <p class="field__hint" id=format!("{id}-hint")>
                            {h.get(lang)}
                        </p>
                    }
                })}
            {move || {
                err()
                    .map(|m| {
                        view! {
                            <p class="field__error" id=format!("{id}-error")>
                                <span class="visually-hidden">
                                    {i18n::CONTACT_ERROR_PREFIX.get(lang)}" "
                                </span>
                                {m.get(lang)}
                            </p>
                        }
                    })
            }}
            <FieldInput f=f form=form errors=errors />
        </div>
    }
}

/// The problem with field `f`, if any.
fn error_of(errors: RwSignal<Vec<(Field, Msg)>>, f: Field) -> Option<Msg> {
    errors
        .get()
        .into_iter()
        .find(|(x, _)| *x == f)
        .map(|(_, m)| m)
}

/// A field's input (a textarea for the message), described by its hint and its error.
#[component]
fn FieldInput(
    f: Field,
    form: RwSignal<ContactForm>,
    errors: RwSignal<Vec<(Field, Msg)>>,
) -> impl IntoView {
    let id = f.id();
    let err = move || error_of(errors, f);
    let described = move || {
        let mut ids = Vec::new();
        if hint(f).is_some() {
            ids.push(format!("{id}-hint"));
        }
        if err().is_some() {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        form.update(|x| x.set(f, v));
        save_draft(&form.get_untracked());
    };
    let value = move || form.with(|x| x.get(f).to_string());
    match f {
        Field::Message => Either::Left(view! {
            <textarea
                id=id
                name=id
                rows="8"
                aria-invalid=move || err().is_some().then_some("true")
                aria-describedby=described
                prop:value=value
                on:input=on_input
            ></textarea>
        }),
        _ => Either::Right(view! {
            <input
                id=id
                name=id
                type=if f == Field::Email { "email" } else { "text" }
                autocomplete=match f {
                    Field::Name => "name",
                    Field::Email => "email",
                    _ => "off",
                }
                spellcheck=if f == Field::Email { "false" } else { "true" }
                aria-invalid=move || err().is_some().then_some("true")
                aria-describedby=described
                prop:value=value
                on:input=on_input
            />
        }),
    }
}

/// The GOV.UK error summary: every problem, each a link to its field; focused when shown.
#[component]
fn ErrorSummary(
    errors: RwSignal<Vec<(Field, Msg)>>,
    summary: NodeRef<Div>,
    lang: Lang,
) -> impl IntoView {
    view! {
        {move || {
            (!errors.get().is_empty())
                .then(|| {
                    let items = errors
                        .get()
                        .into_iter()
                        .map(|(f, m)| {
                            view! {
                                <li>
                                    <a
                                        href=format!("#{}", f.id())
                                        on:click=crate::dom::jump_to(f.id())
                                    >
                                        {m.get(lang)}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <div
                            class="error-summary"
                            role="alert"
                            tabindex="-1"
                            node_ref=summary
                            aria-labelledby="error-summary-title"
                        >
                            <h2 id="error-summary-title" class="error-summary__title">
                                {i18n::CONTACT_ERRORS.get(lang)}
                            </h2>
                            <ul>{items}</ul>
                        </div>
                    }
                })
        }}
    }
}

/// What became of the message: sent, failed, or handed to the mail program.
#[component]
fn OutcomeNotice(outcome: RwSignal<Outcome>, lang: Lang) -> impl IntoView {
    view! {
        {move || match outcome.get() {
            Outcome::None => None,
            Outcome::Sent => {
                Some(
                    EitherOf3::A(
                        view! {
                            <p class="notice notice--success" role="status">
                                {i18n::CONTACT_SENT.get(lang)}
                            </p>
                        },
                    ),
                )
            }
            Outcome::Failed => {
                Some(
                    EitherOf3::B(
                        view! {
                            <p class="notice notice--offline" role="alert">
                                {i18n::CONTACT_SEND_FAILED.get(lang)}
                            </p>
                        },
                    ),
                )
            }
            Outcome::MailOpened(link) => {
                Some(
                    EitherOf3::C(
                        view! {
                            <p class="notice notice--success" role="status">
                                {i18n::CONTACT_MAIL_OPENED.get(lang)}
                                " "
                                <a class="contact-mailto" href=link>
                                    {i18n::CONTACT_MAIL_LINK.get(lang)}
                                </a>
                            </p>
                        },
                    ),
                )
            }
        }}
    }
}
