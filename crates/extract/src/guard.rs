//! The article boundary: a failure or a panic while one article is
//! analysed or extracted becomes that article's error, and the other
//! articles go on.
//!
//! A panic is a bug, but one bad article among 100,000 must not end an
//! ingest. [`contained`] catches it and reports it as
//! [`Error::Panicked`](crate::Error::Panicked) with its message and place;
//! while it runs, the panic hook records the panic instead of printing it
//! (panics elsewhere print as before).

use crate::Error;
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many [`contained`] calls this thread is inside.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// The last contained panic's message and place on this thread.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

fn install_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if DEPTH.with(Cell::get) == 0 {
                return previous(info);
            }
            let message = payload_message(info.payload());
            let text = match info.location() {
                Some(l) => format!("{message} (at {}:{})", l.file(), l.line()),
                None => message,
            };
            LAST.with(|l| *l.borrow_mut() = Some(text));
        }));
    });
}

fn payload_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_string()
    }
}

/// Runs `work` for the article read from `input`; a panic inside becomes
/// [`Error::Panicked`] naming `input`.
pub fn contained<T>(input: &str, work: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    install_hook();
    DEPTH.with(|d| d.set(d.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    DEPTH.with(|d| d.set(d.get() - 1));
    result.unwrap_or_else(|payload| {
        let message = LAST
            .with(|l| l.borrow_mut().take())
            .unwrap_or_else(|| payload_message(payload.as_ref()));
        Err(Error::Panicked {
            input: input.to_string(),
            message,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_inputs_error_and_the_next_call_works() {
        let err = contained::<()>("a.txt", || {
            let v: Vec<u8> = Vec::new();
            let i = v.len().wrapping_sub(1);
            println!("{}", v[i]);
            Ok(())
        })
        .unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("a.txt: internal error: index out of bounds"),
            "{text}"
        );
        assert!(text.contains("guard.rs:"), "the place of the panic: {text}");
        assert_eq!(contained("b.txt", || Ok(7)).unwrap(), 7);
    }

    #[test]
    fn errors_pass_through() {
        let err = contained::<()>("c.txt", || {
            Err(Error::UnknownExtractor { name: "x".into() })
        })
        .unwrap_err();
        assert!(matches!(err, Error::UnknownExtractor { .. }));
    }
}
