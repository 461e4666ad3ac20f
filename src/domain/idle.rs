//! The kiosk's idle rule: when the warning shows and when the screen clears.

use crate::config::Kiosk;

/// Where the idle timer stands after `idle_s` seconds without input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Idle {
    Active,
    /// The warning shows, with this many whole seconds left.
    Warning(u32),
    /// Time is up: clear everything.
    Expired,
}

/// The idle rule: warn after `idle_timeout_s`, count `warning_s` down, then expire.
pub fn idle_state(settings: &Kiosk, idle_s: f64) -> Idle {
    let warn_at = f64::from(settings.idle_timeout_s);
    let end = warn_at + f64::from(settings.warning_s);
    if idle_s < warn_at {
        Idle::Active
    } else if idle_s < end {
        Idle::Warning((end - idle_s).ceil() as u32)
    } else {
        Idle::Expired
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_then_counts_down_then_expires() {
        let k = Kiosk {
            enabled: true,
            idle_timeout_s: 60,
            warning_s: 10,
        };
        assert_eq!(idle_state(&k, 0.0), Idle::Active);
        assert_eq!(idle_state(&k, 59.9), Idle::Active);
        assert_eq!(idle_state(&k, 60.0), Idle::Warning(10));
        assert_eq!(idle_state(&k, 65.2), Idle::Warning(5));
        assert_eq!(idle_state(&k, 69.5), Idle::Warning(1));
        assert_eq!(idle_state(&k, 70.0), Idle::Expired);
    }
}
