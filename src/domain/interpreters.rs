//! The interpreter list's rules: each interpreter prepared once for display,
//! the filter and sort, and which rows a scrolled window shows.

use crate::api::model::ParaRequestProvider;
use crate::domain::format::{self, shown};
use crate::domain::images;
use crate::i18n::Lang;
use std::ops::Range;

/// One interpreter, prepared once when the list arrives (so filtering and
/// scrolling never re-decode images or re-join languages).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Position in `providerList`.
    pub index: usize,
    /// `RequestProviderId`, for keys (not unique in every answer: the
    /// samples repeat it, so keys pair it with `index`).
    pub id: Option<i64>,
    pub name: String,
    pub native: Option<String>,
    pub other: Option<String>,
    pub rate: Option<f64>,
    pub performance: Option<f64>,
    pub call: Option<bool>,
    pub video: Option<bool>,
    pub text: Option<bool>,
    pub need_help: Option<String>,
    pub special_type: Option<i64>,
    pub any_meeting: Option<bool>,
    /// A `data:` URL that passed the allowlist, else `None` (initials).
    pub image: Option<String>,
    pub initials: String,
    pub has_schedule: bool,
    /// Name and languages, lower-cased, for filtering.
    haystack: String,
}

/// Prepares the list for display; an interpreter without a name is called
/// so in `lang`.
pub fn entries(list: &[ParaRequestProvider], lang: Lang) -> Vec<Entry> {
    let unnamed = lang.texts().unnamed_interpreter;
    list.iter()
        .enumerate()
        .map(|(index, p)| {
            let name = shown(p.name.as_deref()).unwrap_or_else(|| unnamed.into());
            let native = format::languages(p.native_language.as_deref());
            let other = format::languages(p.other_language.as_deref());
            let haystack = [Some(&name), native.as_ref(), other.as_ref()]
                .into_iter()
                .flatten()
                .map(|s| s.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            Entry {
                index,
                id: p.request_provider_id,
                initials: format::initials(&name),
                name,
                native,
                other,
                rate: format::score(p.provider_rate),
                performance: format::score(p.provider_performance),
                call: p.support_call,
                video: p.support_video,
                text: p.support_text,
                need_help: shown(p.need_help_language.as_deref()),
                special_type: p.provider_special_type_id,
                any_meeting: p.any_meeting_exist,
                image: images::profile_src(p.profile_image.as_ref()),
                has_schedule: p.is_schedule.is_some(),
                haystack,
            }
        })
        .collect()
}

/// How the list is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// As the server listed them.
    Listed,
    /// Highest rating first; no rating last.
    Rating,
    /// Highest performance first; no score last.
    Performance,
}

impl Sort {
    pub fn from_value(value: &str) -> Sort {
        match value {
            "rating" => Sort::Rating,
            "performance" => Sort::Performance,
            _ => Sort::Listed,
        }
    }
}

/// The entries to show, as indices into `entries`: those matching every
/// word of `query` in their name or languages (any case, any script), in
/// `sort` order (stable: ties keep the server's order).
pub fn visible(entries: &[Entry], query: &str, sort: Sort) -> Vec<usize> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let mut shown: Vec<usize> = entries
        .iter()
        .filter(|e| words.iter().all(|w| e.haystack.contains(w.as_str())))
        .map(|e| e.index)
        .collect();
    let score = |i: &usize| match sort {
        Sort::Listed => None,
        Sort::Rating => entries[*i].rate,
        Sort::Performance => entries[*i].performance,
    };
    if sort != Sort::Listed {
        shown.sort_by(|a, b| {
            let (a, b) = (score(a), score(b));
            // Descending, None last.
            b.partial_cmp(&a).unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    shown
}

/// Height of one row in CSS pixels; `.interpreter` has exactly this height,
/// which is what lets the list render only the rows in view.
pub const ROW_PX: f64 = 132.0;
/// Rows rendered above and below the visible ones, so fast scrolling does
/// not show blank space before the next frame.
pub const MARGIN_ROWS: usize = 6;

/// The rows to render for a viewport scrolled to `scroll_top` and
/// `viewport` pixels tall, out of `count`.
pub fn window(scroll_top: f64, viewport: f64, count: usize) -> Range<usize> {
    let first = (scroll_top.max(0.0) / ROW_PX).floor() as usize;
    let in_view = (viewport.max(ROW_PX) / ROW_PX).ceil() as usize + 1;
    let start = first.saturating_sub(MARGIN_ROWS).min(count);
    let end = (first + in_view + MARGIN_ROWS).min(count);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn list() -> Vec<Entry> {
        let raw = json!([
            {"RequestProviderId": 1, "Name": "María González", "NativeLanguage": ["Spanish"], "OtherLanguage": ["English"], "ProviderRate": 4.9, "ProviderPerformance": 3.0},
            {"RequestProviderId": 2, "Name": "王小明", "NativeLanguage": ["Mandarin"], "ProviderRate": null, "ProviderPerformance": 4.5},
            {"RequestProviderId": 3, "Name": "Ольга Смирнова", "NativeLanguage": ["Russian"], "OtherLanguage": ["Spanish"], "ProviderRate": 4.1, "ProviderPerformance": 4.8},
            {"RequestProviderId": 4, "Name": null, "ProviderRate": 4.9}
        ]);
        entries(
            &serde_json::from_value::<Vec<ParaRequestProvider>>(raw).unwrap(),
            Lang::En,
        )
    }

    #[test]
    fn filter_by_name_or_language_in_any_case_and_script() {
        let l = list();
        assert_eq!(visible(&l, "", Sort::Listed), vec![0, 1, 2, 3]);
        assert_eq!(visible(&l, "spanish", Sort::Listed), vec![0, 2]);
        assert_eq!(visible(&l, "ОЛЬГА", Sort::Listed), vec![2]);
        assert_eq!(visible(&l, "王", Sort::Listed), vec![1]);
        assert_eq!(visible(&l, " maría  english ", Sort::Listed), vec![0]);
        assert_eq!(visible(&l, "klingon", Sort::Listed), Vec::<usize>::new());
    }

    #[test]
    fn sort_is_descending_stable_and_puts_missing_scores_last() {
        let l = list();
        assert_eq!(visible(&l, "", Sort::Rating), vec![0, 3, 2, 1]);
        assert_eq!(visible(&l, "", Sort::Performance), vec![2, 1, 0, 3]);
        assert_eq!(visible(&l, "spanish", Sort::Performance), vec![2, 0]);
    }

    #[test]
    fn entries_fall_back_for_missing_data() {
        let l = list();
        assert_eq!(l[3].name, "Unnamed interpreter");
        assert_eq!(l[3].native, None);
        assert_eq!(l[3].image, None);
        assert_eq!(l[0].initials, "MG");
        assert!(!l[0].has_schedule);
    }

    #[test]
    fn window_renders_the_visible_rows_and_a_margin() {
        assert_eq!(window(0.0, 480.0, 0), 0..0);
        assert_eq!(window(0.0, 480.0, 3), 0..3);
        // 480 / 132 → 4 rows in view, +1 partial, + margin 6.
        assert_eq!(window(0.0, 480.0, 5000), 0..11);
        let far = window(ROW_PX * 1000.0 + 10.0, 480.0, 5000);
        assert_eq!(far, 994..1011);
        assert_eq!(window(ROW_PX * 5000.0, 480.0, 5000), 4994..5000);
        assert_eq!(window(-50.0, 0.0, 5000), 0..8);
    }
}
