//! Word lists the tokeniser and sentence splitter consult: abbreviations
//! that keep their period, titles that never end a sentence, hyphen
//! prefixes that EWT keeps attached, contractions written without an
//! apostrophe, units split off numbers, and words that clearly start a
//! sentence.
//!
//! Lookups take ASCII text (the callers lowercase into a small buffer where
//! the match is case-insensitive); `match` on `&str` keeps them allocation-free.

/// Abbreviations (without their final period) that keep the period as part
/// of the token: "Co.", "Jan.", "etc.". Case-sensitive. Single capital
/// letters (initials) and dotted forms ("U.S", "a.m") are recognised by
/// shape in the scanner, not here.
pub fn is_abbreviation(w: &str) -> bool {
    is_title(w)
        || matches!(
            w,
            // companies and organisations
            "Co" | "Cos" | "Corp" | "Inc" | "Ltd" | "Bros" | "Assn" | "Assoc" | "Dept" | "Univ"
                | "Intl" | "Natl" | "Govt" | "co" | "corp" | "inc" | "ltd" | "dept" | "govt"
                // months and days
                | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept"
                | "Oct" | "Nov" | "Dec" | "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur"
                | "Thurs" | "Fri" | "Sat" | "Sun"
                // places and addresses
                | "St" | "Ave" | "Blvd" | "Rd" | "Hwy" | "Ste" | "Apt" | "Bldg"
                // US states (AP style)
                | "Ala" | "Ariz" | "Ark" | "Calif" | "Colo" | "Conn" | "Del" | "Fla" | "Ga"
                | "Ill" | "Ind" | "Kan" | "Kans" | "Ky" | "La" | "Md" | "Mass" | "Mich"
                | "Minn" | "Miss" | "Mo" | "Mont" | "Neb" | "Nev" | "Okla" | "Ore" | "Pa"
                | "Penn" | "Tenn" | "Tex" | "Va" | "Vt" | "Wash" | "Wis" | "Wyo"
                // persons' suffixes and degrees
                | "Jr" | "Sr" | "Esq" | "Ph"
                // running text
                | "etc" | "vs" | "al" | "approx" | "est" | "fig" | "Fig" | "figs" | "ca"
                | "cf" | "viz" | "pp" | "eds" | "Eds" | "vol" | "Vol" | "vols"
                | "ch" | "Ch" | "sec" | "Sec" | "ext" | "Ext" | "tel" | "Tel" | "mins" | "hrs"
                | "yrs" | "mos" | "div" | "lbs" | "lb" | "oz" | "ft" | "sq" | "Attn" | "attn" | "Ref"
                | "esp" | "Esp" | "eg" | "misc" | "No" | "Nos" | "nos" | "Ps" | "ps"
        )
}

/// Titles and words that stand before a name or number and so never end a
/// sentence ("Mr.", "Gov.", "No.").
pub fn is_title(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Messrs"
            | "Mme"
            | "Mlle"
            | "Dr"
            | "Drs"
            | "Prof"
            | "Gov"
            | "Govs"
            | "Sen"
            | "Sens"
            | "Rep"
            | "Reps"
            | "Gen"
            | "Gens"
            | "Lt"
            | "Col"
            | "Maj"
            | "Capt"
            | "Cmdr"
            | "Cdr"
            | "Adm"
            | "Sgt"
            | "Cpl"
            | "Pvt"
            | "Brig"
            | "Rev"
            | "Hon"
            | "Pres"
            | "Supt"
            | "Insp"
            | "Det"
            | "Fr"
            | "Ft"
            | "Mt"
            | "Pt"
            // never at a sentence end either
            | "e.g"
            | "E.g"
            | "i.e"
            | "I.e"
            | "cf"
            | "viz"
            | "c"
            | "ca"
            | "approx"
            | "vs"
    )
}

