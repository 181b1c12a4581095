//! "Leave a message": validation messages, the draft surviving reloads, sending by email or to
//! an endpoint; with no address configured, no contact page or link at all.

use collection::contact::Field;
use collection::i18n;
use e2e::{dist, Browser, Site};

/// `data/site.json` of the build with a `contact` value.
fn site_json_with(contact: serde_json::Value) -> String {
    let text = std::fs::read_to_string(dist().join("data/site.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["contact"] = contact;
    v.to_string()
}

/// A copy of the build whose `site.json` has `contact(site)` as its contact, with the contact
/// pages pre-rendered again (the address is part of the build), served.
async fn site_with(name: &str, contact: impl FnOnce(&Site) -> serde_json::Value) -> Site {
    let copy = e2e::copy_of(&dist(), name);
    let site = Site::start(copy.clone(), "").await;
    std::fs::write(copy.join("data/site.json"), site_json_with(contact(&site))).unwrap();
    // The address is part of the build: the contact pages, and the footers that link to them.
    e2e::prerender_only(&copy, "/", &["/uk/contact", "/en/contact", "/uk/", "/en/"]);
    site
}

async fn type_into(b: &Browser, f: Field, text: &str) {
    b.click(&format!("#{}", f.id())).await;
    b.press(text).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_form_validates_keeps_a_draft_and_opens_a_filled_email() {
    let site = site_with(
        "dist-contact-email",
        |_| serde_json::json!({ "email": "info@example.org" }),
    )
    .await;
    let b = Browser::start("uk").await;
    assert_eq!(
        b.open(&site.url("/uk/contact")).await,
        i18n::CONTACT_TITLE.uk
    );

    // Sending an empty form: an error summary takes focus and links to every field.
    b.click(".contact-form button[type=submit]").await;
    b.wait_for(
        "document.querySelector('.error-summary') !== null",
        "the error summary",
    )
    .await;
    b.wait_for(
        "document.activeElement.classList.contains('error-summary')",
        "focus on the summary",
    )
    .await;
    assert_eq!(b.count(".error-summary li a").await, 4);
    assert_eq!(b.count("[aria-invalid=true]").await, 4);
    assert!(b
        .text(".error-summary")
        .await
        .contains(i18n::CONTACT_NAME_MISSING.uk));
    let described = b
        .eval_str("document.querySelector('#contact-name').getAttribute('aria-describedby')")
        .await;
    assert_eq!(described, "contact-name-error");
    b.click(".error-summary li a").await;
    assert_eq!(
        b.eval_str("document.activeElement.id").await,
        "contact-name"
    );

    // A wrong email address gets its own message.
    type_into(&b, Field::Name, "Олена").await;
    type_into(&b, Field::Email, "olena at example").await;
    type_into(&b, Field::Subject, "Питання").await;
    b.click(".contact-form button[type=submit]").await;
    b.wait_for(
        "document.querySelectorAll('.error-summary li').length === 2",
        "two remaining errors",
    )
    .await;
    assert!(b
        .text(".error-summary")
        .await
        .contains(i18n::CONTACT_EMAIL_INVALID.uk));

    // The draft survives a reload.
    b.client.refresh().await.unwrap();
    b.wait_page().await;
    b.wait_for(
        "document.querySelector('#contact-name') !== null",
        "the form",
    )
    .await;
    assert_eq!(
        b.eval_str("document.querySelector('#contact-name').value")
            .await,
        "Олена"
    );
    assert_eq!(
        b.eval_str("document.querySelector('#contact-subject').value")
            .await,
        "Питання"
    );

    // Correct and send: a filled-in email, and the draft is gone.
    b.set_value("#contact-email", "").await;
    type_into(&b, Field::Email, "olena@example.org").await;
    type_into(
        &b,
        Field::Message,
        "Де знайти чинну редакцію Закону 1777-XII?",
    )
    .await;
    b.click(".contact-form button[type=submit]").await;
    b.wait_for(
        "document.querySelector('.contact-mailto') !== null",
        "the email link",
    )
    .await;
    let href = b
        .eval_str("document.querySelector('.contact-mailto').getAttribute('href')")
        .await;
    assert!(
        href.starts_with("mailto:info@example.org?subject="),
        "{href}"
    );
    assert!(href.contains(&collection::route::encode_query_value("Питання")));
    assert!(href.contains("1777-XII"));
    assert_eq!(
        b.eval("localStorage.getItem('ibm-collection-contact-draft')")
            .await,
        serde_json::Value::Null
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_an_endpoint_the_form_posts_and_confirms() {
    let site = site_with(
        "dist-contact-endpoint",
        |site| serde_json::json!({ "endpoint": site.url("/api/contact") }),
    )
    .await;
    site.set_override("/api/contact", 200, "{\"ok\": true}");
    let b = Browser::start("en").await;
    b.open(&site.url("/en/contact")).await;
    type_into(&b, Field::Name, "Anna").await;
    type_into(&b, Field::Email, "anna@example.org").await;
    type_into(&b, Field::Subject, "Readmission").await;
    type_into(&b, Field::Message, "Is the 2007 agreement still in force?").await;
    b.click(".contact-form button[type=submit]").await;
    b.wait_for(
        "document.querySelector('.notice--success') !== null",
        "the confirmation",
    )
    .await;
    assert_eq!(b.text(".notice--success").await, i18n::CONTACT_SENT.en);
    assert_eq!(
        b.eval_str("document.querySelector('#contact-name').value")
            .await,
        ""
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_address_there_is_no_contact_page_or_link() {
    let site = site_with("dist-contact-none", |_| serde_json::Value::Null).await;
    let b = Browser::start("en").await;
    assert_eq!(b.open(&site.url("/en/")).await, i18n::SITE_NAME.en);
    assert_eq!(b.count("a[href$='/contact']").await, 0, "no link to it");
    assert_eq!(
        b.open(&site.url("/en/contact")).await,
        i18n::NOT_FOUND_TITLE.en
    );
    assert_eq!(b.count(".contact-form").await, 0);
    // A page left out is a plain 404: no "Leave a message" in a breadcrumb, nothing to share.
    assert_eq!(b.count(".breadcrumbs").await, 0);
    assert_eq!(b.count(".share").await, 0);
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_an_address_the_footer_links_to_the_form() {
    let site = site_with(
        "dist-contact-link",
        |_| serde_json::json!({ "email": "info@example.org" }),
    )
    .await;
    let b = Browser::start("uk").await;
    b.open(&site.url("/uk/")).await;
    b.click("footer a[href='/uk/contact']").await;
    b.wait_heading(i18n::CONTACT_TITLE.uk).await;
    assert_eq!(b.count(".contact-form").await, 1);
    b.close().await;
}
