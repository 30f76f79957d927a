//! The NER's internal label scheme: BILOU (Begin, Inside, Last, Unit, O) over
//! the entity types of the training data, the transitions it allows, and the
//! conversions from and to IOB2 labels.
//!
//! Class 0 is `O`; class `1 + 4 * t + k` is part `k` (B, I, L, U) of type `t`.

/// Positions of a token in an entity.
pub(crate) const B: usize = 0;
pub(crate) const I: usize = 1;
pub(crate) const L: usize = 2;
pub(crate) const U: usize = 3;

/// The BILOU label set over a list of entity types.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Labels {
    pub types: Vec<String>,
}

impl Labels {
    pub fn new(types: Vec<String>) -> Self {
        Labels { types }
    }

    pub fn n_classes(&self) -> usize {
        1 + 4 * self.types.len()
    }

    pub fn class(t: usize, k: usize) -> usize {
        1 + 4 * t + k
    }

    /// `(type, part)` of a class, `None` for `O`.
    pub fn split(c: usize) -> Option<(usize, usize)> {
        if c == 0 {
            None
        } else {
            Some(((c - 1) / 4, (c - 1) % 4))
        }
    }

    /// The type index of a class, `n_types` for `O` (used in history counts).
    pub fn type_or_o(&self, c: usize) -> usize {
        Self::split(c).map_or(self.types.len(), |(t, _)| t)
    }

    /// True when an entity is open after `c` (B or I), so that the next token
    /// must continue it.
    pub fn open(c: usize) -> bool {
        matches!(Self::split(c), Some((_, k)) if k == B || k == I)
    }

    /// Whether class `cur` may follow class `prev` (`None` at the sentence
    /// start); `last` says that `cur` ends the sentence.
    pub fn allowed(prev: Option<usize>, cur: usize, last: bool) -> bool {
        let open_type = match prev {
            Some(p) if Self::open(p) => Self::split(p).map(|(t, _)| t),
            _ => None,
        };
        match (open_type, Self::split(cur)) {
            (Some(t), Some((ct, k))) => ct == t && (k == L || (k == I && !last)),
            (Some(_), None) => false,
            (None, None) => true,
            (None, Some((_, k))) => k == U || (k == B && !last),
        }
    }

    /// BILOU classes of one sentence's IOB2 (or IOB1) labels. Types not in
    /// the label set are read as `O`.
    pub fn encode<S: AsRef<str>>(&self, labels: &[S]) -> Vec<usize> {
        let mut out = vec![0; labels.len()];
        for (s, e, ty) in crate::eval_ner::spans(labels) {
            let Some(t) = self.types.iter().position(|x| *x == ty) else {
                continue;
            };
            if e - s == 1 {
                out[s] = Self::class(t, U);
            } else {
                out[s] = Self::class(t, B);
                for o in &mut out[s + 1..e - 1] {
                    *o = Self::class(t, I);
                }
                out[e - 1] = Self::class(t, L);
            }
        }
        out
    }

    /// IOB2 label of a class.
    pub fn iob2(&self, c: usize) -> String {
        match Self::split(c) {
            None => "O".to_string(),
            Some((t, k)) => {
                let p = if k == B || k == U { "B" } else { "I" };
                format!("{p}-{}", self.types[t])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_and_decodes_bilou() {
        let l = Labels::new(vec!["LOC".into(), "PER".into()]);
        let gold = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"];
        let c = l.encode(&gold);
        assert_eq!(
            c,
            vec![
                Labels::class(1, B),
                Labels::class(1, I),
                Labels::class(1, L),
                0,
                Labels::class(0, U),
                Labels::class(0, B),
                Labels::class(0, L)
            ]
        );
        let back: Vec<String> = c.iter().map(|&x| l.iob2(x)).collect();
        assert_eq!(back, gold);
        // every gold sequence is allowed
        let mut prev = None;
        for (i, &x) in c.iter().enumerate() {
            assert!(Labels::allowed(prev, x, i + 1 == c.len()));
            prev = Some(x);
        }
        assert!(!Labels::allowed(None, Labels::class(0, I), false));
        assert!(!Labels::allowed(None, Labels::class(0, B), true));
        assert!(!Labels::allowed(Some(Labels::class(0, B)), 0, false));
        assert!(!Labels::allowed(
            Some(Labels::class(0, B)),
            Labels::class(1, L),
            false
        ));
    }
}
