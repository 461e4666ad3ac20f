//! Browser glue that is not a view: the tab's storage, keyboard focus, the
//! clipboard, the screen wake lock, the page's language, the crash
//! screen's texts, and fetching a language's texts.

pub mod catalogue;
pub mod clipboard;
pub mod crash;
pub mod focus;
pub mod page;
pub mod phone;
pub mod storage;
pub mod wake_lock;
