//! The JSON API: the CLI's search, facets and show, answered in the CLI's documented shapes
//! (`render::json`), plus what only the page needs (warnings, a month timeline, body highlights).

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::params::{self, SearchParams};
use super::AppState;
use crate::article::Article;
use crate::error::UsageError;
use crate::render::json::{hits, FacetsJson, SearchJson};
use crate::search::{
    article_view, build_query, explain_if_empty, facet_counts, search as run_search, timeline,
    Filters, Timeline,
};

/// Largest request body accepted. The API only reads; a body is never needed.
pub const MAX_BODY: usize = 1024;

/// An API failure: the status and a one-line message, answered as `{"error": "..."}`.
pub struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": self.1 }).to_string();
        (self.0, [(CONTENT_TYPE, "application/json")], body).into_response()
    }
}

/// The user's mistakes (a bad query, an unknown country: the CLI's exit code 2) are 400s with the
/// CLI's message; anything else is the server's fault, logged on stderr.
impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        if e.downcast_ref::<UsageError>().is_some() {
            ApiError(StatusCode::BAD_REQUEST, format!("{e:#}"))
        } else {
            eprintln!("embargo: error: {e:#}");
            ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}"))
        }
    }
}

fn bad_request(msg: String) -> ApiError {
    ApiError(StatusCode::BAD_REQUEST, msg)
}

/// `search --json` with `facets` (when asked), plus `warnings` (what a lenient parse dropped) and
/// `timeline` (when asked).
#[derive(Serialize)]
struct SearchAnswer<'a> {
    #[serde(flatten)]
    search: SearchJson<'a>,
    warnings: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    timeline: Option<&'a Timeline>,
}

/// `facets --json` plus `warnings`.
#[derive(Serialize)]
struct FacetsAnswer<'a> {
    #[serde(flatten)]
    facets: FacetsJson<'a>,
    warnings: &'a [String],
}

/// `show --json` plus the paths of the other copies of its text and, with `q`, the byte ranges of the
/// query's words in `body`.
#[derive(Serialize)]
struct ArticleAnswer<'a> {
    #[serde(flatten)]
    article: &'a Article,
    duplicates: &'a [String],
    highlights: &'a [(usize, usize)],
}

/// Run blocking index work on tokio's blocking pool, so a slow query never stalls the server.
async fn blocking<F>(work: F) -> Result<Response, ApiError>
where
    F: FnOnce() -> Result<Vec<u8>, ApiError> + Send + 'static,
{
    let json = tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))??;
    Ok(([(CONTENT_TYPE, "application/json")], json).into_response())
}

pub async fn search(
    State(state): State<Arc<AppState>>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let p = params::parse(raw.as_deref()).map_err(bad_request)?;
    blocking(move || search_json(&state, &p)).await
}

/// The request's filters, with `target` widened to the list entries the name stands for, as the
/// CLI's `--target` is.
fn resolve_filters(state: &AppState, p: &SearchParams) -> Result<Filters, ApiError> {
    let mut filters = Filters::resolve(&p.filters)?;
    if let Some(name) = filters.target.clone() {
        if let Some(lists) = state.lists.current()?.as_ref() {
            filters.target_entries = crate::link::entries_for_name(&name, lists);
        }
    }
    Ok(filters)
}

fn search_json(state: &AppState, p: &SearchParams) -> Result<Vec<u8>, ApiError> {
    let store = &state.store;
    let filters = resolve_filters(state, p)?;
    let searcher = state.reader.searcher();
    let parsed = build_query(
        &store.index,
        &store.fields,
        p.q.as_deref(),
        p.mode,
        &filters,
    )?;
    let results = run_search(store, &searcher, &parsed, p.limit, p.offset)?;
    let facets = match p.facets {
        true => Some(facet_counts(&searcher, parsed.query.as_ref(), p.top)?),
        false => None,
    };
    // Over the whole date span, so the page can show the chosen range inside it and widen it again.
    let timeline = match p.timeline {
        true => {
            let undated = Filters {
                since: None,
                until: None,
                ..filters.clone()
            };
            let q = build_query(
                &store.index,
                &store.fields,
                p.q.as_deref(),
                p.mode,
                &undated,
            )?;
            Some(timeline(&searcher, q.query.as_ref())?)
        }
        false => None,
    };
    let no_hits = explain_if_empty(
        &state.store,
        &searcher,
        p.q.as_deref(),
        p.mode,
        &filters,
        results.articles,
    )?;
    let answer = SearchAnswer {
        search: SearchJson {
            query: p.q.as_deref(),
            total: results.total,
            articles: results.articles,
            offset: p.offset,
            limit: p.limit,
            hits: hits(&results, p.offset),
            facets: facets.as_ref(),
            no_hits: no_hits.as_ref(),
        },
        warnings: &parsed.warnings,
        timeline: timeline.as_ref(),
    };
    Ok(serde_json::to_vec(&answer).map_err(anyhow::Error::from)?)
}

