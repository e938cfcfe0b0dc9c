//! Stable sorting through one shared copy of the standard library's sort.
//!
//! Each call of `slice::sort_by` with its own element type or comparator
//! compiles its own copy of the stable sort, about 4.5 kB of WebAssembly.
//! Here the comparisons go through one non-generic function that sorts
//! positions, so the app ships that sort once; only the small permutation
//! step is generic. The order is exactly that of `slice::sort_by`.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` stably by the key `key` gives each, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, Ord::cmp);
}

/// The positions `0..len` in the order `compare` gives them, ties in
/// position order. The one place the standard sort is instantiated.
#[inline(never)]
#[allow(clippy::disallowed_methods)]
fn positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges `items` so that the item at `k` is the one that was at
/// `order[k]`, following each cycle of the permutation with swaps.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        // A position whose entry points at itself is done.
        while order[at] != at {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // Compares with the standard sort.
mod tests {
    use super::*;

    /// A small deterministic generator, so the cases are the same each run.
    fn numbers(seed: u64, len: usize, range: u64) -> Vec<u64> {
        let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
        (0..len)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % range
            })
            .collect()
    }

    #[test]
    fn matches_the_standard_stable_sort_on_many_inputs() {
        for seed in 0..200 {
            for len in [0, 1, 2, 3, 7, 20, 64, 257] {
                // Pairs of (key, original position): equal keys must keep
                // their original order, which the positions make visible.
                let keys = numbers(seed, len, 1 + seed % 9);
                let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
                let mut std = ours.clone();
                sort_by_key(&mut ours, |p| p.0);
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "seed {seed}, length {len}");
            }
        }
    }

    #[test]
    fn sorts_by_a_reversed_comparator_and_naturally() {
        let mut words = vec!["pear", "apple", "fig", "apple", "kiwi"];
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "kiwi", "pear"]);
        sort_by(&mut words, |a, b| b.len().cmp(&a.len()));
        assert_eq!(words, ["apple", "apple", "kiwi", "pear", "fig"]);
    }

    #[test]
    fn moves_items_that_are_not_copy() {
        let mut names: Vec<String> = ["c", "a", "b"].map(String::from).to_vec();
        sort(&mut names);
        assert_eq!(names, ["a", "b", "c"]);
    }
}
