//! Browser glue that is not a view: the tab's storage, keyboard focus, the
//! clipboard, the screen wake lock, and the page's language.

pub mod clipboard;
pub mod focus;
pub mod page;
pub mod storage;
pub mod wake_lock;
