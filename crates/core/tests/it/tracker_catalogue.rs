//! The tracker's list on the real corpus: the filter in the address (with
//! notices for what is ignored and a round trip), grouping and counts, and
//! the storage rules (merge before saving, unreadable text kept aside).

use explainer_core::corpus::{Corpus, ItemId, ItemKind, StatusId, Theme};
use explainer_core::route::Route;
use explainer_core::tracker::catalogue::{
    Group, ItemFilter, Row, RowKey, group, parties, rows, slug, summary, theme_label,
};
use explainer_core::tracker::sync::{ASIDE_PREFIX, aside_key, reconcile};
use explainer_core::tracker::{Fields, Op, ReadError, Store, Vocabulary, save};

use crate::support;
use support::Rng;

const JSON: &str = include_str!("../../../../corpus/corpus.json");

fn corpus() -> Corpus {
    serde_json::from_str(JSON).expect("corpus/corpus.json deserialises")
}

/// Reading `hash` gives the canonical address `canonical` and these notices.
fn check(c: &Corpus, hash: &str, canonical: &str, notices: &[&str]) {
    let route = Route::parse(hash).expect("an app address");
    let (filter, got) = ItemFilter::from_query(&route.query, c);
    assert_eq!(filter.to_hash(), canonical, "reading {hash}");
    let got: Vec<String> = got.iter().map(ToString::to_string).collect();
    assert_eq!(got, notices, "notices for {hash}");
}

#[test]
fn addresses_read_canonically_with_notices() {
    let c = &corpus();
    check(c, "#/recommendations", "#/recommendations", &[]);
    check(
        c,
        "#/recommendations?group=status&kind=Pledge&status=no-action&from=eu",
        "#/recommendations?from=eu&status=no-action&kind=pledge&group=status",
        &[],
    );
    check(c, "#/recommendations?group=from", "#/recommendations", &[]);
    check(
        c,
        "#/recommendations?status=&theme=",
        "#/recommendations",
        &[],
    );
    check(
        c,
        "#/recommendations?status=nope&zzz=1&theme=media&theme=labour&from=nobody&group=x&kind=x&source=x",
        "#/recommendations?theme=media",
        &[
            "status=nope: no such status (ignored)",
            "zzz=1: not a tracker filter (ignored)",
            "theme=labour: given earlier already (ignored)",
            "from=nobody: no one of that name (ignored)",
            "group=x: not a way to group the list (ignored)",
            "kind=x: neither recommendation nor pledge (ignored)",
            "source=x: no such source document (ignored)",
        ],
    );
}

#[test]
fn every_filter_round_trips_and_matches_what_it_names() {
    let c = &corpus();
    for item in &c.items {
        let f = ItemFilter {
            from: Some(slug(&item.from)),
            to: Some(slug(&item.to)),
            theme: item.themes.first().copied(),
            status: Some(item.status.0.clone()),
            source: Some(item.text.doc.0.clone()),
            kind: Some(item.kind),
            group: Group::Theme,
        };
        let route = Route::parse(&f.to_hash()).unwrap();
        let (back, notices) = ItemFilter::from_query(&route.query, c);
        assert_eq!(back, f);
        assert!(notices.is_empty(), "{notices:?}");
        assert!(f.apply(c).iter().any(|i| i.id == item.id));
        assert!(f.apply(c).iter().all(|i| i.status == item.status));
    }
}

#[test]
fn reading_any_query_never_panics() {
    let c = &corpus();
    let mut rng = Rng::new(7);
    let pieces = [
        "from", "to", "theme", "status", "group", "kind", "source", "", "é", "%", "eu", "media",
    ];
    for _ in 0..2000 {
        let query: Vec<(String, String)> = (0..rng.below(5))
            .map(|_| {
                let k = pieces[rng.below(pieces.len() as u64) as usize];
                let v = pieces[rng.below(pieces.len() as u64) as usize];
                (
                    k.to_owned(),
                    format!("{v}{}", "x".repeat(rng.below(3) as usize)),
                )
            })
            .collect();
        let (f, _) = ItemFilter::from_query(&query, c);
        let route = Route::parse(&f.to_hash()).unwrap();
        assert_eq!(ItemFilter::from_query(&route.query, c).0, f);
    }
}

