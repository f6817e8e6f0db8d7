package org.grdplanner.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DataDirectory {

    private static final String PTY4J_TMPDIR = "pty4j.tmpdir";

    @Inject
    @ConfigProperty(name = "grd.data.dir", defaultValue = "./data")
    String configured;

    public Path root() {
        return Path.of(configured).toAbsolutePath().normalize();
    }

    public Path sessions() {
        return root().resolve("sessions");
    }

    /** pty4j extracts its native library into a new directory per JVM unless told where to keep it. */
    public void prepare() {
        try {
            Files.createDirectories(sessions());
            Path nativeLibraries = Files.createDirectories(root().resolve("native"));
            if (System.getProperty(PTY4J_TMPDIR) == null) {
                System.setProperty(PTY4J_TMPDIR, nativeLibraries.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root(), e);
        }
    }
}
