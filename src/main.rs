//! Entry point: mount the app. Everything else lives in the library so it can be tested.
fn main() {
    ibm_collection::mount();
}