#[test]
fn groups_and_counts_cover_every_item() {
    let c = &corpus();
    let all: Vec<_> = c.items.iter().collect();
    for by in [Group::From, Group::To, Group::Status, Group::Source] {
        let groups = group(&all, by, c);
        let n: usize = groups.iter().map(|g| g.items.len()).sum();
        assert_eq!(n, all.len(), "{by:?} puts each item in one group");
        assert!(groups.iter().all(|g| !g.items.is_empty()));
    }
    let s = summary(&all, c);
    assert_eq!(s.total, c.items.len());
    assert_eq!(s.by_status.len(), c.statuses.len());
    assert_eq!(s.by_status.iter().map(|(_, n)| n).sum::<usize>(), s.total);
    let themed: usize = c.items.iter().map(|i| i.themes.len()).sum();
    assert_eq!(s.by_theme.iter().map(|(_, n)| n).sum::<usize>(), themed);
    let by_theme = group(&all, Group::Theme, c);
    assert_eq!(by_theme.len(), s.by_theme.len());
    for (g, (t, n)) in by_theme.iter().zip(&s.by_theme) {
        assert_eq!(g.heading, theme_label(*t));
        assert_eq!(g.items.len(), *n);
    }
    // Grouped by party: most items first, ties by name.
    for by in [Group::From, Group::To] {
        let groups = group(&all, by, c);
        assert!(groups.windows(2).all(|w| {
            let (a, b) = (&w[0], &w[1]);
            a.items.len() > b.items.len()
                || (a.items.len() == b.items.len() && a.heading < b.heading)
        }));
    }
    // Parties: most items first, and no two names share a slug.
    let from = parties(c, false);
    assert!(from.windows(2).all(|w| w[0].2 >= w[1].2));
    let mut slugs: Vec<_> = from.iter().map(|p| p.0.clone()).collect();
    explainer_core::order::sort(&mut slugs);
    slugs.dedup();
    assert_eq!(slugs.len(), from.len());
    assert_eq!(
        slug("Foreign Policy Centre, following X’s essay"),
        "foreign-policy-centre-following-x-s-essay"
    );
    assert!(Theme::ALL.iter().all(|t| !theme_label(*t).is_empty()));
    // The tracker names a theme as the timeline does, capitalised.
    assert_eq!(theme_label(Theme::CivilSociety), "Civil society");
    for t in Theme::ALL {
        assert_eq!(
            theme_label(t).to_lowercase(),
            explainer_core::timeline::theme_label(t)
        );
    }
}

#[test]
fn rows_list_each_group_under_its_heading_with_keys_that_survive_regrouping() {
    let c = &corpus();
    let all: Vec<_> = c.items.iter().collect();
    let mut first_places = Vec::new();
    for by in [
        Group::From,
        Group::To,
        Group::Theme,
        Group::Status,
        Group::Source,
    ] {
        let groups = group(&all, by, c);
        let list = rows(&groups);
        assert_eq!(
            list.len(),
            groups.len() + groups.iter().map(|g| g.items.len()).sum::<usize>()
        );
        // Read back: each heading, with its count, then exactly its items.
        let mut at = 0;
        for g in &groups {
            assert_eq!(
                list[at],
                Row::Heading {
                    heading: g.heading.clone(),
                    count: g.items.len()
                }
            );
            for (i, item) in g.items.iter().enumerate() {
                let Row::Item { item: shown, .. } = &list[at + 1 + i] else {
                    panic!("{by:?}: an item expected after {}", g.heading);
                };
                assert_eq!(shown.id, item.id);
            }
            at += 1 + g.items.len();
        }
        // No two rows share a key, so a keyed list can tell them apart.
        let mut keys: Vec<RowKey> = list.iter().map(Row::key).collect();
        let n = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), n);
        let unique: std::collections::HashSet<_> = list.iter().map(Row::key).collect();
        assert_eq!(unique.len(), n, "{by:?}: keys unique");
        // Every item's first place has the same key in every grouping.
        let mut firsts: Vec<RowKey> = list
            .iter()
            .filter(|r| matches!(r, Row::Item { nth: 0, .. }))
            .map(Row::key)
            .collect();
        assert_eq!(
            firsts.len(),
            all.len(),
            "{by:?}: every item has a first place"
        );
        explainer_core::order::sort_by_key(&mut firsts, |k| format!("{k:?}"));
        first_places.push(firsts);
    }
    assert!(first_places.windows(2).all(|w| w[0] == w[1]));
    // Under themes an item with several themes has later places too.
    let themed = rows(&group(&all, Group::Theme, c));
    let extra = c
        .items
        .iter()
        .map(|i| i.themes.len().saturating_sub(1))
        .sum::<usize>();
    assert!(extra > 0);
    assert_eq!(
        themed
            .iter()
            .filter(|r| matches!(r, Row::Item { nth, .. } if *nth > 0))
            .count(),
        extra
    );
}

fn vocab(c: &Corpus) -> Vocabulary {
    Vocabulary::from_corpus(c)
}

fn one(c: &Corpus, id: &str, now: u64) -> Store {
    let mut s = Store::new();
    let op = Op::Add {
        id: id.into(),
        item: ItemId::from(c.items[0].id.as_str()),
        fields: Fields {
            status: StatusId::from("stalled"),
            date: "2021-08".parse().unwrap(),
            note: "<b>n</b>".into(),
            link: None,
        },
    };
    s.apply(op, &vocab(c), now).unwrap();
    s
}

