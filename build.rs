//! Turns the translation files (`locales/*.ftl`, Fluent) into the app's
//! typed catalogue (`src/i18n/texts.rs` includes it): the `Texts` struct
//! from English, English's values compiled in, and the name of each other
//! language's file (fetched when chosen). A file with a missing or extra
//! key, a lost `{ $placeholder }` or a plural form CLDR does not give its
//! language fails the build, naming the file, line and key (`catalogue`
//! crate). The other languages' compact files are also written here, for
//! the component tests (`i18n::bundled`); `cargo xtask build` writes the
//! same files into `dist/`. And the served name of the phone data
//! (`phone-<hash>.js`, see `xtask/src/phone.rs`) goes into `phone.rs`.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=phone/entry.js");
    println!("cargo:rerun-if-changed=package-lock.json");
    let read = |name: &str| std::fs::read(root.join(name)).expect("a file of the repository");
    let phone = catalogue::phone_file_name(&read("phone/entry.js"), &read("package-lock.json"));
    std::fs::write(
        out.join("phone.rs"),
        format!("/// The phone data's served name (`catalogue::phone_file_name`).\npub const FILE: &str = {phone:?};\n"),
    )
    .expect("write to OUT_DIR");
    let all = match catalogue::load(&locales) {
        Ok(all) => all,
        Err(errors) => {
            eprintln!("The translation files have problems:\n{errors}");
            std::process::exit(1);
        }
    };
    let mut bundled = String::from(
        "/// Each served file's content, for the component tests.\npub const BUNDLED: [(&str, &str); ",
    );
    bundled.push_str(&format!("{}] = [\n", all.others.len()));
    for c in &all.others {
        let path = out.join(format!("{}.json", c.spec.tag));
        std::fs::write(&path, all.compact(c)).expect("write to OUT_DIR");
        bundled.push_str(&format!(
            "    ({:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{}.json\"))),\n",
            c.spec.tag, c.spec.tag
        ));
    }
    bundled.push_str("];\n");
    std::fs::write(out.join("texts.rs"), all.rust_source()).expect("write to OUT_DIR");
    std::fs::write(out.join("bundled.rs"), bundled).expect("write to OUT_DIR");
}
