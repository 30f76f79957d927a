//! How much the rules trust a relation, by the pattern that found it.

/// A verb with its subject and object, or a passive with its agent
/// ("the military destroyed a balloon", "cranes made by ZPMC").
pub const DIRECT: f32 = 0.8;

/// A copula: "the balloon was a weather research craft".
pub const COPULA: f32 = 0.7;

/// A prepositional attachment, as a `verb_prep` predicate ("used in ports").
pub const PREPOSITIONAL: f32 = 0.6;

/// An apposition: "ZPMC, a state-owned company".
pub const APPOSITION: f32 = 0.6;

/// The factor a hedged relation's confidence is multiplied by ("may spy").
pub const HEDGED_FACTOR: f32 = 0.8;
