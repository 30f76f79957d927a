//! Typed tags: universal part-of-speech tags and Universal Dependencies
//! relations as enums, interned once when a model is loaded, so that a rule
//! compares a byte, and a misspelt tag does not compile.
//!
//! The relation set is the one of UD English EWT (2.x), subtypes included;
//! a label outside it reads as its base relation when that is known, else
//! as [`DepRel::Dep`] (UD's unspecified dependency).

macro_rules! tag_enum {
    ($(#[$doc:meta])* $name:ident, default $default:ident { $($var:ident = $s:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                #[doc = concat!("`", $s, "`")]
                $var,
            )*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$var),*];

            /// The tag as UD writes it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$var => $s,)*
                }
            }

            /// The value UD writes as `s`, if there is one.
            pub fn from_tag(s: &str) -> Option<Self> {
                match s {
                    $($s => Some($name::$var),)*
                    _ => None,
                }
            }
        }

        impl Default for $name {
            fn default() -> Self {
                $name::$default
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

tag_enum! {
    /// A universal part-of-speech tag. `X` (other) before tagging.
    Upos, default X {
        Adj = "ADJ",
        Adp = "ADP",
        Adv = "ADV",
        Aux = "AUX",
        Cconj = "CCONJ",
        Det = "DET",
        Intj = "INTJ",
        Noun = "NOUN",
        Num = "NUM",
        Part = "PART",
        Pron = "PRON",
        Propn = "PROPN",
        Punct = "PUNCT",
        Sconj = "SCONJ",
        Sym = "SYM",
        Verb = "VERB",
        X = "X",
    }
}

tag_enum! {
    /// A Universal Dependencies relation, with the subtypes of UD English
    /// EWT. `dep` (unspecified) before parsing.
    DepRel, default Dep {
        Acl = "acl",
        AclRelcl = "acl:relcl",
        Advcl = "advcl",
        AdvclRelcl = "advcl:relcl",
        Advmod = "advmod",
        Amod = "amod",
        Appos = "appos",
        Aux = "aux",
        AuxPass = "aux:pass",
        Case = "case",
        Cc = "cc",
        CcPreconj = "cc:preconj",
        Ccomp = "ccomp",
        Compound = "compound",
        CompoundPrt = "compound:prt",
        Conj = "conj",
        Cop = "cop",
        Csubj = "csubj",
        CsubjOuter = "csubj:outer",
        CsubjPass = "csubj:pass",
        Dep = "dep",
        Det = "det",
        DetPredet = "det:predet",
        Discourse = "discourse",
        Dislocated = "dislocated",
        Expl = "expl",
        Fixed = "fixed",
        Flat = "flat",
        Goeswith = "goeswith",
        Iobj = "iobj",
        List = "list",
        Mark = "mark",
        Nmod = "nmod",
        NmodDesc = "nmod:desc",
        NmodPoss = "nmod:poss",
        NmodUnmarked = "nmod:unmarked",
        Nsubj = "nsubj",
        NsubjOuter = "nsubj:outer",
        NsubjPass = "nsubj:pass",
        Nummod = "nummod",
        Obj = "obj",
        Obl = "obl",
        OblAgent = "obl:agent",
        OblUnmarked = "obl:unmarked",
        Orphan = "orphan",
        Parataxis = "parataxis",
        Punct = "punct",
        Reparandum = "reparandum",
        Root = "root",
        Vocative = "vocative",
        Xcomp = "xcomp",
    }
}

impl Upos {
    /// The tag `s`; an unknown tag is `X`.
    pub fn intern(s: &str) -> Upos {
        Upos::from_tag(s).unwrap_or(Upos::X)
    }

    /// A noun or a proper noun.
    pub fn is_nominal(self) -> bool {
        matches!(self, Upos::Noun | Upos::Propn)
    }
}

impl DepRel {
    /// The relation `s`: a known label, else its base relation (`obl:tmod`
    /// of older treebanks is `obl`), else `dep`.
    pub fn intern(s: &str) -> DepRel {
        DepRel::from_tag(s)
            .or_else(|| s.split(':').next().and_then(DepRel::from_tag))
            .unwrap_or(DepRel::Dep)
    }

    /// The relation without its subtype (`acl:relcl` -> `acl`).
    pub fn base(self) -> DepRel {
        DepRel::intern(self.as_str().split(':').next().unwrap_or(""))
    }

    /// A nominal subject, active or passive.
    pub fn is_nsubj(self) -> bool {
        matches!(self, DepRel::Nsubj | DepRel::NsubjPass | DepRel::NsubjOuter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tag_round_trips() {
        for &u in Upos::ALL {
            assert_eq!(Upos::from_tag(u.as_str()), Some(u));
        }
        for &d in DepRel::ALL {
            assert_eq!(DepRel::from_tag(d.as_str()), Some(d));
            assert_eq!(DepRel::intern(&d.to_string()), d);
        }
    }

    #[test]
    fn unknown_labels_fall_back_to_their_base() {
        assert_eq!(DepRel::intern("obl:tmod"), DepRel::Obl);
        assert_eq!(DepRel::intern("nonsense"), DepRel::Dep);
        assert_eq!(Upos::intern("NNX"), Upos::X);
        assert_eq!(DepRel::AclRelcl.base(), DepRel::Acl);
        assert_eq!(DepRel::Obj.base(), DepRel::Obj);
    }

    #[test]
    fn the_defaults_mean_not_yet_analysed() {
        assert_eq!(Upos::default(), Upos::X);
        assert_eq!(DepRel::default(), DepRel::Dep);
    }
}
