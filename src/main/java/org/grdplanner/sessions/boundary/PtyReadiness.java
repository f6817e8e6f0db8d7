package org.grdplanner.sessions.boundary;

import com.pty4j.WinSize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.grdplanner.terminal.control.PtyMasterStream;
import org.grdplanner.terminal.control.TerminalProcess;

/**
 * Sessions need pty4j's native library, the PTY reader's libc binding, {@code setsid} and {@code env
 * --default-signal}; the first probe proves them all by running /bin/true in a PTY the way sessions start and read
 * their programs.
 */
@Readiness
@ApplicationScoped
public class PtyReadiness implements HealthCheck {

    private volatile HealthCheckResponse proven;

    @Override
    public HealthCheckResponse call() {
        if (proven != null) {
            return proven;
        }
        try {
            TerminalProcess process = TerminalProcess.start(List.of("/bin/true"), Path.of("/"),
                    Map.of("PATH", "/usr/bin:/bin"), new WinSize(80, 24));
            try (InputStream output = new PtyMasterStream(process, () -> { }, Duration.ofSeconds(5))) {
                output.transferTo(OutputStream.nullOutputStream());
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                return HealthCheckResponse.named("pty").down().withData("error", "/bin/true did not exit").build();
            }
            if (process.exitValue() != 0) {
                return HealthCheckResponse.named("pty").down()
                        .withData("error", "/bin/true started in a PTY exited with " + process.exitValue()).build();
            }
            proven = HealthCheckResponse.named("pty").up().build();
            return proven;
        } catch (IOException | RuntimeException | LinkageError e) {
            return HealthCheckResponse.named("pty").down().withData("error", String.valueOf(e.getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("pty").down().build();
        }
    }
}
