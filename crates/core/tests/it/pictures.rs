//! The pictures a reader downloads, drawn from the committed corpus: each is
//! a well-formed SVG document whose title, source line and address are on
//! the picture, and whose marks match the figures (100 points with the
//! score filled, a polyline per measure with a point per rating, the grid's
//! 49 cells with the marked ones).

use explainer_core::corpus::Corpus;
use explainer_core::method::FreedomRating;
use explainer_core::picture::{Frame, Picture, nit_chart, points, status_grid};
use explainer_core::timeline::chart::{measures, series};

const JSON: &str = include_str!("../../../../corpus/corpus.json");

fn corpus() -> Corpus {
    serde_json::from_str(JSON).expect("corpus/corpus.json deserialises")
}

fn frame() -> Frame {
    Frame {
        title: "Kazakhstan's ratings & scores <test>".into(),
        source: "Source: Freedom House, Nations in Transit 2018 and 2008.".into(),
        address: "https://example.org/explainer/#/timeline".into(),
    }
}

/// The picture's text, in document order, after checking it parses and
/// carries the frame.
fn texts(p: &Picture) -> Vec<String> {
    let doc = roxmltree::Document::parse(&p.svg).expect("the picture is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(
        root.attribute("height").and_then(|h| h.parse::<f64>().ok()),
        Some(p.height)
    );
    let title = root
        .children()
        .find(|n| n.has_tag_name("title"))
        .and_then(|t| t.text());
    assert_eq!(title, Some(frame().title.as_str()));
    let texts: Vec<String> = root
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect();
    let all = texts.join(" ");
    for words in [frame().title, frame().source, frame().address] {
        assert!(
            all.contains(&words),
            "{words:?} is not on the picture: {all}"
        );
    }
    texts
}

fn count(p: &Picture, tag: &str, attr: Option<(&str, &str)>) -> usize {
    let doc = roxmltree::Document::parse(&p.svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name(tag) && attr.is_none_or(|(k, v)| n.attribute(k) == Some(v)))
        .count()
}

#[test]
fn the_ratings_chart_has_every_line_its_key_and_axis_label() {
    let corpus = corpus();
    let p = nit_chart(&corpus, &frame());
    let texts = texts(&p);
    for m in measures() {
        assert!(
            texts.iter().any(|t| t == m.name()),
            "the key lacks {}",
            m.name()
        );
    }
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Rating: 1 most democratic, 7 least"))
    );
    let all = series(&corpus.nit);
    assert_eq!(count(&p, "polyline", None), all.len());
    // A marker per rating drawn, and one per key entry.
    let points: usize = all.iter().map(|s| s.points.len()).sum();
    assert_eq!(count(&p, "path", None), points + measures().len() + 1);
    assert!(
        p.width <= 720.0 && p.height > 300.0,
        "{} × {}",
        p.width,
        p.height
    );
}

#[test]
fn the_points_picture_fills_the_score_and_names_each_question() {
    let corpus = corpus();
    let p = points(&corpus, &frame());
    let texts = texts(&p);
    let fiw = &corpus.fiw;
    let squares = |fill: &str| count(&p, "rect", Some(("fill", fill)));
    // Two key squares, then one per point.
    assert_eq!(
        squares(explainer_core::picture::colour::LINK),
        fiw.score as usize + 1
    );
    assert_eq!(
        count(
            &p,
            "rect",
            Some(("stroke", explainer_core::picture::colour::LINK))
        ),
        fiw.max as usize + 2
    );
    for c in &fiw.categories {
        assert!(texts.contains(&format!("{}: {} of {}", c.name, c.score, c.max)));
        for s in &c.subcategories {
            assert!(texts.contains(&format!("{}. {}", s.letter, s.name)));
            for i in &s.indicators {
                assert!(
                    texts.iter().any(|t| t == i.code.as_str()),
                    "{} is not named",
                    i.code
                );
            }
        }
    }
}

#[test]
fn the_status_grid_marks_the_scenario_and_freedom_house_s_cells() {
    let p = status_grid((6, 5), (7, 5), &frame());
    let texts = texts(&p);
    let is_cell = |t: &&String| {
        let letters = t.trim_end_matches(['●', '◇']).trim_end();
        ["F", "PF", "NF"].contains(&letters)
    };
    let cells: Vec<&String> = texts.iter().filter(is_cell).collect();
    assert_eq!(
        cells.len(),
        49 + 3,
        "49 cells and the key's three: {cells:?}"
    );
    let here = texts.iter().filter(|t| t.ends_with(" ●")).count();
    let stated = texts.iter().filter(|t| t.ends_with(" ◇")).count();
    assert_eq!((here, stated), (1, 1));
    let expected = match FreedomRating::from_ratings(6, 5).status() {
        explainer_core::corpus::FiwStatus::Free => "F ●",
        explainer_core::corpus::FiwStatus::PartlyFree => "PF ●",
        explainer_core::corpus::FiwStatus::NotFree => "NF ●",
    };
    assert!(texts.iter().any(|t| t == expected), "{expected} missing");
    // Both marks in one cell when the scenario is Freedom House's own.
    let same = self::texts(&status_grid((7, 5), (7, 5), &frame()));
    assert_eq!(same.iter().filter(|t| t.ends_with(" ●◇")).count(), 1);
}

