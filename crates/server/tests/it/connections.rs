//! Connections that hold the server without using it are closed: a request
//! head trickled byte by byte (slowloris), a connection where nothing moves;
//! a connection in use is kept.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::harness::{Backend, TestApp};

/// Reads until the server closes the connection, or gives up after `limit`.
async fn closed_within(stream: &mut TcpStream, limit: Duration) -> bool {
    let mut buffer = [0u8; 4096];
    let read = async {
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    };
    tokio::time::timeout(limit, read).await.is_ok()
}

fn address(app: &TestApp) -> String {
    app.base.trim_start_matches("http://").to_string()
}

#[tokio::test]
async fn a_request_head_sent_byte_by_byte_is_cut_off() {
    let app = TestApp::start_with(Backend::Sqlite, &[("header_timeout", "1")])
        .await
        .unwrap();
    let mut stream = TcpStream::connect(address(&app)).await.unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: essaim\r\n")
        .await
        .unwrap();
    let mut cut_off = false;
    // Ten seconds of one header line every 200 ms, each within any per-read
    // limit: only a limit on the whole head stops it.
    for line in 0..50 {
        if stream
            .write_all(format!("X-Lent-{line}: a\r\n").as_bytes())
            .await
            .is_err()
        {
            cut_off = true;
            break;
        }
        if closed_within(&mut stream, Duration::from_millis(200)).await {
            cut_off = true;
            break;
        }
    }
    assert!(cut_off, "the trickled request head was let through");
    app.stop().await;
}

#[tokio::test]
async fn a_connection_where_nothing_moves_is_closed() {
    let app = TestApp::start_with(
        Backend::Sqlite,
        &[("header_timeout", "600"), ("idle_timeout", "1")],
    )
    .await
    .unwrap();
    let mut silent = TcpStream::connect(address(&app)).await.unwrap();
    assert!(
        closed_within(&mut silent, Duration::from_secs(10)).await,
        "a silent connection stays open"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_connection_in_use_is_kept_between_requests() {
    let app = TestApp::start_with(
        Backend::Sqlite,
        &[("header_timeout", "3"), ("idle_timeout", "3")],
    )
    .await
    .unwrap();
    let mut stream = TcpStream::connect(address(&app)).await.unwrap();
    for _ in 0..3 {
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: essaim\r\n\r\n")
            .await
            .unwrap();
        let mut answer = Vec::new();
        let mut buffer = [0u8; 4096];
        while !String::from_utf8_lossy(&answer).contains("\"database\"") {
            let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buffer))
                .await
                .expect("an answer")
                .unwrap();
            assert!(read > 0, "closed while in use");
            answer.extend_from_slice(&buffer[..read]);
        }
        assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"));
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    app.stop().await;
}
