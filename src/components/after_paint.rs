//! `AfterPaint`: a part of a view built in the task after the view's first
//! frame is painted, so the part the reader looks at first (a question, its
//! score and reasoning) shows within the frame of the key press, and long
//! lists below it follow a frame later.

use leptos::prelude::*;

/// Renders `children` once the frame after this component's creation has
/// been painted. Until then an empty placeholder marked `aria-busy`, as
/// every part of the app that fills in over several tasks is (tests wait
/// for none to be left). If the view is gone by then, nothing is built.
#[component]
pub fn AfterPaint(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(
            move || {
                // A view left before its frame was painted has disposed of
                // the signal: nothing to build.
                let _ = shown.try_set(true);
            },
            std::time::Duration::ZERO,
        );
    });
    move || {
        if shown.get() {
            children().into_any()
        } else {
            view! { <div aria-busy="true"></div> }.into_any()
        }
    }
}
