//! `sandbox`: runs the platform API stand-in and serves the built app.
//!
//! Prints exactly one line, `sandbox listening on http://127.0.0.1:<port>`,
//! once it accepts connections (tests read it to find the port), then one
//! line per request. Stops cleanly on Ctrl-C or SIGTERM.
//!
//! With `--host-port`, the second line is `sandbox host page on
//! http://127.0.0.1:<port>/host-example.html`: the example host page, on
//! its own origin, embedding the app.

use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use sandbox::{app, Config, Sandbox};

/// Local stand-in for the video-interpreting platform API.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// Port to listen on; 0 picks a free one (the chosen port is printed).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// Delay before each API answer, in milliseconds (tests can change it).
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// The built app to serve.
    #[arg(long, default_value = "dist")]
    dist: PathBuf,
    /// Answer 401 to API requests without a valid bearer token.
    #[arg(long)]
    require_token: bool,
    /// Serve this file as /config.json instead of dist's (tests use it).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Also serve the example host page on this port (another origin); 0 picks one.
    #[arg(long)]
    host_port: Option<u16>,
    /// Send no Content Security Policy (tests of the app's own checks).
    #[arg(long)]
    no_csp: bool,
    /// Also serve the API alone on this port (another origin), behind a strict
    /// CORS policy: the app's origin may send Content-Type, Authorization and
    /// Accept only. 0 picks a free one.
    #[arg(long)]
    api_port: Option<u16>,
    /// Answer every invite with N interpreters (for load tests); default: the curated few.
    #[arg(long, value_name = "N")]
    interpreters: Option<usize>,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let listener = match tokio::net::TcpListener::bind((args.host.as_str(), args.port)).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!(
                "sandbox: cannot listen on {}:{}: {error}",
                args.host, args.port
            );
            return ExitCode::FAILURE;
        }
    };
    let address = match listener.local_addr() {
        Ok(address) => address,
        Err(error) => {
            eprintln!("sandbox: cannot read the bound address: {error}");
            return ExitCode::FAILURE;
        }
    };
    if !args.dist.is_dir() {
        eprintln!(
            "sandbox: {} does not exist; the API works, but `/` answers 503 until the app is built",
            args.dist.display()
        );
    }

    let host_listener = match args.host_port {
        Some(port) => match tokio::net::TcpListener::bind((args.host.as_str(), port)).await {
            Ok(listener) => Some(listener),
            Err(error) => {
                eprintln!(
                    "sandbox: cannot listen on {}:{port} for the host page: {error}",
                    args.host
                );
                return ExitCode::FAILURE;
            }
        },
        None => None,
    };

    let sandbox = Sandbox::new(Config {
        latency_ms: args.latency_ms,
        dist: args.dist,
        require_token: args.require_token,
        no_csp: args.no_csp,
        config_json: args.config,
        interpreters: args.interpreters,
    });
    println!("sandbox listening on http://{}", reachable(address));
    if let Some(listener) = host_listener {
        let host_address = match listener.local_addr() {
            Ok(address) => reachable(address),
            Err(error) => {
                eprintln!("sandbox: cannot read the host page's address: {error}");
                return ExitCode::FAILURE;
            }
        };
        println!("sandbox host page on http://{host_address}/host-example.html");
        let page = sandbox::host::host_app(format!("http://{}", reachable(address)));
        tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, page).await {
                eprintln!("sandbox: host page: {error}");
            }
        });
    }
    if let Some(port) = args.api_port {
        let listener = match tokio::net::TcpListener::bind((args.host.as_str(), port)).await {
            Ok(listener) => listener,
            Err(error) => {
                eprintln!(
                    "sandbox: cannot listen on {}:{port} for the API: {error}",
                    args.host
                );
                return ExitCode::FAILURE;
            }
        };
        let api_address = match listener.local_addr() {
            Ok(address) => reachable(address),
            Err(error) => {
                eprintln!("sandbox: cannot read the API's address: {error}");
                return ExitCode::FAILURE;
            }
        };
        println!("sandbox cross-origin api on http://{api_address}");
        let api =
            sandbox::cross_origin_api(sandbox.clone(), &format!("http://{}", reachable(address)));
        tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, api).await {
                eprintln!("sandbox: cross-origin api: {error}");
            }
        });
    }
    // Stdout may be a pipe (block-buffered); whoever waits for this line must see it now.
    let _ = std::io::stdout().flush();

    match axum::serve(listener, app(sandbox))
        .with_graceful_shutdown(shutdown_signal())
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("sandbox: {error}");
            ExitCode::FAILURE
        }
    }
}

/// A URL host for the bound address: `0.0.0.0` is not something a browser can open.
fn reachable(address: SocketAddr) -> SocketAddr {
    if address.ip().is_unspecified() {
        SocketAddr::new(Ipv4Addr::LOCALHOST.into(), address.port())
    } else {
        address
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            // Without a SIGTERM handler the default action still stops the process.
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}
