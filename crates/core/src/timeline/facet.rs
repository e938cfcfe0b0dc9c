//! The closed vocabularies the timeline filters on (themes, directions,
//! event types) and a small set of them.
//!
//! [`Facet`] gives each vocabulary its query key, its values in display
//! order and their kebab-case ids; [`FacetSet`] is a set of values stored
//! as bits, so two sets with the same members are equal whatever order they
//! were filled in, and iteration is always in display order (which is what
//! makes the address canonical).

use crate::corpus::{Direction, EventType, Theme};
use std::fmt;
use std::marker::PhantomData;

/// A closed vocabulary of at most 32 values with kebab-case ids.
pub trait Facet: Copy + Eq + 'static {
    /// Every value, in display order.
    const ALL: &'static [Self];
    /// The query key that selects values of this vocabulary (`theme`).
    const KEY: &'static str;
    /// A reader's name for the vocabulary, for notices ("theme").
    const NAME: &'static str;

    /// The kebab-case id, as in the corpus and the address.
    fn id(self) -> &'static str;

    /// The position in [`Facet::ALL`].
    fn index(self) -> usize;

    /// The value with this id, ignoring ASCII case and surrounding spaces.
    fn from_id(id: &str) -> Option<Self> {
        let id = id.trim();
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.id().eq_ignore_ascii_case(id))
    }
}

impl Facet for Theme {
    const ALL: &'static [Self] = &Theme::ALL;
    const KEY: &'static str = "theme";
    const NAME: &'static str = "theme";

    fn id(self) -> &'static str {
        Theme::id(self)
    }

    fn index(self) -> usize {
        match self {
            Self::Elections => 0,
            Self::Constitution => 1,
            Self::Media => 2,
            Self::CivilSociety => 3,
            Self::Assembly => 4,
            Self::Religion => 5,
            Self::Labour => 6,
            Self::Justice => 7,
            Self::Corruption => 8,
            Self::International => 9,
        }
    }
}

impl Facet for Direction {
    const ALL: &'static [Self] = &[Self::Widens, Self::Narrows, Self::Mixed, Self::Neutral];
    const KEY: &'static str = "direction";
    const NAME: &'static str = "direction";

    fn id(self) -> &'static str {
        Direction::id(self)
    }

    fn index(self) -> usize {
        match self {
            Self::Widens => 0,
            Self::Narrows => 1,
            Self::Mixed => 2,
            Self::Neutral => 3,
        }
    }
}

impl Facet for EventType {
    const ALL: &'static [Self] = &[
        Self::Law,
        Self::Election,
        Self::Case,
        Self::Protest,
        Self::International,
    ];
    const KEY: &'static str = "type";
    const NAME: &'static str = "event type";

    fn id(self) -> &'static str {
        EventType::id(self)
    }

    fn index(self) -> usize {
        match self {
            Self::Law => 0,
            Self::Election => 1,
            Self::Case => 2,
            Self::Protest => 3,
            Self::International => 4,
        }
    }
}

/// A set of values of one vocabulary. Empty means "no constraint" in a
/// [`super::Filter`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FacetSet<T> {
    bits: u32,
    of: PhantomData<fn() -> T>,
}

impl<T> Default for FacetSet<T> {
    fn default() -> Self {
        Self {
            bits: 0,
            of: PhantomData,
        }
    }
}

impl<T: Facet> FacetSet<T> {
    /// The empty set.
    pub fn new() -> Self {
        Self::default()
    }

    fn bit(value: T) -> u32 {
        1 << value.index()
    }

    /// Whether the set has no members.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// How many members the set has.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether `value` is a member.
    pub fn contains(&self, value: T) -> bool {
        self.bits & Self::bit(value) != 0
    }

    /// Adds `value`; true if it was not a member.
    pub fn insert(&mut self, value: T) -> bool {
        let added = !self.contains(value);
        self.bits |= Self::bit(value);
        added
    }

    /// Removes `value`; true if it was a member.
    pub fn remove(&mut self, value: T) -> bool {
        let removed = self.contains(value);
        self.bits &= !Self::bit(value);
        removed
    }

    /// Adds `value` if absent, removes it if present (a checkbox click).
    pub fn toggle(&mut self, value: T) {
        self.bits ^= Self::bit(value);
    }

    /// Removes every member.
    pub fn clear(&mut self) {
        self.bits = 0;
    }

    /// The members, in display order.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL.iter().copied().filter(|&v| self.contains(v))
    }

    /// Whether any of `values` is a member.
    pub fn any_of(&self, values: &[T]) -> bool {
        values.iter().any(|&v| self.contains(v))
    }

    /// True if the set is empty (no constraint) or contains `value`.
    pub fn admits(&self, value: T) -> bool {
        self.is_empty() || self.contains(value)
    }
}

impl<T: Facet> FromIterator<T> for FacetSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::new();
        for value in iter {
            set.insert(value);
        }
        set
    }
}

impl<T: Facet> fmt::Debug for FacetSet<T> {
    /// The ids, as in the address: `{media, religion}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter().map(Facet::id)).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_vocabulary<T: Facet + fmt::Debug>() {
        assert!(T::ALL.len() <= 32);
        for (i, &v) in T::ALL.iter().enumerate() {
            assert_eq!(v.index(), i, "{v:?}");
            assert_eq!(T::from_id(v.id()), Some(v));
            assert_eq!(T::from_id(&v.id().to_uppercase()), Some(v));
            assert_eq!(T::from_id(&format!(" {} ", v.id())), Some(v));
        }
        assert_eq!(T::from_id("nope"), None);
        assert_eq!(T::from_id(""), None);
    }

    #[test]
    fn vocabularies_index_in_display_order() {
        check_vocabulary::<Theme>();
        check_vocabulary::<Direction>();
        check_vocabulary::<EventType>();
    }

    #[test]
    fn sets_ignore_insertion_order() {
        let a: FacetSet<Theme> = [Theme::Religion, Theme::Media].into_iter().collect();
        let b: FacetSet<Theme> = [Theme::Media, Theme::Religion, Theme::Media]
            .into_iter()
            .collect();
        assert_eq!(a, b);
        assert_eq!(a.len(), 2);
        assert_eq!(
            a.iter().collect::<Vec<_>>(),
            [Theme::Media, Theme::Religion]
        );
        assert_eq!(format!("{a:?}"), "{\"media\", \"religion\"}");
    }

    #[test]
    fn set_operations() {
        let mut s = FacetSet::<Direction>::new();
        assert!(s.is_empty() && s.admits(Direction::Mixed));
        assert!(s.insert(Direction::Mixed));
        assert!(!s.insert(Direction::Mixed));
        assert!(s.admits(Direction::Mixed) && !s.admits(Direction::Widens));
        s.toggle(Direction::Widens);
        assert!(s.contains(Direction::Widens));
        s.toggle(Direction::Widens);
        assert!(!s.contains(Direction::Widens));
        assert!(s.remove(Direction::Mixed));
        assert!(!s.remove(Direction::Mixed));
        s.insert(Direction::Neutral);
        s.clear();
        assert!(s.is_empty());
        let t: FacetSet<Theme> = [Theme::Labour].into_iter().collect();
        assert!(t.any_of(&[Theme::Media, Theme::Labour]));
        assert!(!t.any_of(&[Theme::Media]));
        assert!(!t.any_of(&[]));
    }
}