#[test]
fn reconcile_merges_what_another_tab_saved() {
    let c = &corpus();
    let mine = one(c, "a", 10);
    let theirs = one(c, "b", 20);
    let r = reconcile(&mine, Some(&save(&theirs)), 30);
    assert_eq!(r.store.live().count(), 2);
    assert_eq!(r.unreadable, None);
    assert_eq!(reconcile(&mine, None, 30).store, mine);
    assert_eq!(reconcile(&mine, Some("  "), 30).store, mine);
    // An older version is migrated and merged.
    let v1 = format!(
        r#"{{"version":1,"items":{{"{}":{{"status":"stalled","date":"2020"}}}}}}"#,
        c.items[1].id
    );
    let r = reconcile(&mine, Some(&v1), 30);
    assert_eq!((r.store.live().count(), r.migrated_from), (2, Some(1)));
}

#[test]
fn reconcile_keeps_unreadable_text_for_setting_aside() {
    let c = &corpus();
    let mine = one(c, "a", 10);
    for raw in ["{", r#"{"version":9,"updates":[]}"#, "[1]"] {
        let r = reconcile(&mine, Some(raw), 30);
        assert_eq!(r.store, mine, "memory is kept for {raw}");
        let (kept, reason) = r.unreadable.expect("unreadable");
        assert_eq!(kept, raw);
        assert!(!reason.to_string().is_empty());
    }
    let r = reconcile(&mine, Some(r#"{"version":3}"#), 30);
    assert!(matches!(
        r.unreadable,
        Some((_, ReadError::NewerVersion(_)))
    ));
}

#[test]
fn aside_keys_never_reuse_a_taken_key() {
    let taken = [format!("{ASIDE_PREFIX}5"), format!("{ASIDE_PREFIX}6")];
    assert_eq!(
        aside_key(5, |k| taken.iter().any(|t| t == k)),
        format!("{ASIDE_PREFIX}7")
    );
    assert_eq!(aside_key(1, |_| false), format!("{ASIDE_PREFIX}1"));
}

#[test]
fn an_items_parties_never_read_not_stated() {
    let c = &corpus();
    let mut unnamed = 0;
    for i in &c.items {
        let label = i.parties();
        assert!(
            !label.contains("not stated") || label.ends_with("by a party not stated"),
            "{label}"
        );
        let kind = if i.kind == ItemKind::Pledge {
            "Pledge"
        } else {
            "Recommendation"
        };
        let expected = match (
            i.from.starts_with("not stated"),
            i.to.starts_with("not stated"),
        ) {
            (false, false) => format!("{} to {}", i.from, i.to),
            (false, true) => i.from.clone(),
            (true, false) => format!("{kind} to {}", i.to),
            (true, true) => format!("{kind}, by a party not stated"),
        };
        assert_eq!(label, expected);
        let origin = match (
            i.from.starts_with("not stated"),
            i.to.starts_with("not stated"),
        ) {
            (false, false) => format!("{kind} by {} to {}", i.from, i.to),
            (false, true) => format!("{kind} by {}", i.from),
            (true, false) => format!("{kind} to {}", i.to),
            (true, true) => format!("{kind}, by a party not stated"),
        };
        assert_eq!(i.origin(), origin);
        if i.from.starts_with("not stated") || i.to.starts_with("not stated") {
            unnamed += 1;
        }
    }
    assert!(unnamed > 0, "the corpus has items with a party not named");
}

#[test]
fn the_filters_in_force_read_as_chips_in_the_forms_order() {
    use explainer_core::tracker::wording::active_filters;
    let c = corpus();
    let none = ItemFilter::from_query(&Route::parse("#/recommendations").unwrap().query, &c).0;
    assert!(active_filters(&none, &c).is_empty());
    let (slug, name, _) = parties(&c, false).remove(0);
    let hash = format!(
        "#/recommendations?kind=pledge&status=no-action&theme=media&from={slug}&group=theme"
    );
    let filter = ItemFilter::from_query(&Route::parse(&hash).unwrap().query, &c).0;
    let status = c
        .status("no-action")
        .expect("the vocabulary has no-action")
        .label
        .clone();
    assert_eq!(
        active_filters(&filter, &c),
        [
            format!("From: {name}"),
            "Theme: Media".to_owned(),
            format!("Status: {status}"),
            "Kind: Pledges".to_owned(),
        ]
    );
}

#[test]
fn every_item_is_headed_by_its_own_words_and_no_two_alike() {
    let corpus = corpus();
    let mut seen = std::collections::BTreeSet::new();
    for item in &corpus.items {
        let text = corpus.quote_text(&item.text).expect("the item's words");
        let headline = item.headline(text);
        assert!(
            seen.insert(headline.clone()),
            "two items are headed {headline:?}"
        );
        let words = headline
            .strip_suffix(&item.part_suffix())
            .unwrap_or(&headline)
            .trim_end_matches('…');
        assert!(words.chars().count() <= 90, "{headline:?} is long");
        // The words begin the quote, but for the first letter's case.
        let (mut h, mut t) = (words.chars(), text.chars());
        assert_eq!(
            h.next().map(|c| c.to_lowercase().to_string()),
            t.next().map(|c| c.to_lowercase().to_string())
        );
        assert!(
            t.as_str().starts_with(h.as_str()),
            "{headline:?} is not the start of {text:?}"
        );
        assert!(
            headline.chars().next().is_some_and(|c| !c.is_lowercase()),
            "{headline:?}"
        );
    }
}
