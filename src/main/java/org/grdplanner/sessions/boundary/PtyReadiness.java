package org.grdplanner.sessions.boundary;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Sessions need pty4j's native library; the first probe proves it by running /bin/true in a PTY. */
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
            drain(process);
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

    /** A PTY reports its end as an error once the program has exited. */
    private static void drain(PtyProcess process) {
        try (InputStream output = process.getInputStream()) {
            output.readAllBytes();
        } catch (IOException endOfPty) {
            return;
        }
    }
}
