//! `AfterPaint`: a part of a view built in the task after the view's first
//! frame is painted, so the part the reader looks at first (a question, its
//! score and reasoning) shows within the frame of the key press, and long
//! lists below it follow a frame later.

use leptos::prelude::*;

/// A signal that turns true in the task after the frame following its
/// creation is painted: what a view builds after its first frame waits for
/// it. Rendered for the build it stays false, as the app's first frame has
/// it, so the app takes the build's rendering over with nothing moving. A
/// view gone by then has disposed of it, and nothing happens.
pub fn after_first_frame() -> RwSignal<bool> {
    let painted = RwSignal::new(false);
    if crate::site::BROWSER {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let _ = painted.try_set(true);
                },
                std::time::Duration::ZERO,
            );
        });
    }
    painted
}

/// Renders `children` once the frame after this component's creation has
/// been painted. Until then an empty placeholder marked `aria-busy`, as
/// every part of the app that fills in over several tasks is (tests wait
/// for none to be left). If the view is gone by then, nothing is built.
#[component]
pub fn AfterPaint(children: ChildrenFn) -> impl IntoView {
    let shown = after_first_frame();
    move || {
        if shown.get() {
            children().into_any()
        } else {
            view! { <div aria-busy="true"></div> }.into_any()
        }
    }
}
