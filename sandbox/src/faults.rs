//! Fault plans: what `POST /__sandbox/fail` asks for (the next `count` API
//! requests answer a given status, body, headers, after a delay), how a plan
//! is checked, how its answer is built, and the pending plan being spent.
//!
//! The route itself is in `control`; the pending plan lives in the
//! conference (`domain`) so that a reset clears it.
//!
//! Imports: [`crate::error`].

use std::collections::BTreeMap;
use std::time::Duration;

use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// `POST /__sandbox/fail`: the next `count` API requests answer `status`
/// instead of being handled. Every field may be left out.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct FailPlan {
    #[serde(default = "FailPlan::default_status")]
    pub status: u16,
    /// Requests still to fail; a new plan replaces the old one, 0 cancels it.
    #[serde(default = "FailPlan::default_count")]
    pub count: u32,
    /// Sent as `{"Message": message}` when `body` is null.
    #[serde(default = "FailPlan::default_message")]
    pub message: String,
    /// A raw body instead of the JSON message, e.g. an IIS HTML error page.
    #[serde(default)]
    pub body: Option<String>,
    /// For `body`; `text/plain; charset=utf-8` when null.
    #[serde(default)]
    pub content_type: Option<String>,
    /// Extra response headers, e.g. `{"Retry-After": "30"}` with a 429.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// Wait this long before answering: longer than the app's timeout, it is
    /// a request that hangs.
    #[serde(default)]
    pub delay_ms: u64,
}

impl FailPlan {
    fn default_status() -> u16 {
        500
    }

    fn default_count() -> u32 {
        1
    }

    fn default_message() -> String {
        "An error has occurred.".to_owned()
    }

    /// The answer a request gets instead of being handled.
    pub async fn response(&self) -> Response {
        if self.delay_ms > 0 {
            tokio::time::sleep(Duration::from_millis(self.delay_ms)).await;
        }
        // Checked when the plan was accepted.
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = match &self.body {
            None => ApiError::new(status, self.message.clone()).into_response(),
            Some(body) => {
                let content_type = self
                    .content_type
                    .as_deref()
                    .unwrap_or("text/plain; charset=utf-8");
                (status, [(header::CONTENT_TYPE, content_type)], body.clone()).into_response()
            }
        };
        for (name, value) in &self.headers {
            // Checked when the plan was accepted.
            if let (Ok(name), Ok(value)) = (
                HeaderName::try_from(name.as_str()),
                HeaderValue::from_str(value),
            ) {
                response.headers_mut().insert(name, value);
            }
        }
        response
    }

    /// Whether the plan can be carried out: a final status, and headers that
    /// are headers. The error text is the 400 body the control route sends.
    pub fn check(&self) -> Result<(), String> {
        // 1xx is not a final answer and would hang the client; a redirect
        // needs somewhere to go (e.g. `/__sandbox/sign-in`, a sign-in page).
        if !(200..=599).contains(&self.status) {
            return Err(format!("status must be 200..=599, not {}", self.status));
        }
        if (300..=399).contains(&self.status)
            && !self
                .headers
                .keys()
                .any(|h| h.eq_ignore_ascii_case("location"))
        {
            return Err(format!("a {} needs a Location header", self.status));
        }
        for (name, value) in &self.headers {
            HeaderName::try_from(name.as_str())
                .map_err(|_| format!("{name:?} is not a header name"))?;
            HeaderValue::from_str(value).map_err(|_| format!("{value:?} is not a header value"))?;
        }
        if let Some(content_type) = &self.content_type {
            HeaderValue::from_str(content_type).map_err(|_| {
                format!("content_type {content_type:?} is not a valid header value")
            })?;
        }
        Ok(())
    }
}

/// The plan being spent, if any requests are still to fail. Serialises as
/// the plan (with the count left) or `null`, for `GET /__sandbox/state`.
#[derive(Debug, Default, Serialize)]
#[serde(transparent)]
pub struct Pending(Option<FailPlan>);

impl Pending {
    /// Replaces the pending plan; a count of 0 cancels it.
    pub fn set(&mut self, plan: FailPlan) {
        self.0 = (plan.count > 0).then_some(plan);
    }

    /// Spends one injected failure, if any are left.
    pub fn take(&mut self) -> Option<FailPlan> {
        let plan = self.0.as_mut()?;
        plan.count -= 1;
        let taken = plan.clone();
        if plan.count == 0 {
            self.0 = None;
        }
        Some(taken)
    }
}
