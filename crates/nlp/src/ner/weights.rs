//! How the NER scores features: the [`Scorer`] trait, implemented by the
//! perceptron under training and by the compact [`Table`] the model file
//! holds (whose quantised sums are scaled back to real scores here).

use crate::perceptron::Perceptron;
use crate::table::Table;

/// Scores features: implemented by the trained perceptron (used while
/// training) and by the compact [`Table`].
pub(crate) trait Scorer {
    /// Adds the weights of `feats` into `out` (length: the number of classes).
    fn add_scores(&self, feats: &[u64], out: &mut [f32]);

    /// Scores several feature sets of `per` features each at once: set `b`
    /// (`feats[b * per..(b + 1) * per]`) into `out[b * nc..(b + 1) * nc]`.
    fn add_scores_blocks(&self, feats: &[u64], per: usize, nc: usize, out: &mut [f32]) {
        for (f, o) in feats.chunks(per).zip(out.chunks_mut(nc)) {
            self.add_scores(f, o);
        }
    }
}

impl Scorer for Perceptron {
    fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
        self.scores(feats, out);
    }
}

/// Quantised sums of at most this many scores are kept on the stack.
const BUF: usize = 256;

impl Scorer for Table {
    fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
        let mut buf = [0i32; BUF];
        let buf = &mut buf[..out.len()];
        self.scores(feats, buf);
        let scale = self.scale();
        for (o, &b) in out.iter_mut().zip(buf.iter()) {
            *o += b as f32 * scale;
        }
    }

    fn add_scores_blocks(&self, feats: &[u64], per: usize, nc: usize, out: &mut [f32]) {
        let blocks = (BUF / nc.max(1)).max(1);
        let scale = self.scale();
        let mut buf = [0i32; BUF];
        for (f, o) in feats.chunks(per * blocks).zip(out.chunks_mut(nc * blocks)) {
            let buf = &mut buf[..o.len()];
            buf.fill(0);
            self.scores_blocks(f, per, buf);
            for (o, &b) in o.iter_mut().zip(buf.iter()) {
                *o += b as f32 * scale;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::{feature, Trainer};

    #[test]
    fn the_table_scores_like_the_perceptron() {
        let mut t = Trainer::new(3);
        let feats: Vec<Vec<u64>> = (0..200)
            .map(|i| {
                vec![
                    feature(1, &[&i.to_string()]),
                    feature(2, &[&(i % 7).to_string()]),
                ]
            })
            .collect();
        for (i, f) in feats.iter().enumerate() {
            t.tick();
            t.update(i % 3, (i + 1) % 3, f);
        }
        let p = t.finish(0.0);
        let w = Table::from_perceptron(&p, 0.0, usize::MAX).unwrap();
        for f in &feats {
            let (mut a, mut b) = (vec![0.0; 3], vec![0.0; 3]);
            p.add_scores(f, &mut a);
            w.add_scores(f, &mut b);
            for (x, y) in a.iter().zip(&b) {
                assert!((x - y).abs() < 1e-3, "{a:?} {b:?}");
            }
        }
        let flat: Vec<u64> = feats[..150].concat();
        let (mut a, mut b) = (vec![0.0; 450], vec![0.0; 450]);
        p.add_scores_blocks(&flat, 2, 3, &mut a);
        w.add_scores_blocks(&flat, 2, 3, &mut b);
        for (x, y) in a.iter().zip(&b) {
            assert!((x - y).abs() < 1e-3, "{x} {y}");
        }
        // unknown features score nothing
        let mut c = vec![0.0; 3];
        w.add_scores(&[feature(9, &["nope"])], &mut c);
        assert_eq!(c, [0.0; 3]);
    }
}
