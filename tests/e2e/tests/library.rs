//! The library: facets that count right and a view that lives in the address; act pages
//! with their relations both ways and the way back to the collection.

use collection::i18n;
use collection::model::{ActsFile, AgenciesFile, Jurisdiction};
use collection::Lang;
use e2e::{count_acts, data, Fixture};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn library_facets_count_right_and_the_url_keeps_the_view() {
    let Fixture { site, b, dist } = Fixture::start("uk").await;
    let acts: ActsFile = data(&dist);
    let found = |n: u64| i18n::results_found(Lang::Uk, n);

    b.open(&site.url("/uk/library")).await;
    let all = acts.acts.len() as u64;
    assert!(all >= 100, "the library needs at least 100 acts, has {all}");
    assert_eq!(b.text(".results__count").await, found(all));
    assert_eq!(b.count(".act-card").await, 20);
    // Newest first by default.
    let newest = acts
        .acts
        .iter()
        .max_by_key(|a| a.adopted.parse().ok())
        .unwrap();
    assert_eq!(b.text(".act-card__title").await, newest.display_title().uk);

    // Jurisdiction facet: count in the option, then in the results, and in the address.
    let ua = count_acts(&acts, |a| a.jurisdiction == Jurisdiction::Ua);
    assert!(b
        .text("#jurisdiction option[value=ua]")
        .await
        .ends_with(&format!("({ua})")));
    b.choose("#jurisdiction", "ua").await;
    b.wait_path("/uk/library?jurisdiction=ua").await;
    b.wait_for(
        &format!(
            "document.querySelector('.results__count').textContent === {:?}",
            found(ua)
        ),
        "the Ukrainian count",
    )
    .await;

    // Facet counts for another facet now respect the jurisdiction filter.
    let ua_laws = count_acts(&acts, |a| {
        a.jurisdiction == Jurisdiction::Ua && a.kind == collection::model::ActType::Law
    });
    assert!(b
        .text("#type option[value=law]")
        .await
        .ends_with(&format!("({ua_laws})")));
    let ua_sbgs = count_acts(&acts, |a| {
        a.jurisdiction == Jurisdiction::Ua && a.agencies.iter().any(|g| g == "sbgs")
    });
    b.choose("#agency", "sbgs").await;
    b.wait_path("/uk/library?jurisdiction=ua&agency=sbgs").await;
    b.wait_for(
        &format!(
            "document.querySelector('.results__count').textContent === {:?}",
            found(ua_sbgs)
        ),
        "ua + sbgs",
    )
    .await;

    // Reload keeps the view; back and forward restore it.
    b.client.refresh().await.unwrap();
    b.wait_page().await;
    assert_eq!(b.text(".results__count").await, found(ua_sbgs));
    assert_eq!(
        b.eval_str("document.querySelector('#agency').value").await,
        "sbgs"
    );
    b.client.back().await.unwrap();
    b.wait_path("/uk/library?jurisdiction=ua").await;
    b.wait_for(
        &format!(
            "document.querySelector('.results__count').textContent === {:?}",
            found(ua)
        ),
        "back to ua",
    )
    .await;
    assert_eq!(
        b.eval_str("document.querySelector('#agency').value").await,
        ""
    );
    b.client.forward().await.unwrap();
    b.wait_path("/uk/library?jurisdiction=ua&agency=sbgs").await;

    // Year range.
    let recent = count_acts(&acts, |a| {
        a.adopted.year().is_some_and(|y| (2015..=2019).contains(&y))
    });
    b.open(&site.url("/uk/library?from=2015&to=2019")).await;
    assert_eq!(b.text(".results__count").await, found(recent));

    // Pagination: page number in the address and the title.
    b.open(&site.url("/uk/library")).await;
    let pages = all.div_ceil(20);
    b.click(".pagination__next").await;
    b.wait_path("/uk/library?page=2").await;
    b.wait_for(
        "document.title.includes('сторінка 2')",
        "the page number in the title",
    )
    .await;
    assert!(b.eval_str("document.title").await.contains(&i18n::page_of(
        Lang::Uk,
        2,
        pages as usize
    )));
    assert_eq!(
        b.eval_str("document.querySelector('.pagination [aria-current=page]').textContent")
            .await,
        "2"
    );

    // Sorting by title puts the alphabetically first title on top.
    b.choose("#sort", "title").await;
    b.wait_path("/uk/library?sort=title").await;
    let first = acts
        .acts
        .iter()
        .min_by_key(|a| {
            (
                collection::lang::collation_key(a.display_title().uk.as_str(), Lang::Uk),
                a.id.clone(),
            )
        })
        .unwrap();
    b.wait_for(
        &format!(
            "document.querySelector('.act-card__title').textContent === {:?}",
            first.display_title().uk
        ),
        "title order",
    )
    .await;

    // The same view in English, deep-linked.
    let eu_repealed = count_acts(&acts, |a| {
        a.jurisdiction == Jurisdiction::Eu && a.status == collection::model::ActStatus::Repealed
    });
    b.open(&site.url("/en/library?jurisdiction=eu&status=repealed"))
        .await;
    assert_eq!(
        b.text(".results__count").await,
        i18n::results_found(Lang::En, eu_repealed)
    );
    assert_eq!(
        b.eval_str("document.querySelector('#status').value").await,
        "repealed"
    );

    // Export: the files hold the whole filtered view (all pages), not just this page. The
    // blobs are read as they are made (fetching a blob: URL is outside the CSP's connect-src).
    b.open(&site.url("/uk/library?jurisdiction=eu")).await;
    let eu = count_acts(&acts, |a| a.jurisdiction == Jurisdiction::Eu);
    b.eval(include_str!("../js/capture_blobs.js")).await;
    let read = "const d = arguments[arguments.length - 1]; window.__blobs[window.__blobs.length - 1].text().then(d, e => d('error: ' + e));";
    b.click(".export__csv").await;
    b.wait_for("window.__blobs.length === 1", "the CSV file")
        .await;
    let csv = b.client.execute_async(read, vec![]).await.unwrap();
    let csv = csv.as_str().unwrap();
    assert_eq!(
        csv.trim_end().split("\r\n").count() as u64,
        eu + 1,
        "header + one row per EU act"
    );
    assert!(csv.contains("eu-reg-2016-399,eu,regulation"));
    let schengen = acts.act("eu-reg-2016-399").unwrap();
    let first_sentence = schengen.summary.en.split(". ").next().unwrap();
    assert!(
        csv.contains(first_sentence),
        "the file carries the summaries, which the list itself does not load"
    );
    b.click(".export__json").await;
    b.wait_for("window.__blobs.length === 2", "the JSON file")
        .await;
    let json: serde_json::Value = serde_json::from_str(
        b.client
            .execute_async(read, vec![])
            .await
            .unwrap()
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(json.as_array().unwrap().len() as u64, eu);
    assert!(json
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["jurisdiction"] == "eu"));

    // Unknown values are ignored, not errors.
    b.open(&site.url("/en/library?jurisdiction=mars&type=nope&page=abc&agency=kgb"))
        .await;
    assert_eq!(
        b.text(".results__count").await,
        i18n::results_found(Lang::En, all)
    );
    assert_eq!(b.count(".error-panel").await, 0);
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn act_pages_link_relations_both_ways_and_back_to_the_collection() {
    let Fixture { site, b, dist } = Fixture::start("uk").await;
    let acts: ActsFile = data(&dist);
    let agencies: AgenciesFile = data(&dist);

    // An act amended by others shows "amended by" links; the amending act links back.
    let (target, source) = acts
        .acts
        .iter()
        .find_map(|a| {
            a.relations
                .iter()
                .find(|r| r.kind == collection::model::RelationKind::Amends)
                .map(|r| (r.target.clone(), a))
        })
        .expect("some act amends another");
    let target_act = acts.act(&target).unwrap();
    assert_eq!(
        b.open(&site.url(&format!("/uk/library/{target}"))).await,
        target_act.title.uk
    );
    let link = format!("main a[href='/uk/library/{}']", source.id);
    assert!(
        b.count(&link).await >= 1,
        "{target} should link to {} (amended by)",
        source.id
    );
    assert!(b
        .text("main")
        .await
        .contains(collection::model::RelationKind::Amends.inverse_label().uk));
    b.click(&link).await;
    b.wait_heading(&source.title.uk).await;
    assert!(
        b.count(&format!("main a[href='/uk/library/{target}']"))
            .await
            >= 1
    );
    assert!(b
        .text("main")
        .await
        .contains(collection::model::RelationKind::Amends.label().uk));

    // Details, the official text and JSON-LD.
    let ld: serde_json::Value = serde_json::from_str(
        &b.eval_str("document.querySelector('script[type=\"application/ld+json\"]').textContent")
            .await,
    )
    .unwrap();
    assert_eq!(ld["@type"], "Legislation");
    assert_eq!(ld["sameAs"], source.source.as_str());
    if let Some(n) = &source.number {
        assert_eq!(ld["legislationIdentifier"], n.as_str());
        assert!(b.text(".summary-list").await.contains(n.as_str()));
    }
    assert_eq!(
        b.eval_str("document.querySelector('.official-text a').getAttribute('href')")
            .await,
        source.source
    );
    assert_eq!(
        b.eval_str("document.querySelector('.official-text a').getAttribute('rel')")
            .await,
        "external noopener noreferrer"
    );

    // Copy citation gives feedback either way and shows the citation text.
    assert!(b
        .text("#citation")
        .await
        .starts_with(&source.citation(Lang::Uk)));
    b.click("main button.button--secondary").await;
    b.wait_for(
        "document.querySelector('.copy-feedback').textContent.length > 0",
        "copy feedback",
    )
    .await;
    let fb = b.text(".copy-feedback").await;
    assert!(fb == i18n::COPIED.uk || fb == i18n::COPY_FAILED.uk, "{fb}");

    // An agency links to its governing act, and the act links back to the agency.
    let sbgs = agencies.agency("sbgs").unwrap();
    let gov = &sbgs.governing_acts[0];
    b.open(&site.url("/uk/agencies/sbgs")).await;
    b.click(&format!("main a[href='/uk/library/{gov}']")).await;
    b.wait_heading(&acts.act(gov).unwrap().title.uk).await;
    assert!(
        b.count("main a[href='/uk/agencies/sbgs']").await >= 1,
        "{gov} should link back to the SBGS"
    );

    // Unknown act id: the 404 page.
    assert_eq!(
        b.open(&site.url("/en/library/no-such-act")).await,
        i18n::NOT_FOUND_TITLE.en
    );
    b.close().await;
}
