//! The ledger itself: each sentence found with how it is accounted for (an
//! event's or item's quote, or a reason it is set aside), as the rows of
//! `coverage.csv`, and the counts the About page gives.

use super::*;

/// How one sentence found is accounted for.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    /// The sentence and what the finder saw in it.
    pub found: Found,
    /// The events that quote it.
    pub events: Vec<&'a EventId>,
    /// The items that quote it.
    pub items: Vec<&'a ItemId>,
    /// Its entry in the ledger, if it was set aside.
    pub set_aside: Option<&'a SetAside>,
}

impl Row<'_> {
    /// Whether quotes alone account for it: a dated sentence quoted by an
    /// event, an ask by an item.
    pub fn quoted(&self) -> bool {
        (!self.found.dated || !self.events.is_empty())
            && (!self.found.asks || !self.items.is_empty())
    }

    /// Whether it is accounted for, by quotes or by the ledger.
    pub fn accounted(&self) -> bool {
        self.quoted() || self.set_aside.is_some()
    }
}

/// Every sentence found, with what quotes it and its ledger entry.
pub fn ledger(corpus: &Corpus) -> Vec<Row<'_>> {
    find(corpus)
        .into_iter()
        .map(|found| {
            let s = &found.sentence;
            let events = corpus
                .events
                .iter()
                .filter(|e| e.quotes().any(|q| overlaps(corpus, q, s)))
                .map(|e| &e.id)
                .collect();
            let items = corpus
                .items
                .iter()
                .filter(|i| i.quotes().any(|q| overlaps(corpus, q, s)))
                .map(|i| &i.id)
                .collect();
            let set_aside = corpus.coverage.iter().find(|x| x.sentence == *s);
            Row {
                found,
                events,
                items,
                set_aside,
            }
        })
        .collect()
}

/// The ledger's totals, for the About page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Sentences found.
    pub found: usize,
    /// Of those, dated.
    pub dated: usize,
    /// Of those, asks.
    pub asks: usize,
    /// Accounted for by quotes of events and items alone.
    pub quoted: usize,
    /// Set aside, by reason (only sentences that quotes do not account for).
    pub set_aside: BTreeMap<Reason, usize>,
    /// Neither quoted nor set aside (zero in a valid corpus).
    pub missing: usize,
}

impl Counts {
    /// Sentences set aside, all reasons together.
    pub fn set_aside_total(&self) -> usize {
        self.set_aside.values().sum()
    }
}

/// Counts the ledger of `corpus`.
pub fn counts(corpus: &Corpus) -> Counts {
    let mut c = Counts::default();
    for row in ledger(corpus) {
        c.found += 1;
        c.dated += usize::from(row.found.dated);
        c.asks += usize::from(row.found.asks);
        if row.quoted() {
            c.quoted += 1;
        } else if let Some(x) = row.set_aside {
            *c.set_aside.entry(x.reason).or_default() += 1;
        } else {
            c.missing += 1;
        }
    }
    c
}
