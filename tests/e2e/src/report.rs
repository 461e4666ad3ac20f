//! What the tests record for `cargo xtask test` to print at the end.

use crate::workspace;

/// One row of the fault matrix (README, "Faults"): appended to
/// `target/fault-matrix.tsv`, which `cargo xtask test` prints at the end.
pub fn record_fault_row(
    scenario: &str,
    action: &str,
    message: &str,
    input_kept: bool,
    requests: u64,
    recovered: bool,
) {
    use std::io::Write;
    let path = workspace().join("target/fault-matrix.tsv");
    let yes = |b: bool| if b { "yes" } else { "NO" };
    let line = format!(
        "{scenario}\t{action}\t{}\t{}\t{requests}\t{}\n",
        message.replace(['\t', '\n'], " "),
        yes(input_kept),
        yes(recovered)
    );
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .unwrap();
    file.write_all(line.as_bytes()).unwrap();
}
