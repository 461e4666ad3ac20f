//! The reactive state, shared by context: each handle owns what it holds,
//! whichever component reads or writes it.

pub mod clock;
pub mod events;
pub mod invite;
pub mod language;
pub mod phone;
pub mod roster;
pub mod selection;
