//! Several nodes on one database: a change made through one shows on the
//! others without a restart.

use std::time::{Duration, Instant};

use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends![a_change_on_one_node_shows_on_the_other];

async fn a_change_on_one_node_shows_on_the_other(backend: Backend) {
    let first = app!(backend);
    let second = first.start_another_node().await;
    let (_, before) = second.get_json("/api/v1/prestataires").await;
    assert_eq!(before["total"], 0);
    let document = essaim_server::demo_data(12, 8);
    let expected = crate::directory::fixtures::listed_count(&document);
    assert!(expected > 0);
    first.import(&document).await;

    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (_, body) = second.get_json("/api/v1/prestataires").await;
        if body["total"] == expected {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the second node never saw the change"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    second.stop().await;
    first.stop().await;
}
