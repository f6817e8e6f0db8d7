package org.grdplanner.bench;

/** What every benchmark measures with: the running server, the in-process baseline, the files and the settings. */
record BenchContext(BenchServer server, InProcessPty pty, BenchWorkspace workspace, BenchSettings settings) {
}
