package org.grdplanner.sessions.boundary;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.grdplanner.sessions.control.PtyMasterStream;

/**
 * Sessions need pty4j's native library and the PTY reader's libc binding; the first probe proves both by running
 * /bin/true in a PTY and reading it the way sessions do.
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
            PtyProcess process = new PtyProcessBuilder(new String[] {"/bin/true"})
                    .setEnvironment(Map.of("PATH", "/usr/bin:/bin"))
                    .start();
            try (InputStream output = new PtyMasterStream(process, () -> { }, Duration.ofSeconds(5))) {
                output.transferTo(OutputStream.nullOutputStream());
            }
            boolean exited = process.waitFor(10, TimeUnit.SECONDS);
            HealthCheckResponse response = HealthCheckResponse.named("pty").status(exited).build();
            if (exited) {
                proven = response;
            }
            return response;
        } catch (IOException | RuntimeException | LinkageError e) {
            return HealthCheckResponse.named("pty").down().withData("error", String.valueOf(e.getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("pty").down().build();
        }
    }
}
