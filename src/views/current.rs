//! The current view in the shell: fetched if its part of the app is not at
//! hand, with a notice and a retry if that fails; and, on a page that drew
//! the build's rendering of it, taken over in two steps (the drawing first,
//! the app's own view a frame later), so that no task holds a slow phone
//! for long.

use explainer_core::route::View;
use leptos::prelude::*;

use super::{PartFailed, mark_first_view, render};
use crate::components::{DrawnHolder, VIEW_PART, built_after_drawing, forget_drawn_parts};

/// The current view. While its part of the app is being fetched it says so
/// (never a blank; marked busy, as every part that fills in later is); if
/// the fetch fails, it says that with a button to try again. Nothing the
/// reader saved is touched either way. A view that arrives after the reader
/// moved to it gets the focus the shell gives a new view.
///
/// The first view, if the page drew it, shows the drawing until the frame
/// after the app's first is painted and is built then: the app's shell and
/// its view are built in tasks of their own.
#[component]
pub fn CurrentView(
    /// The view to show.
    view: Memo<View>,
) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    let mut first = true;
    move || {
        attempt.track();
        let current = view.get();
        let moved_here = !std::mem::replace(&mut first, false);
        if moved_here {
            // The page's drawing was of the first view only: parts of it
            // not taken (nested ones are taken as their part is built) are
            // stale now.
            forget_drawn_parts();
        }
        if moved_here {
            return shown(current, attempt, moved_here);
        }
        built_after_drawing(
            VIEW_PART,
            move || shown(current.clone(), attempt, false),
            || view! { <DrawnHolder name=VIEW_PART/> }.into_any(),
        )
    }
}

/// The view, once its part of the app is at hand (or a notice that it
/// could not be fetched). `moved_here`: the reader came to it from another.
fn shown(current: View, attempt: RwSignal<u32>, moved_here: bool) -> AnyView {
    view! {
        <Suspense fallback=|| view! {
            <p class="part-loading" role="status" aria-busy="true" data-testid="part-loading">
                "Loading this part of the explainer…"
            </p>
        }>
            {Suspend::new(async move {
                let (result, late) = ready_or_later(render(current)).await;
                mark_first_view();
                if late && moved_here {
                    request_animation_frame(crate::shell::focus_view);
                }
                match result {
                    Ok(shown) => shown,
                    Err(PartFailed) => view! { <PartFailedNotice attempt=attempt/> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

/// The future's output, and whether it had to wait for it (a part of the
/// app fetched now rather than already at hand).
async fn ready_or_later<T>(load: impl Future<Output = T>) -> (T, bool) {
    let mut load = std::pin::pin!(load);
    // The context goes before the await: it is not Send, the future is.
    let polled = load
        .as_mut()
        .poll(&mut std::task::Context::from_waker(std::task::Waker::noop()));
    match polled {
        std::task::Poll::Ready(out) => (out, false),
        std::task::Poll::Pending => (load.await, true),
    }
}

/// What shows when a part of the app could not be fetched.
#[component]
fn PartFailedNotice(attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <div class="part-failed" role="alert" data-testid="part-failed">
            <h1 tabindex="-1">"This part of the explainer could not be loaded"</h1>
            <p>"The connection may have dropped. Anything you saved in this browser is kept."</p>
            <p><button type="button" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button></p>
        </div>
    }
}
