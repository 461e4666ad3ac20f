//! Reading the answer's fields one by one, the way .NET servers really
//! write them: a field that cannot be read is left out, never the whole
//! answer (a person the server invited must always reach the roster, and
//! be removable).
//!
//! Every field of the answer's structs is decoded with [`lenient`]: the
//! field's JSON is taken as it is, then read as its type allows. Besides the
//! documented shape this accepts a number written as a string (`"42"`), an
//! integer written as a float (`30.0`), a single string where a list is
//! documented (`"NativeLanguage": "Spanish"`), `"true"`/`"false"` for a
//! boolean, and a number where text is documented (a PIN of `4321`).
//! Anything else reads as absent.

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::marker::PhantomData;

/// A type read leniently from whatever JSON value a field holds. Each hook
/// gets one JSON kind; the defaults read it as absent. Lists and objects
/// that are not read are skipped without being built (and without
/// recursing, however deep they are).
pub trait Lenient: Sized {
    fn from_bool(_: bool) -> Option<Self> {
        None
    }
    fn from_i64(_: i64) -> Option<Self> {
        None
    }
    fn from_u64(v: u64) -> Option<Self> {
        i64::try_from(v).ok().and_then(Self::from_i64)
    }
    fn from_f64(_: f64) -> Option<Self> {
        None
    }
    fn from_str(_: &str) -> Option<Self> {
        None
    }
    fn from_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<Option<Self>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<Self>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }
}

/// `deserialize_with` for every answer field (with `#[serde(default)]`, so
/// a missing field is `None` too).
pub fn lenient<'de, D: Deserializer<'de>, T: Lenient>(d: D) -> Result<Option<T>, D::Error> {
    Ok(Maybe::<T>::deserialize(d)?.0)
}

/// A field's value read as `T`, or `None`.
struct Maybe<T>(Option<T>);

impl<'de, T: Lenient> Deserialize<'de> for Maybe<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Reader(PhantomData)).map(Maybe)
    }
}

struct Reader<T>(PhantomData<T>);

