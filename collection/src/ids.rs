//! Names shared between the app, the build and the tests, declared once.

/// The `<script type="application/json">` in a pre-rendered page that holds the data of its
/// resources, in the order the app creates them; the boot script hands it to the app as
/// Leptos's `__RESOLVED_RESOURCES` before the app hydrates the page.
pub const HYDRATION_DATA: &str = "hydration-data";

/// The main navigation, which the header's "Menu" button opens on narrow screens.
pub const SITE_NAV: &str = "site-nav";

/// The library's filters, which their "Filters" button opens on narrow screens.
pub const FILTERS_BODY: &str = "filters-body";

/// The files a build keeps `.br` and `.gz` copies of (by extension): `cargo xtask build` writes
/// them, the deployment test checks them.
pub const COMPRESSIBLE: [&str; 10] = [
    "html",
    "js",
    "wasm",
    "css",
    "json",
    "svg",
    "xml",
    "txt",
    "webmanifest",
    "bin",
];

/// The id of a strategic goal on the strategy page (`#goal-3`), which act pages link to.
pub fn goal(number: u32) -> String {
    format!("goal-{number}")
}
