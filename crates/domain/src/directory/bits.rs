//! A fixed-size set of entries, one bit each: filters are word-wise AND and
//! OR, facet counts are population counts.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bits {
    words: Vec<u64>,
}

impl Bits {
    pub fn empty(len: usize) -> Bits {
        Bits {
            words: vec![0; len.div_ceil(64)],
        }
    }

    pub fn full(len: usize) -> Bits {
        let mut bits = Bits {
            words: vec![u64::MAX; len.div_ceil(64)],
        };
        if !len.is_multiple_of(64)
            && let Some(last) = bits.words.last_mut()
        {
            *last = (1u64 << (len % 64)) - 1;
        }
        bits
    }

    pub fn set(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    pub fn contains(&self, i: usize) -> bool {
        self.words[i / 64] & (1 << (i % 64)) != 0
    }

    pub fn and_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn or_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    pub fn count(&self) -> u32 {
        popcount::sum(&self.words, &self.words, &self.words)
    }

    /// |self ∩ other|
    pub fn count_and(&self, other: &Bits) -> u32 {
        popcount::sum(&self.words, &other.words, &other.words)
    }

    /// |self ∩ (a ∪ b)|
    pub fn count_and_either(&self, a: &Bits, b: &Bits) -> u32 {
        popcount::sum(&self.words, &a.words, &b.words)
    }

    /// The members, in increasing order.
    pub fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(w, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    w * 64 + bit
                })
            })
        })
    }
}

/// Σ popcount(s ∧ (x ∨ y)), the inner loop of every facet count. The
/// portable x86-64 baseline has no popcount instruction and emulates it;
/// processors that have one (nearly all since 2008) get a version compiled
/// for it, chosen once at run time.
mod popcount {
    #[cfg(target_arch = "x86_64")]
    use std::sync::LazyLock;

    fn portable(s: &[u64], x: &[u64], y: &[u64]) -> u32 {
        s.iter()
            .zip(x.iter().zip(y))
            .map(|(s, (x, y))| (s & (x | y)).count_ones())
            .sum()
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "popcnt")]
    fn native(s: &[u64], x: &[u64], y: &[u64]) -> u32 {
        s.iter()
            .zip(x.iter().zip(y))
            .map(|(s, (x, y))| (s & (x | y)).count_ones())
            .sum()
    }

    #[cfg(target_arch = "x86_64")]
    static HAS_POPCNT: LazyLock<bool> =
        LazyLock::new(|| std::arch::is_x86_feature_detected!("popcnt"));

    pub fn sum(s: &[u64], x: &[u64], y: &[u64]) -> u32 {
        #[cfg(target_arch = "x86_64")]
        if *HAS_POPCNT {
            // SAFETY: the processor was checked to have the instruction.
            return unsafe { native(s, x, y) };
        }
        portable(s, x, y)
    }
}

#[cfg(test)]
mod tests {
    use super::Bits;

    #[test]
    fn set_operations_and_counts() {
        let mut a = Bits::empty(130);
        let mut b = Bits::empty(130);
        for i in [0, 63, 64, 129] {
            a.set(i);
        }
        for i in [63, 100, 129] {
            b.set(i);
        }
        assert_eq!(a.count_and(&b), 2);
        assert_eq!(Bits::full(130).count(), 130);
        assert_eq!(Bits::full(130).count_and_either(&a, &b), 5);
        let mut c = a.clone();
        c.and_with(&b);
        assert_eq!(c.ones().collect::<Vec<_>>(), [63, 129]);
        c.or_with(&a);
        assert_eq!(c.ones().collect::<Vec<_>>(), [0, 63, 64, 129]);
        assert!(c.contains(64) && !c.contains(65));
    }
}
