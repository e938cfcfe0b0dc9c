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

/// A long list built in batches: how many are built so far, and whether
/// all are. The first batch is built with the view; from the task after
/// its first frame, one more per task while `more(built)` says there is
/// more, so no task holds a slow phone for long. Rendered for the build it
/// stays at the first batch, as the app's first frame has it. A view gone
/// meanwhile has disposed of the signals, and the filling stops.
pub fn fill_in_batches(
    more: impl Fn(usize) -> bool + 'static,
) -> (ReadSignal<usize>, ReadSignal<bool>) {
    let built = RwSignal::new(1);
    let done = RwSignal::new(false);
    if crate::site::BROWSER {
        let more = std::rc::Rc::new(more);
        request_animation_frame(move || next_batch(built, done, more));
    }
    (built.read_only(), done.read_only())
}

fn next_batch(
    built: RwSignal<usize>,
    done: RwSignal<bool>,
    more: std::rc::Rc<dyn Fn(usize) -> bool>,
) {
    set_timeout(
        move || {
            let Some(now) = built.try_get_untracked() else {
                return;
            };
            if more(now) {
                let _ = built.try_set(now + 1);
                next_batch(built, done, more);
            } else {
                let _ = done.try_set(true);
            }
        },
        std::time::Duration::ZERO,
    );
}
