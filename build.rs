//! The browser bundle is split after linking (`cargo xtask finish`, xtask/src/split.rs): the
//! pages few readers open come as chunks of their own. The splitter needs the linker's
//! relocations, which wasm-ld keeps only when asked. For the app's wasm only: neither the
//! pre-renderer nor the search module is split.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_FAMILY").as_deref() == Ok("wasm") {
        println!("cargo:rustc-link-arg-bin=ibm-collection=--emit-relocs");
    }
}
