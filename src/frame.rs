//! State shared between the layout and the pages for one visit.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Frame {
    /// Deployment base path without a trailing slash: `""` at the root, `/some/path` below it.
    base: StoredValue<String>,
    /// Set on every route change after the first; the next page heading takes focus and is
    /// announced. The first page load leaves focus where the browser put it.
    focus_pending: StoredValue<bool>,
    /// Text of the current page's `<h1>`, for the last breadcrumb.
    pub heading: RwSignal<String>,
    /// Text of the polite live region that announces page changes.
    pub announcement: RwSignal<String>,
}

impl Frame {
    pub fn new(base: String) -> Self {
        Frame {
            base: StoredValue::new(base),
            focus_pending: StoredValue::new(false),
            heading: RwSignal::new(String::new()),
            announcement: RwSignal::new(String::new()),
        }
    }

    pub fn base(&self) -> String {
        self.base.get_value()
    }

    /// A link target for an app path (`/uk/ibm`), under the deployment base.
    pub fn href(&self, path: &str) -> String {
        format!("{}{}", self.base.get_value(), path)
    }

    pub fn route_changed(&self, first: bool) {
        self.focus_pending.set_value(!first);
    }

    /// True once per route change: the caller should move focus to its heading.
    pub fn take_focus(&self) -> bool {
        let pending = self.focus_pending.get_value();
        self.focus_pending.set_value(false);
        pending
    }
}

pub fn use_frame() -> Frame {
    expect_context::<Frame>()
}

/// The base path from `<base href>`, which trunk fills in from `--public-url`.
pub fn base_path() -> String {
    let uri = document().base_uri().ok().flatten().unwrap_or_default();
    let path = web_sys::Url::new(&uri)
        .map(|u| u.pathname())
        .unwrap_or_default();
    path.trim_end_matches('/').to_string()
}