impl<'de, T: Lenient> Visitor<'de> for Reader<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Option<T>, E> {
        Ok(T::from_bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Option<T>, E> {
        Ok(T::from_i64(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Option<T>, E> {
        Ok(T::from_u64(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Option<T>, E> {
        Ok(T::from_f64(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Option<T>, E> {
        Ok(T::from_str(v))
    }
    fn visit_unit<E>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_none<E>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Option<T>, A::Error> {
        T::from_seq(seq)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<T>, A::Error> {
        T::from_map(map)
    }
}

/// An integer written as a float with nothing after the point (`30.0`).
fn whole(f: f64) -> Option<i64> {
    (f.fract() == 0.0 && f.abs() < 9.0e15).then_some(f as i64)
}

/// A number in a string, read by serde_json's own float parser: the
/// standard library's (`str::parse::<f64>`) and its float printing add
/// about 20 KB of wasm with their tables, for a fallback.
fn float_in(s: &str) -> Option<f64> {
    serde_json::from_str::<f64>(s.trim())
        .ok()
        .filter(|f| f.is_finite())
}

impl Lenient for i64 {
    fn from_i64(v: i64) -> Option<i64> {
        Some(v)
    }
    fn from_f64(v: f64) -> Option<i64> {
        whole(v)
    }
    fn from_str(s: &str) -> Option<i64> {
        let s = s.trim();
        s.parse().ok().or_else(|| float_in(s).and_then(whole))
    }
}

impl Lenient for f64 {
    fn from_i64(v: i64) -> Option<f64> {
        Some(v as f64)
    }
    fn from_u64(v: u64) -> Option<f64> {
        Some(v as f64)
    }
    fn from_f64(v: f64) -> Option<f64> {
        Some(v)
    }
    fn from_str(s: &str) -> Option<f64> {
        float_in(s)
    }
}

impl Lenient for bool {
    fn from_bool(v: bool) -> Option<bool> {
        Some(v)
    }
    fn from_str(s: &str) -> Option<bool> {
        match s.trim() {
            t if t.eq_ignore_ascii_case("true") => Some(true),
            f if f.eq_ignore_ascii_case("false") => Some(false),
            _ => None,
        }
    }
}

impl Lenient for String {
    fn from_i64(v: i64) -> Option<String> {
        Some(v.to_string())
    }
    fn from_u64(v: u64) -> Option<String> {
        Some(v.to_string())
    }
    /// Whole numbers only (a PIN sent as `4321.0`); text is never a fraction.
    fn from_f64(v: f64) -> Option<String> {
        whole(v).map(|i| i.to_string())
    }
    fn from_str(s: &str) -> Option<String> {
        Some(s.to_string())
    }
}

/// A list: the elements that cannot be read are left out, the rest kept;
/// a single value where a list is documented is a list of one.
impl<T: Lenient> Lenient for Vec<T> {
    fn from_bool(v: bool) -> Option<Vec<T>> {
        T::from_bool(v).map(|one| vec![one])
    }
    fn from_i64(v: i64) -> Option<Vec<T>> {
        T::from_i64(v).map(|one| vec![one])
    }
    fn from_u64(v: u64) -> Option<Vec<T>> {
        T::from_u64(v).map(|one| vec![one])
    }
    fn from_f64(v: f64) -> Option<Vec<T>> {
        T::from_f64(v).map(|one| vec![one])
    }
    fn from_str(s: &str) -> Option<Vec<T>> {
        T::from_str(s).map(|one| vec![one])
    }
    fn from_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<Option<Vec<T>>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(Maybe(item)) = seq.next_element::<Maybe<T>>()? {
            items.extend(item);
        }
        Ok(Some(items))
    }
    fn from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Option<Vec<T>>, A::Error> {
        Ok(T::from_map(map)?.map(|one| vec![one]))
    }
}

/// Makes each struct [`Lenient`]: read from a JSON object (its own fields
/// lenient in turn); any other value is absent (serde would otherwise also
/// read a struct from an array of its fields).
macro_rules! lenient_objects {
    ($($t:ty),* $(,)?) => {
        $(impl $crate::api::lenient::Lenient for $t {
            fn from_map<'de, A: serde::de::MapAccess<'de>>(map: A) -> Result<Option<Self>, A::Error> {
                <$t as serde::Deserialize>::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )
                .map(Some)
            }
        })*
    };
}
pub(crate) use lenient_objects;

#[cfg(test)]
mod tests {
    use super::*;

    /// `T` read from a field holding `json`.
    fn read<T: Lenient>(json: &str) -> Option<T> {
        #[derive(Deserialize)]
        struct Field<T: Lenient> {
            #[serde(default = "none", deserialize_with = "lenient")]
            v: Option<T>,
        }
        fn none<T>() -> Option<T> {
            None
        }
        serde_json::from_str::<Field<T>>(&format!(r#"{{"v":{json}}}"#))
            .unwrap()
            .v
    }

    #[test]
    fn integers_as_numbers_floats_or_strings() {
        for v in ["30", "30.0", r#""30""#, r#"" 30 ""#, r#""30.0""#] {
            assert_eq!(read::<i64>(v), Some(30), "{v}");
        }
        for v in ["30.5", r#""thirty""#, "true", "[30]", "null", r#"{"a":1}"#] {
            assert_eq!(read::<i64>(v), None, "{v}");
        }
    }

    #[test]
    fn lists_from_one_string_and_text_from_numbers() {
        assert_eq!(
            read::<Vec<String>>(r#""Spanish""#),
            Some(vec!["Spanish".into()])
        );
        assert_eq!(
            read::<Vec<String>>(r#"["Spanish", 5, null, [1]]"#),
            Some(vec!["Spanish".into(), "5".into()])
        );
        assert_eq!(read::<String>("4321"), Some("4321".into()));
        assert_eq!(read::<String>(r#"{"a": 1}"#), None);
        assert_eq!(read::<bool>(r#""True""#), Some(true));
        assert_eq!(read::<bool>("1"), None);
        assert_eq!(read::<f64>(r#""4.5""#), Some(4.5));
        assert_eq!(read::<f64>(r#""NaN""#), None);
    }

    #[test]
    fn a_deep_value_in_a_field_is_skipped_not_an_error() {
        let deep = format!("{}1{}", "[".repeat(200_000), "]".repeat(200_000));
        assert_eq!(read::<String>(&deep), None);
    }
}
