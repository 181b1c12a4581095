//! Any bytes as a search query: tokenising, query parsing, searching, highlighting and
//! cutting excerpts must never panic, and the marked segments must rebuild the text exactly.
#![no_main]

use collection::search::text::{edit_distance_within, query_terms_of, tokenize, translit};
use collection::search::{Doc, DocKind, Field, Group, Index, Query};
use collection::model::Text;
use collection::route::Page;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let doc = |title: &str, body: &str| Doc {
            kind: DocKind::Act,
            page: Page::Home,
            title: Text::new(title, title),
            meta: Text::new("№ 1777-XII", "No. 1777-XII"),
            body: Text::new(body, body),
            anchor: None,
            boost: 1.0,
        };
        let entries = vec![
            (doc("Про державний кордон України", "Кордон, пропуск, 2016/399"), vec![Field::new("Про державний кордон України 1777-XII", 5.0, Group::Title)]),
            (doc("Schengen Borders Code", "Regulation (EU) 2016/399"), vec![Field::new("Schengen Borders Code 32016R0399", 5.0, Group::Title)]),
        ];
        Index::build(entries)
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for t in tokenize(&text) {
        assert!(t.start < t.end && t.end <= text.len());
        let _ = query_terms_of(&t);
        let _ = translit(&t.norm);
    }
    let q = Query::parse(&text);
    let idx = index();
    let _ = idx.search(&q, 10);
    let segments = idx.highlight(&text, &q);
    let rebuilt: String = segments.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(rebuilt, text);
    let _ = idx.excerpt(&text, &q, 40);
    let half = text.len() / 2;
    if text.is_char_boundary(half) {
        let _ = edit_distance_within(&text[..half], &text[half..], 2);
    }
});
