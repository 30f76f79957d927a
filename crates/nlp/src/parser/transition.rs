//! The arc-eager transition system (Nivre 2003) with the artificial root at
//! the END of the buffer (Ballesteros & Nivre 2013), and its dynamic oracle
//! (Goldberg & Nivre 2012): the cost of each move in any configuration.
//!
//! Words are indexed `0..n`; index `n` is the root. The buffer is always the
//! contiguous range `b..=n`. Every word ends with a head: a word leaves the
//! stack only by LEFT-ARC (which gives it a head) or REDUCE (which needs one),
//! and once `b == n` only LEFT-ARC to the root (label `root`) or REDUCE apply.

/// No token / no head.
pub const NONE: u32 = u32::MAX;
/// No label.
pub const NO_LABEL: u16 = u16::MAX;

/// The four moves; LEFT and RIGHT carry a label.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Move {
    Shift,
    Reduce,
    Left,
    Right,
}

/// The classifier's class of a labelled move.
pub fn class_of(m: Move, label: usize) -> usize {
    match m {
        Move::Shift => 0,
        Move::Reduce => 1,
        Move::Left => 2 + 2 * label,
        Move::Right => 3 + 2 * label,
    }
}

/// The move and label of a class.
pub fn decode(class: usize) -> (Move, usize) {
    match class {
        0 => (Move::Shift, 0),
        1 => (Move::Reduce, 0),
        c if c % 2 == 0 => (Move::Left, (c - 2) / 2),
        c => (Move::Right, (c - 3) / 2),
    }
}

/// Number of classes for `n_labels` labels.
pub fn n_classes(n_labels: usize) -> usize {
    2 + 2 * n_labels
}

/// A parser configuration plus the bookkeeping the features need
/// (leftmost/rightmost children, valencies, label sets). Reused across
/// sentences: `reset` keeps the allocations.
#[derive(Default, Clone)]
pub struct State {
    /// Number of words; index `n` is the root.
    pub n: usize,
    pub stack: Vec<u32>,
    /// Front of the buffer.
    pub b: usize,
    pub head: Vec<u32>,
    pub label: Vec<u16>,
    /// Leftmost and second leftmost child.
    pub lc1: Vec<u32>,
    pub lc2: Vec<u32>,
    /// Rightmost and second rightmost child.
    pub rc1: Vec<u32>,
    pub rc2: Vec<u32>,
    /// Number of left and right children.
    pub nl: Vec<u16>,
    pub nr: Vec<u16>,
    /// Bit sets of the (coarse) labels of left and right children.
    pub lset: Vec<u64>,
    pub rset: Vec<u64>,
}

impl State {
    /// The initial configuration for `n` words.
    pub fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.b = 0;
        for v in [
            &mut self.head,
            &mut self.lc1,
            &mut self.lc2,
            &mut self.rc1,
            &mut self.rc2,
        ] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        self.label.clear();
        self.label.resize(n + 1, NO_LABEL);
        for v in [&mut self.nl, &mut self.nr] {
            v.clear();
            v.resize(n + 1, 0);
        }
        for v in [&mut self.lset, &mut self.rset] {
            v.clear();
            v.resize(n + 1, 0);
        }
    }

    /// Top of the stack, or `NONE`.
    #[inline]
    pub fn s0(&self) -> u32 {
        self.stack.last().copied().unwrap_or(NONE)
    }

    /// Second item of the stack, or `NONE`.
    #[inline]
    pub fn s1(&self) -> u32 {
        let l = self.stack.len();
        if l >= 2 {
            self.stack[l - 2]
        } else {
            NONE
        }
    }

    pub fn is_terminal(&self) -> bool {
        self.b >= self.n && self.stack.is_empty()
    }

    /// Which of SHIFT, REDUCE, LEFT, RIGHT apply (label constraints aside:
    /// LEFT takes the root label iff `b == n`, RIGHT never takes it).
    pub fn valid(&self) -> [bool; 4] {
        let s = self.s0();
        let at_root = self.b >= self.n;
        let has_s = s != NONE;
        let s_headed = has_s && self.head[s as usize] != NONE;
        [!at_root, s_headed, has_s && !s_headed, has_s && !at_root]
    }

    /// Applies a move; `coarse` is the bit of the label's coarse relation.
    pub fn apply(&mut self, m: Move, label: u16, coarse: u64) {
        match m {
            Move::Shift => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            Move::Reduce => {
                self.stack.pop();
            }
            Move::Left => {
                let s = self.stack.pop().expect("LEFT-ARC on an empty stack");
                self.add_arc(self.b as u32, s, label, coarse);
            }
            Move::Right => {
                let s = self.s0();
                self.add_arc(s, self.b as u32, label, coarse);
                self.stack.push(self.b as u32);
                self.b += 1;
            }
        }
    }

    fn add_arc(&mut self, h: u32, d: u32, label: u16, coarse: u64) {
        let (hu, du) = (h as usize, d as usize);
        self.head[du] = h;
        self.label[du] = label;
        if d < h {
            self.nl[hu] += 1;
            self.lset[hu] |= coarse;
            if self.lc1[hu] == NONE || d < self.lc1[hu] {
                self.lc2[hu] = self.lc1[hu];
                self.lc1[hu] = d;
            } else if self.lc2[hu] == NONE || d < self.lc2[hu] {
                self.lc2[hu] = d;
            }
        } else {
            self.nr[hu] += 1;
            self.rset[hu] |= coarse;
            if self.rc1[hu] == NONE || d > self.rc1[hu] {
                self.rc2[hu] = self.rc1[hu];
                self.rc1[hu] = d;
            } else if self.rc2[hu] == NONE || d > self.rc2[hu] {
                self.rc2[hu] = d;
            }
        }
    }

    /// Unlabelled cost of each move (SHIFT, REDUCE, LEFT, RIGHT) against the
    /// gold heads `gh` (root = `n`): how many still reachable gold arcs it
    /// makes unreachable. `u32::MAX` for moves that do not apply.
    pub fn costs(&self, gh: &[u32]) -> [u32; 4] {
        let valid = self.valid();
        let n = self.n;
        let b = self.b;
        let s = self.s0();
        let mut c = [u32::MAX; 4];
        if valid[0] {
            // SHIFT: b loses heads and headless dependents in the stack.
            let mut k = 0;
            for &x in &self.stack {
                if gh[b] == x {
                    k += 1;
                }
                if gh[x as usize] == b as u32 && self.head[x as usize] == NONE {
                    k += 1;
                }
            }
            c[0] = k;
        }
        // Dependents of s still in the buffer.
        let s_deps_in_buffer = if s != NONE {
            (b..n).filter(|&k| gh[k] == s).count() as u32
        } else {
            0
        };
        if valid[1] {
            c[1] = s_deps_in_buffer;
        }
        if valid[2] {
            let su = s as usize;
            let lost_head = (gh[su] as usize > b && gh[su] as usize <= n) as u32;
            c[2] = s_deps_in_buffer + lost_head;
        }
        if valid[3] {
            let mut k = 0;
            let g = gh[b];
            if g != s {
                let in_buffer = g as usize > b && g as usize <= n;
                if in_buffer || self.stack.contains(&g) {
                    k += 1;
                }
            }
            for &x in &self.stack {
                if gh[x as usize] == b as u32 && self.head[x as usize] == NONE {
                    k += 1;
                }
            }
            c[3] = k;
        }
        c
    }
}