pub async fn facets(
    State(state): State<Arc<AppState>>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let p = params::parse(raw.as_deref()).map_err(bad_request)?;
    blocking(move || {
        let store = &state.store;
        let filters = resolve_filters(&state, &p)?;
        let searcher = state.reader.searcher();
        let parsed = build_query(
            &store.index,
            &store.fields,
            p.q.as_deref(),
            p.mode,
            &filters,
        )?;
        let counts = facet_counts(&searcher, parsed.query.as_ref(), p.top)?;
        let total = searcher
            .search(parsed.query.as_ref(), &tantivy::collector::Count)
            .map_err(anyhow::Error::from)?;
        let no_hits = explain_if_empty(
            &state.store,
            &searcher,
            p.q.as_deref(),
            p.mode,
            &filters,
            total,
        )?;
        let answer = FacetsAnswer {
            facets: FacetsJson {
                query: p.q.as_deref(),
                total,
                facets: &counts,
                no_hits: no_hits.as_ref(),
            },
            warnings: &parsed.warnings,
        };
        Ok(serde_json::to_vec(&answer).map_err(anyhow::Error::from)?)
    })
    .await
}

/// `/api/articles/{id}`: ids hold slashes (sub-folders) and `#` (JSON Lines records), so the id is the
/// rest of the path, percent-decoded. `q` and `match` mark the query's words in the body.
pub async fn article(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let p = params::parse(raw.as_deref()).map_err(bad_request)?;
    blocking(move || {
        let store = &state.store;
        let searcher = state.reader.searcher();
        let text_query = match p.q.as_deref() {
            Some(q) => {
                let parsed = build_query(
                    &store.index,
                    &store.fields,
                    Some(q),
                    p.mode,
                    &Filters::default(),
                )?;
                parsed.text_query
            }
            None => None,
        };
        let Some(view) = article_view(store, &searcher, &id, text_query.as_deref())? else {
            return Err(ApiError(
                StatusCode::NOT_FOUND,
                format!("no article with id {id:?}"),
            ));
        };
        let answer = ArticleAnswer {
            article: &view.article,
            duplicates: &view.duplicates,
            highlights: &view.highlights,
        };
        Ok(serde_json::to_vec(&answer).map_err(anyhow::Error::from)?)
    })
    .await
}

pub async fn not_found(req: Request) -> Response {
    let path = req.uri().path();
    if path.starts_with("/api/") {
        ApiError(StatusCode::NOT_FOUND, format!("no such API path {path:?}")).into_response()
    } else {
        (StatusCode::NOT_FOUND, "not found\n").into_response()
    }
}

/// Before every route: bound the query string and the body (a clear 400, not a stalled read), and
/// after it, headers that keep the page from running anything but its own script.
pub async fn guard(req: Request, next: Next) -> Response {
    let query_len = req.uri().query().map_or(0, str::len);
    if query_len > params::MAX_QUERY_STRING {
        return bad_request(format!(
            "the query string is {query_len} bytes long; the limit is {}",
            params::MAX_QUERY_STRING
        ))
        .into_response();
    }
    let (parts, body) = req.into_parts();
    let body = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(bytes) => bytes,
        Err(_) => {
            return bad_request(format!(
                "the request body is larger than {MAX_BODY} bytes; this API only reads"
            ))
            .into_response()
        }
    };
    let mut res = next.run(Request::from_parts(parts, Body::from(body))).await;
    let h = res.headers_mut();
    h.insert(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
             img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.entry(CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    res
}
