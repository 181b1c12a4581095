//! Entry point in the browser: hydrate the pre-rendered page, or render the shell.
fn main() {
    #[cfg(not(feature = "ssr"))]
    ibm_collection::boot::start();
}
