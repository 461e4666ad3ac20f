//! Embedding: the iframe host's postMessage protocol (pure rules, tested on
//! the host) and the bridge that runs it in the page.

pub mod bridge;
pub mod messages;
pub mod protocol;
