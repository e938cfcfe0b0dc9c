//! Entry point of the WebAssembly app: mounts the shell and marks the moment
//! the first view is in the document, for the start-up benchmark.

fn main() {
    rating_explainer::start();
}
