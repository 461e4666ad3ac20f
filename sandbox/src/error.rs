//! The error answer every sandbox route gives, shaped like ASP.NET Web API's:
//! a status and `{"Message": "..."}`, and the JSON body extractor that
//! answers a rejected body the same way.
//!
//! Imports no other sandbox module.

use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::de::DeserializeOwned;
use serde_json::json;

/// An error answer: `status` with `{"Message": message}`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(json!({ "Message": self.message }))).into_response()
    }
}

/// `axum::Json`, except that a rejected body is answered the way the API
/// answers it (`{"Message"}`), since the app must handle exactly that.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::extract::rejection::JsonRejection;
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(Self(value)),
            // Broken JSON and JSON of the wrong shape are both the client's
            // fault; axum's 422 for the latter is not what the API sends.
            Err(
                rejection @ (JsonRejection::JsonSyntaxError(_) | JsonRejection::JsonDataError(_)),
            ) => Err(ApiError::bad_request(rejection.body_text())),
            Err(rejection) => Err(ApiError::new(rejection.status(), rejection.body_text())),
        }
    }
}
