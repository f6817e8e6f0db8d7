package org.grdplanner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.grdplanner.bench.Measure.Better;

/**
 * A program floods its PTY; how fast the output reaches an SSE client live, and again on a later reconnect. It repeats
 * more than the other benchmarks: a repetition takes seconds, and the PTY limit itself moved between 67 and 132 MiB/s
 * from one repetition to the next on this machine. What a MiB costs the server's process in CPU is measured too,
 * against the reader's thread alone: it shows what the server adds to reading, though it moves with the pace of the
 * terminal's relay as well.
 */
final class OutputThroughput {

    private static final double MIB = 1024 * 1024;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final BenchContext bench;

    OutputThroughput(BenchContext bench) {
        this.bench = bench;
    }

    List<Result> run() throws Exception {
        Path checkout = bench.workspace().checkout(AgentMode.FLOOD);
        String flood = bench.settings().floodMiB() + " MiB, PTY → SSE client";
        Measure live = new Measure("output throughput", flood, "MiB/s", Better.HIGHER,
                "the same PTY read in-process, no HTTP");
        Measure replay = new Measure("reconnect replay", "finished transcript → new SSE client", "MiB/s",
                Better.HIGHER, "reading the transcript file");
        Measure cpu = new Measure("output throughput", "CPU time per MiB streamed, the server's process", "ms",
                Better.LOWER, "the in-process reader's thread");
        for (int i = 0; i < bench.settings().floodWarmUp(); i++) {
            repeat(checkout, null, null, null);
        }
        int resumes = 0;
        for (int i = 0; i < bench.settings().floodRepetitions(); i++) {
            resumes += repeat(checkout, live, cpu, replay);
        }
        return List.of(live.result(resumes == 0 ? "" : "the client fell behind and resumed " + resumes + " times"),
                cpu.result(), replay.result());
    }

    /** One repetition, in a project of its own; how many times the live client had to resume. */
    private int repeat(Path checkout, Measure live, Measure cpu, Measure replay) throws Exception {
        return bench.server().inProject("flood", checkout, project -> flood(checkout, project, live, cpu, replay));
    }

    private int flood(Path checkout, String project, Measure live, Measure cpu, Measure replay) throws Exception {
        long started = System.nanoTime();
        long readerCpu = THREADS.getCurrentThreadCpuTime();
        long read = InProcessPty.drain(bench.pty().spawn(checkout));
        double direct = mibPerSecond(read, started);
        double directCpu = millisPerMiB(THREADS.getCurrentThreadCpuTime() - readerCpu, read);

        started = System.nanoTime();
        Duration serverCpuBefore = serverCpu();
        String session = bench.server().invoke(project, "assess-baseline", null);
        int resumes = bench.server().drain(project, session);
        Path transcript = bench.server().transcript(session);
        long streamedBytes = Files.size(transcript);
        double streamed = mibPerSecond(streamedBytes, started);
        double streamedCpu = millisPerMiB(serverCpu().minus(serverCpuBefore).toNanos(), streamedBytes);

        started = System.nanoTime();
        bench.server().drain(project, session);
        double replayed = mibPerSecond(Files.size(transcript), started);

        started = System.nanoTime();
        double fileRead = mibPerSecond(readFile(transcript), started);
        if (live != null) {
            live.add(streamed, direct);
            cpu.add(streamedCpu, directCpu);
            replay.add(replayed, fileRead);
        }
        return resumes;
    }

    private static long readFile(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long total = 0;
        try (FileChannel channel = FileChannel.open(file)) {
            int read;
            while ((read = channel.read(buffer)) >= 0) {
                total += read;
                buffer.clear();
            }
        }
        return total;
    }

    private Duration serverCpu() {
        return ProcessHandle.of(bench.server().pid()).flatMap(server -> server.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("The server's CPU time cannot be read"));
    }

    private static double millisPerMiB(long cpuNanos, long bytes) {
        return cpuNanos / 1e6 / (bytes / MIB);
    }

    private static double mibPerSecond(long bytes, long startedNanos) {
        return bytes / MIB / ((System.nanoTime() - startedNanos) / 1e9);
    }
}
