//! `embargo serve`: a local web page over the index, and the JSON API it is a thin client of.
//!
//! axum on tokio: the maintained, widely used Rust HTTP stack; with default features off (HTTP/1
//! only, no tracing, no form/JSON extractors: parameters are read by [`params`], JSON written by the
//! CLI's own `render::json` shapes) it adds little to the build. tantivy search is blocking CPU work,
//! so every API request runs on tokio's blocking pool: a slow query holds one of those threads and
//! never the workers that accept and answer other requests.

mod api;
mod assets;
mod lists;
pub mod params;

use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};
use axum::routing::get;
use axum::Router;
use tantivy::{IndexReader, ReloadPolicy};

use crate::cli::ServeArgs;
use crate::index::Store;

/// What every request shares: the open index and one reader. The reader reloads on its own when an
/// `embargo index` run commits (tantivy watches `meta.json`), and hands each request a searcher from
/// its pool, so searches run in parallel without reopening anything.
pub struct AppState {
    pub store: Store,
    pub reader: IndexReader,
    /// For `target`, which also matches the spellings of the list entries a name stands for.
    pub lists: lists::ListCache,
}

/// Serve `store` until Ctrl-C, printing the URL on `out` once listening.
pub fn run(store: Store, args: &ServeArgs, out: &mut dyn Write) -> Result<()> {
    let reader = store
        .index
        .reader_builder()
        .reload_policy(ReloadPolicy::OnCommitWithDelay)
        .try_into()
        .context("opening an index reader")?;
    let lists = lists::ListCache::new(store.dir.clone());
    let state = Arc::new(AppState {
        store,
        reader,
        lists,
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(64)
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(serve(args, state, out))
}

async fn serve(args: &ServeArgs, state: Arc<AppState>, out: &mut dyn Write) -> Result<()> {
    let listener = tokio::net::TcpListener::bind((args.bind.as_str(), args.port))
        .await
        .with_context(|| format!("listening on {}:{}", args.bind, args.port))?;
    let addr = listener.local_addr().context("reading the bound address")?;
    if !addr.ip().is_loopback() {
        eprintln!(
            "embargo: warning: listening on {}: anyone who can reach this address can read the whole \
             index; use --bind 127.0.0.1 to keep it on this machine",
            addr.ip()
        );
    }
    // The handler is installed before the URL is printed: whoever reads the URL may press Ctrl-C at once.
    let interrupted = interrupt_signal()?;
    writeln!(out, "{}", url(addr))?;
    out.flush()?;
    eprintln!(
        "embargo: serving {} at {} (Ctrl-C to stop)",
        args.index.display(),
        url(addr)
    );
    axum::serve(listener, router(state))
        .with_graceful_shutdown(interrupted)
        .await
        .context("serving HTTP")?;
    eprintln!("embargo: stopped");
    Ok(())
}

/// Resolves on Ctrl-C (SIGINT). On Unix the handler is registered here, not when the future is first
/// polled, so a signal that arrives while the server is still starting is not lost.
#[cfg(unix)]
fn interrupt_signal() -> Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut sigint = signal(SignalKind::interrupt()).context("installing the Ctrl-C handler")?;
    Ok(async move {
        sigint.recv().await;
    })
}

#[cfg(not(unix))]
fn interrupt_signal() -> Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        // If the signal handler cannot be installed, serve until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    })
}

fn url(addr: SocketAddr) -> String {
    format!("http://{addr}/")
}

/// Every path the server answers: the embedded page and the API. Nothing maps to the file system.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(assets::page))
        .route("/assets/{name}", get(assets::asset))
        .route("/api/search", get(api::search))
        .route("/api/facets", get(api::facets))
        .route("/api/articles/{*id}", get(api::article))
        .fallback(api::not_found)
        .layer(axum::middleware::from_fn(api::guard))
        .with_state(state)
}