/// Replaces non-projective arcs by lifting (each crossing arc's dependent
/// moves up to its grandparent, shortest arc first) until the tree is
/// projective. `heads` are indices with the root at `n = heads.len()`.
pub fn projectivize(heads: &mut [u32]) -> usize {
    let n = heads.len();
    let mut lifted = 0;
    loop {
        let mut worst: Option<(usize, usize)> = None; // (span, dependent)
        for d in 0..n {
            let h = heads[d] as usize;
            if !is_projective_arc(heads, h, d) {
                let span = h.abs_diff(d);
                if worst.is_none_or(|(sp, _)| span < sp) {
                    worst = Some((span, d));
                }
            }
        }
        match worst {
            None => return lifted,
            Some((_, d)) => {
                let h = heads[d] as usize;
                if h >= n {
                    return lifted; // cannot lift a root arc
                }
                heads[d] = heads[h];
                lifted += 1;
            }
        }
    }
}

/// Every word strictly between `h` and `d` is dominated by `h`.
fn is_projective_arc(heads: &[u32], h: usize, d: usize) -> bool {
    let n = heads.len();
    let (lo, hi) = if h < d { (h, d) } else { (d, h) };
    for k in lo + 1..hi {
        if k >= n {
            continue;
        }
        let mut x = k;
        let mut steps = 0;
        while x != h && x < n && steps <= n {
            x = heads[x] as usize;
            steps += 1;
        }
        if x != h {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the static path of the dynamic oracle: always a zero-cost move.
    fn oracle_parse(gh: &[u32]) -> Vec<u32> {
        let n = gh.len();
        let mut st = State::default();
        st.reset(n);
        while !st.is_terminal() {
            let c = st.costs(gh);
            let m = [Move::Left, Move::Right, Move::Reduce, Move::Shift]
                .into_iter()
                .find(|&m| c[idx(m)] == 0)
                .expect("a zero-cost move exists");
            st.apply(m, 0, 1);
        }
        st.head[..n].to_vec()
    }

    fn idx(m: Move) -> usize {
        match m {
            Move::Shift => 0,
            Move::Reduce => 1,
            Move::Left => 2,
            Move::Right => 3,
        }
    }

    #[test]
    fn classes_round_trip() {
        for c in 0..n_classes(7) {
            let (m, l) = decode(c);
            assert_eq!(class_of(m, l), c);
        }
    }

    #[test]
    fn oracle_reproduces_projective_trees() {
        // "The officials worry that cranes contain sensors ." root = worry (2)
        let gh = [1, 2, 8, 5, 5, 2, 5, 2];
        assert_eq!(oracle_parse(&gh), gh.to_vec());
        let gh2 = [8, 0, 0, 0, 0, 4, 4, 0];
        assert_eq!(oracle_parse(&gh2), gh2.to_vec());
    }

    #[test]
    fn lifting_makes_trees_projective() {
        // word 2 is the root (index 4 = n); the arc 3 -> 1 crosses it.
        let mut heads = [2u32, 3, 4, 2];
        assert!(!is_projective_arc(&heads, 3, 1));
        let lifted = projectivize(&mut heads);
        assert!(lifted > 0);
        for d in 0..4 {
            assert!(is_projective_arc(&heads, heads[d] as usize, d));
        }
    }
}
