//! The benchmark page's entry (feature `bench`): see `src/bench.rs`.
fn main() {
    vri_invite::bench::mount();
}
