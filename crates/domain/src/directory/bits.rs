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

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
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
    pub fn ones(&self) -> Ones<'_> {
        Ones {
            words: &self.words,
            index: 0,
            rest: self.words.first().copied().unwrap_or(0),
        }
    }
}

/// The members of a set in increasing order: one word at a time, its lowest
/// bit cleared at each step.
pub struct Ones<'a> {
    words: &'a [u64],
    index: usize,
    /// What is left of `words[index]`.
    rest: u64,
}

impl Iterator for Ones<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.rest == 0 {
            self.index += 1;
            self.rest = *self.words.get(self.index)?;
        }
        let bit = self.rest.trailing_zeros() as usize;
        self.rest &= self.rest - 1;
        Some(self.index * 64 + bit)
    }
}

/// Σ popcount(s ∧ (x ∨ y)), the inner loop of every facet count. The
/// portable x86-64 baseline has no popcount instruction and emulates it;
/// the same loop is also compiled for processors that count bits in one
/// instruction, or 4 words at a time (AVX2), and the best version the
/// processor runs is chosen once. (An AVX-512 version would need Rust
/// 1.89; the workspace builds with 1.88.)
#[allow(unsafe_code)]
mod popcount {
    #[cfg(target_arch = "x86_64")]
    use std::sync::LazyLock;

    macro_rules! count_loop {
        ($s:ident, $x:ident, $y:ident) => {
            $s.iter()
                .zip($x.iter().zip($y))
                .map(|(s, (x, y))| (s & (x | y)).count_ones())
                .sum()
        };
    }

    fn portable(s: &[u64], x: &[u64], y: &[u64]) -> u32 {
        count_loop!(s, x, y)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "popcnt")]
    fn popcnt(s: &[u64], x: &[u64], y: &[u64]) -> u32 {
        count_loop!(s, x, y)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,popcnt")]
    fn avx2(s: &[u64], x: &[u64], y: &[u64]) -> u32 {
        count_loop!(s, x, y)
    }

    type Sum = unsafe fn(&[u64], &[u64], &[u64]) -> u32;

    #[cfg(target_arch = "x86_64")]
    static BEST: LazyLock<Sum> = LazyLock::new(|| {
        use std::arch::is_x86_feature_detected as has;
        if has!("avx2") && has!("popcnt") {
            avx2
        } else if has!("popcnt") {
            popcnt
        } else {
            portable
        }
    });

    pub fn sum(s: &[u64], x: &[u64], y: &[u64]) -> u32 {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: BEST only holds a version whose features the processor has.
        return unsafe { BEST(s, x, y) };
        #[cfg(not(target_arch = "x86_64"))]
        portable(s, x, y)
    }

    #[cfg(all(test, target_arch = "x86_64"))]
    #[test]
    fn every_version_counts_the_same() {
        let s: Vec<u64> = (0..300u64)
            .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect();
        let x: Vec<u64> = s.iter().map(|v| v.rotate_left(17)).collect();
        let y: Vec<u64> = s.iter().map(|v| !v.rotate_right(5)).collect();
        let expected = portable(&s, &x, &y);
        use std::arch::is_x86_feature_detected as has;
        // SAFETY: each version runs only where its features are present.
        unsafe {
            if has!("popcnt") {
                assert_eq!(popcnt(&s, &x, &y), expected);
            }
            if has!("avx2") && has!("popcnt") {
                assert_eq!(avx2(&s, &x, &y), expected);
            }
        }
        assert_eq!(sum(&s, &x, &y), expected);
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
        assert_eq!(Bits::empty(130).ones().next(), None);
        assert_eq!(Bits::empty(0).ones().next(), None);
        assert_eq!(Bits::full(130).ones().count(), 130);
    }
}