/// The stylesheet at `path` from the workspace's root.
fn style(path: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_downloaded_picture_has_the_screen_s_light_colours() {
    use explainer_core::picture::colour;
    use explainer_core::timeline::chart::LOOKS;
    let timeline = style("style/timeline.css");
    for (i, look) in LOOKS.iter().enumerate() {
        assert!(
            timeline.contains(&format!("--tl-c{i}: {};", look.colour)),
            "line {i}'s colour"
        );
        let rule = timeline
            .lines()
            .find(|l| l.starts_with(&format!(".tl-m{i} polyline")))
            .unwrap_or_else(|| panic!("no rule for line {i}"));
        assert_eq!(
            rule.contains("stroke-dasharray"),
            !look.dash.is_empty(),
            "line {i}'s dash"
        );
        assert!(
            look.dash.is_empty() || rule.contains(&format!("stroke-dasharray: {};", look.dash)),
            "line {i}'s dash"
        );
    }
    let app = style("style/app.css");
    for (name, value) in [
        ("bg", colour::BG),
        ("fg", colour::FG),
        ("muted", colour::MUTED),
        ("border", colour::BORDER),
        ("link", colour::LINK),
        ("free-bg", colour::FREE),
        ("partly-bg", colour::PARTLY),
        ("notfree-bg", colour::NOT_FREE),
    ] {
        // The light scheme's value comes first in the stylesheet.
        let first = app
            .split(&format!("--{name}: "))
            .nth(1)
            .and_then(|v| v.split(';').next());
        assert_eq!(first, Some(value), "--{name}");
    }
}

#[test]
fn the_widgets_cards_carry_their_words_marks_and_frame() {
    use explainer_core::picture::{Bar, EventLine, bars, colour, events, question};
    let corpus = corpus();
    let (_, _, d1) = corpus
        .fiw
        .indicators()
        .find(|(_, _, i)| i.code.as_str() == "D1")
        .unwrap();
    let words = corpus.question(d1).unwrap();
    let p = question(words, d1.score, d1.max, &frame());
    let all = texts(&p).join(" ");
    assert!(all.contains(&format!("{} of {} points", d1.score, d1.max)));
    assert!(
        all.contains("“Are there free and independent media?”"),
        "{all}"
    );
    assert_eq!(
        count(&p, "rect", Some(("stroke", colour::LINK))),
        d1.max as usize
    );
    assert_eq!(
        count(&p, "rect", Some(("fill", colour::LINK))),
        d1.score as usize
    );

    let lines: Vec<EventLine> = corpus.events[..3]
        .iter()
        .map(|e| EventLine {
            date: e.date.human(),
            direction: "widened".into(),
            title: e.title.clone(),
        })
        .collect();
    let p = events(&lines, &frame());
    let all = texts(&p).join(" ");
    for e in &lines {
        assert!(all.contains(&format!("{} · widened", e.date)));
        assert!(all.contains(e.title.split_whitespace().next().unwrap()));
    }

    let counted = [
        Bar {
            label: "Stalled".into(),
            count: 12,
            fill: colour::status("stalled"),
        },
        Bar {
            label: "Reversed".into(),
            count: 3,
            fill: colour::status("reversed"),
        },
    ];
    let p = bars(&counted, &frame());
    let t = texts(&p);
    assert!(
        t.contains(&"Stalled".to_owned())
            && t.contains(&"12".to_owned())
            && t.contains(&"3".to_owned())
    );
    let doc = roxmltree::Document::parse(&p.svg).unwrap();
    let widths: Vec<f64> = doc
        .descendants()
        .filter(|n| {
            n.has_tag_name("rect")
                && [colour::status("stalled"), colour::status("reversed")]
                    .contains(&n.attribute("fill").unwrap_or(""))
        })
        .map(|n| n.attribute("width").unwrap().parse().unwrap())
        .collect();
    assert_eq!(widths.len(), 2);
    assert!(
        (widths[0] / widths[1] - 4.0).abs() < 0.05,
        "bars in proportion: {widths:?}"
    );
}

#[test]
fn a_status_s_colour_is_the_tracker_s() {
    let tracker = style("style/tracker.css");
    let corpus = corpus();
    for s in &corpus.statuses {
        let id = s.id.0.as_str();
        let value = explainer_core::picture::colour::status(id);
        assert!(
            tracker.contains(&format!("--st-{id}: {value};")),
            "--st-{id}"
        );
    }
}
