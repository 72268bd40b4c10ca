//! Memory allocation for a long-running server: mimalloc for Rust's own
//! allocations, tuned to give freed memory back to the system soon, and
//! glibc's allocator (still used by SQLite) tuned the same way.
//!
//! mimalloc, because glibc's allocator cost a fifth of a directory search
//! request: a page allocates about a hundred small blocks of the same few
//! sizes, more than glibc's per-thread cache keeps, and each one then went
//! through its slower shared lists (docs/PERFORMANCE.md).

#![allow(unsafe_code)]

use libmimalloc_sys::{mi_collect, mi_option_set, mi_option_t};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc's options, numbered as in the `mi_option_e` enum of its v3
// header (which libmimalloc-sys builds but does not name); the tests check
// the numbers against the documented defaults. The first is set at build
// time and only read by the tests.
#[cfg(test)]
const ARENA_EAGER_COMMIT: mi_option_t = 4;
const PURGE_DELAY: mi_option_t = 15;
const ARENA_MAX_OBJECT_SIZE: mi_option_t = 45;

/// To call first thing in `main`, before any thread exists.
pub fn tune() {
    // SAFETY: options are plain integers read by the allocator; no other
    // thread runs yet.
    unsafe {
        // Memory is also committed as it is used, so that it can be given
        // back; that one is set at build time (.cargo/config.toml), since
        // the first arena is reserved before `main`.
        // Freed pages go back to the system after 10 ms rather than 1 s.
        mi_option_set(PURGE_DELAY, 10);
        // Blocks over 1 MiB are mapped on their own and unmapped when freed.
        // Each password check borrows 19 MiB (Argon2id) on a thread that then
        // sleeps, and would otherwise keep it until that thread allocates
        // again: a few sign-ins left the process 20 MB larger.
        mi_option_set(ARENA_MAX_OBJECT_SIZE, 1024);
    }
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; no other thread runs.
    unsafe {
        // The same for SQLite's allocations, and one arena per core rather
        // than eight.
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024);
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Building an index frees much more than it keeps (JSON text, temporary
/// maps): the freed memory is given back to the system now rather than when
/// the allocator next looks.
pub fn release_freed_memory() {
    // SAFETY: mi_collect only walks the allocator's own structures.
    unsafe {
        mi_collect(true);
    }
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn option(number: mi_option_t) -> std::ffi::c_long {
        // SAFETY: reading an option only initialises it from the environment.
        unsafe { libmimalloc_sys::mi_option_get(number) }
    }

    /// If a new mimalloc renumbered its options, `tune` would set others.
    /// Nothing in the tests calls `tune`, so the defaults are still there;
    /// the neighbours of `ARENA_EAGER_COMMIT` (both 1) pin its place.
    #[test]
    fn option_numbers_name_the_options_tune_means() {
        assert_eq!(option(ARENA_EAGER_COMMIT - 1), 1, "deprecated_eager_commit");
        assert_eq!(option(ARENA_EAGER_COMMIT + 1), 1, "purge_decommits");
        assert_eq!(option(PURGE_DELAY), 1000, "purge_delay");
        assert_eq!(option(ARENA_MAX_OBJECT_SIZE), 2 * 1024 * 1024, "in KiB");
    }

    /// `.cargo/config.toml` builds mimalloc with arenas committed on use.
    #[test]
    fn arenas_are_committed_on_use() {
        assert_eq!(option(ARENA_EAGER_COMMIT), 0);
    }
}
