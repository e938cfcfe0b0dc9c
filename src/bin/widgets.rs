//! Entry point of the widgets' page (`embed.html`): a module with the
//! widgets alone, for news articles' iframes.

fn main() {
    rating_explainer::widget_page::start();
}
