//! What the search page shows for a query, as HTML: the one renderer of results, used by the
//! search module in the browser (before the app has started and after) and by the
//! pre-renderer for the page without a query. Links are plain `<a href>` under the deployment's
//! base path; the app's router takes their clicks once it is in charge.

use super::{Index, Marker, Query, Segment};
use crate::i18n;
use crate::route::{encode_query_value, Page, Section};
use crate::Lang;

/// Most results shown for a query.
pub const LIMIT: usize = 50;

/// Searches offered beside an empty query or no results.
pub const SUGGESTIONS: [&str; 6] = [
    "державний кордон",
    "1777-XII",
    "Шенгенський кодекс",
    "ДПСУ",
    "readmission",
    "mytnyi kodeks",
];

/// `text` safe inside an element or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

fn link(base: &str, path: &str, inner: &str) -> String {
    format!("<a href=\"{}{}\">{inner}</a>", escape(base), escape(path))
}

fn marked(segments: &[Segment]) -> String {
    segments
        .iter()
        .map(|s| {
            if s.hit {
                format!("<mark>{}</mark>", escape(&s.text))
            } else {
                escape(&s.text)
            }
        })
        .collect()
}

/// Suggested searches and a way into the library.
fn other_ways(lang: Lang, base: &str) -> String {
    let items: String = SUGGESTIONS
        .iter()
        .map(|q| {
            let path = format!("{}?q={}", Page::Search.path(lang), encode_query_value(q));
            format!("<li>{}</li>", link(base, &path, &escape(q)))
        })
        .collect();
    let library = Page::Section(Section::Library).path(lang);
    format!(
        "<ul class=\"suggestions\">{items}</ul><p>{}</p>",
        link(base, &library, &escape(i18n::SEARCH_BROWSE.get(lang)))
    )
}

/// The page before anything is typed: a prompt and other ways in.
pub fn empty(lang: Lang, base: &str) -> String {
    format!(
        "<p>{}</p>{}",
        escape(i18n::SEARCH_EMPTY.get(lang)),
        other_ways(lang, base)
    )
}

/// While the search is being fetched.
pub fn loading(lang: Lang) -> String {
    format!(
        "<p class=\"loading\" role=\"status\">{}</p>",
        escape(i18n::LOADING.get(lang))
    )
}

/// What `q` finds in `index`, for a page in `lang` deployed under `base` (`""` or `/path`):
/// how many results, then each with its kind, its title and meta with the matched words marked,
/// and an excerpt (once there are texts); "nothing found" with other ways in; or, for an empty
/// query, [`empty`].
pub fn results(index: &Index, q: &str, lang: Lang, base: &str) -> String {
    let parsed = Query::parse(q);
    if parsed.is_empty() {
        return empty(lang, base);
    }
    let hits = index.search(&parsed, LIMIT);
    if hits.is_empty() {
        return format!(
            "<p class=\"results__count\" role=\"status\">{}</p><p>{}</p>{}",
            escape(&i18n::nothing_found(lang, q)),
            escape(i18n::SEARCH_TRY.get(lang)),
            other_ways(lang, base)
        );
    }
    let marker = Marker::new(index, &parsed);
    let mut out = format!(
        "<p class=\"results__count\" role=\"status\">{}</p><ol class=\"search-results\">",
        escape(&i18n::RESULTS_COUNT.count(lang, hits.len() as u64))
    );
    for h in &hits {
        let d = &index.docs[h.doc];
        let kind = format!("{:?}", d.kind).to_lowercase();
        // No excerpt until the texts file is read (`packed`): the result is whole without it.
        let body = index.body(h.doc, lang);
        let excerpt = if body.is_empty() {
            String::new()
        } else {
            format!(
                "<p class=\"search-result__excerpt\">{}</p>",
                marked(&marker.excerpt(body, 220))
            )
        };
        out.push_str(&format!(
            "<li class=\"search-result search-result--{kind}\"><p class=\"search-result__kind\">{}</p><h2 class=\"search-result__title\">{}</h2><p class=\"search-result__meta\">{}</p>{excerpt}</li>",
            escape(d.kind.label().get(lang)),
            link(base, &d.path(lang), &marked(&marker.highlight(d.title.get(lang)))),
            marked(&marker.highlight(d.meta.get(lang))),
        ));
    }
    out.push_str("</ol>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_elements_and_attributes() {
        assert_eq!(
            escape("<a href=\"x\">&</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape("суб'єкти"), "суб'єкти");
    }
}
