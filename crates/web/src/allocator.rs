//! Settings of glibc's allocator for a long-running server: memory given
//! back to the system, and no pause to sort small freed blocks.

/// To call first thing in `main`, before any thread exists.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; no other thread runs.
    unsafe {
        // Each password check borrows 19 MiB (Argon2id). glibc raises its
        // mmap threshold after the first such block is freed, and later ones
        // then stay in its arenas: a few sign-ins would leave the process at
        // 100 MB. A fixed threshold keeps large blocks mapped and returns
        // them when freed.
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024);
        // One arena per core rather than eight: the SQLite and worker
        // threads would otherwise each keep their own freed memory.
        libc::mallopt(libc::M_ARENA_MAX, 2);
        // Without "fast bins", a page's larger blocks (bit sets, the page
        // itself) no longer make malloc merge every small freed block first;
        // small blocks are still recycled by the per-thread cache.
        libc::mallopt(libc::M_MXFAST, 0);
    }
}

/// Building an index frees much more than it keeps (JSON text, temporary
/// maps); glibc keeps freed memory in its arenas unless asked to give it
/// back to the system.
pub fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
}
