//! Browser unit tests (`wasm-bindgen-test`, in headless Chromium and
//! Firefox), one binary: each module is a suite of its own.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod components;
mod shell;
