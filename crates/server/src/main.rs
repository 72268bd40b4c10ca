//! The `essaim` command.

mod cli;
mod commands;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    return_large_blocks_to_the_system();
    let cli = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("essaim : impossible de démarrer le moteur d'exécution : {error}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(commands::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("essaim : {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

/// Each password check borrows 19 MiB (Argon2id). glibc raises its mmap
/// threshold after the first such block is freed, and later ones then stay
/// in its arenas: a few sign-ins would leave the process at 100 MB. A fixed
/// threshold keeps large blocks mapped and returns them when freed.
fn return_large_blocks_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; called before any
    // thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024);
        // One arena per core rather than eight: the SQLite and worker
        // threads would otherwise each keep their own freed memory.
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}