/// Lowercased left parts of hyphenated words that UD EWT keeps as one word
/// ("e-mail", "non-profit", "re-election", "mid-July"); every other hyphen
/// between words is split off ("15 - year", "al - Qaeda").
pub fn is_hyphen_prefix(w: &str) -> bool {
    matches!(
        w,
        "e" | "non"
            | "pre"
            | "anti"
            | "mid"
            | "re"
            | "post"
            | "co"
            | "over"
            | "pro"
            | "multi"
            | "ex"
            | "sub"
            | "semi"
            | "neo"
            | "cross"
            | "psycho"
            | "socio"
            | "intra"
            | "arch"
            | "counter"
            | "un"
            | "micro"
            | "macro"
            | "ultra"
            | "quasi"
            | "pseudo"
            | "trans"
            | "bi"
            | "tri"
            | "mega"
            | "meta"
            | "hyper"
            | "geo"
    )
}

/// Contractions written without an apostrophe, as EWT splits them:
/// returns the length of the first part ("dont" -> 2: "do" + "nt").
/// `w` is lowercased.
pub fn apostropheless_split(w: &str) -> Option<usize> {
    Some(match w {
        "dont" | "cant" | "wont" | "isnt" | "aint" => 2,
        "didnt" | "wasnt" | "arent" | "hasnt" | "hadnt" => 3,
        "doesnt" | "werent" | "havent" => 4,
        "couldnt" | "wouldnt" => 5,
        "shouldnt" => 6,
        "cannot" | "gonna" | "wanna" | "gotta" | "youre" | "outta" => 3,
        "kinda" | "sorta" => 4,
        "theyre" => 4,
        _ => return None,
    })
}

/// Lowercased unit suffixes split off a number written without a space
/// ("$2bn" -> "2" "bn", "5pm" -> "5" "pm"), as EWT does.
pub fn is_unit(w: &str) -> bool {
    matches!(
        w,
        "am" | "pm"
            | "bn"
            | "b"
            | "m"
            | "mn"
            | "mln"
            | "k"
            | "kg"
            | "km"
            | "cm"
            | "mm"
            | "lb"
            | "lbs"
            | "oz"
            | "ft"
            | "mi"
            | "mph"
            | "kph"
            | "ml"
            | "gb"
            | "mb"
            | "tb"
            | "kb"
            | "ghz"
            | "mhz"
            | "hz"
            | "kw"
            | "mw"
            | "gw"
            | "kwh"
            | "mwh"
            | "gwh"
            | "hrs"
            | "hr"
            | "min"
            | "mins"
            | "sec"
            | "secs"
            | "yr"
            | "yrs"
            | "tn"
            | "trn"
            | "tr"
            | "pct"
            | "pc"
    )
}

/// Capitalised words that clearly open a sentence, so that a period after an
/// abbreviation or initial before them ends the sentence ("... Co. The
/// company ..."). Case-sensitive.
pub fn is_sentence_starter(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Here"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "In"
            | "On"
            | "At"
            | "For"
            | "From"
            | "With"
            | "By"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "Since"
            | "As"
            | "Although"
            | "Though"
            | "However"
            | "Meanwhile"
            | "Moreover"
            | "Also"
            | "Still"
            | "Yet"
            | "Then"
            | "Now"
            | "Today"
            | "What"
            | "Who"
            | "Why"
            | "How"
            | "Where"
            | "Which"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "According"
            | "Officials"
            | "Despite"
            | "During"
            | "Under"
            | "Last"
            | "Earlier"
            | "Later"
            | "Specifically"
            | "Several"
            | "Both"
            | "Such"
            | "Other"
            | "No"
            | "Not"
    )
}

/// Lowercased top-level domains: a period before one of them, at the end of
/// a word, is inside a domain name even before a capital ("Newsfeed.Com").
pub fn is_tld(w: &str) -> bool {
    matches!(
        w,
        "com"
            | "org"
            | "net"
            | "gov"
            | "edu"
            | "mil"
            | "int"
            | "info"
            | "biz"
            | "io"
            | "co"
            | "uk"
            | "us"
            | "ca"
            | "au"
            | "de"
            | "fr"
            | "ru"
            | "cn"
            | "jp"
            | "in"
            | "eu"
            | "tv"
    )
}

/// Lowercase words a sentence (or headline) does not end with, so that a
/// line ending with one runs on to the next line. Case-sensitive.
pub fn is_run_on_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "and"
            | "or"
            | "but"
            | "that"
            | "as"
            | "into"
            | "than"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "may"
            | "might"
            | "can"
            | "should"
            | "said"
    )
}
