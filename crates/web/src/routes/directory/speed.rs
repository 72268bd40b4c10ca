//! The search page measured in process, without the network: parse, search,
//! views and rendering, for each query of the load benchmark. Ignored by
//! `cargo test`; run by `bench/search_page.sh`, which prints the times.

use std::time::{Duration, Instant};

/// The allocator the server runs on (`essaim_server::allocator`), so that
/// the times are the server's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use essaim_domain::Locale;
use essaim_domain::instance::InstanceSettings;
use essaim_domain::providers::transfer::ExportDocument;

use super::params;
use super::search::SearchPage;
use crate::directory_cache::Published;
use crate::page::{Layout, write_page};
use crate::state::SiteSettings;

fn workspace_file(relative: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

/// The fastest of a few rounds, in microseconds per call: the least
/// disturbed by the rest of the machine.
fn per_call(rounds: usize, calls: usize, mut f: impl FnMut()) -> f64 {
    let mut best = Duration::MAX;
    for _ in 0..rounds {
        let started = Instant::now();
        for _ in 0..calls {
            f();
        }
        best = best.min(started.elapsed());
    }
    best.as_secs_f64() * 1e6 / calls as f64
}

#[test]
#[ignore = "a benchmark: run bench/search_page.sh"]
fn search_page_speed() {
    let providers = std::env::var("ESSAIM_BENCH_PROVIDERS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| workspace_file("bench/out/providers.json"));
    let text = std::fs::read_to_string(&providers)
        .unwrap_or_else(|e| panic!("{}: {e} (bench/run.sh generates it)", providers.display()));
    let catalogue = std::sync::Arc::new(essaim_domain::catalogue::Catalogue::builtin());
    let records = ExportDocument::parse(&text, &catalogue)
        .expect("providers")
        .providers
        .into_iter()
        .filter_map(|p| p.published)
        .collect::<Vec<_>>();
    let published = Published::new(records, catalogue.clone());
    let directory = &published.index;
    let site = SiteSettings {
        public_url: None,
        map_tile_url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png".into(),
        map_attribution: "© OpenStreetMap".into(),
        stale_after_days: 400,
    };
    let today = essaim_domain::date::TimeZone::default().today();
    let queries = std::fs::read_to_string(workspace_file("bench/queries.lua")).unwrap();
    // ESSAIM_BENCH_QUERY=text keeps the queries that contain it (to profile one).
    let only = std::env::var("ESSAIM_BENCH_QUERY").unwrap_or_default();
    let paths: Vec<&str> = queries
        .split('"')
        .filter(|s| s.starts_with("/annuaire?") && s.contains(only.as_str()))
        .collect();
    println!(
        "{} providers; µs per call, fastest of 5 rounds",
        directory.len()
    );
    println!(
        "{:>8} {:>8} {:>8} {:>7}  query",
        "search", "page", "render", "bytes"
    );
    let (mut search_sum, mut page_sum, mut render_sum) = (0.0, 0.0, 0.0);
    for path in &paths {
        let raw = path.trim_start_matches("/annuaire?");
        let query = params::parse(Some(raw), &catalogue).query;
        let instance = std::sync::Arc::new(InstanceSettings::default());
        let layout = || {
            Layout::new(
                Locale::Fr,
                instance.clone(),
                essaim_domain::date::TimeZone::default(),
                path.to_string(),
            )
        };
        let search = per_call(5, 300, || {
            std::hint::black_box(directory.search(&query));
        });
        let page = per_call(5, 300, || {
            std::hint::black_box(SearchPage::build(
                &published,
                &site,
                today,
                layout(),
                Some(raw),
            ));
        });
        let mut bytes = 0;
        let render = per_call(5, 300, || {
            let page = SearchPage::build(&published, &site, today, layout(), Some(raw));
            bytes = write_page(&page, SearchPage::EXPECTED_BYTES).unwrap().len();
        });
        search_sum += search;
        page_sum += page;
        render_sum += render;
        println!("{search:8.1} {page:8.1} {render:8.1} {bytes:7}  {path}");
    }
    let n = paths.len() as f64;
    println!(
        "{:8.1} {:8.1} {:8.1}          mean",
        search_sum / n,
        page_sum / n,
        render_sum / n
    );
    // As the server sees them: each query in turn, so that one query's data
    // is no longer in the processor's caches when it comes back.
    let mut html = String::new();
    let in_turn = per_call(5, 25, || {
        for path in &paths {
            let raw = path.trim_start_matches("/annuaire?");
            let layout = Layout::new(
                Locale::Fr,
                std::sync::Arc::new(InstanceSettings::default()),
                essaim_domain::date::TimeZone::default(),
                path.to_string(),
            );
            let page = SearchPage::build(&published, &site, today, layout, Some(raw));
            html = write_page(&page, SearchPage::EXPECTED_BYTES).unwrap();
        }
    }) / n;
    println!("{:>26.1}          mean, the queries in turn", in_turn);
}
