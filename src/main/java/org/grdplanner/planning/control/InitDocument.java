package org.grdplanner.planning.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.grdplanner.platform.control.Refusal;

/**
 * The document GRD's {@code init --auto @document} starts from, which GRD requires in auto mode: the one the person
 * names, a path inside the checkout, else the checkout's README. None means init runs interactively.
 */
public final class InitDocument {

    private static final Pattern README = Pattern.compile("(?i)readme(\\.(md|markdown|txt|rst|adoc))?");
    private static final Pattern BLANK = Pattern.compile("\\s");

    private InitDocument() {
    }

    /** The document as a path relative to the checkout, with forward slashes, as GRD's {@code @} takes it. */
    public static Optional<String> choose(Path checkout, String named) {
        if (named == null) {
            return readme(checkout);
        }
        if (named.isBlank() || BLANK.matcher(named).find()) {
            throw refused("document must be a path inside the checkout without spaces, such as docs/IDEA.md; GRD "
                    + "reads @document up to the first space.");
        }
        try {
            Path given = Path.of(named);
            Path root = checkout.toRealPath();
            Path document = given.isAbsolute() ? given.normalize() : root.resolve(given).normalize();
            if (!document.startsWith(root) || !Files.isRegularFile(document)
                    || !document.toRealPath().startsWith(root)) {
                throw refused("document " + named + " is not a file inside the checkout " + checkout + ".");
            }
            return Optional.of(relative(root, document));
        } catch (InvalidPathException | IOException e) {
            throw refused("document " + named + " is not a file inside the checkout " + checkout + ".");
        }
    }

    private static Optional<String> readme(Path checkout) {
        try (Stream<Path> files = Files.list(checkout)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> README.matcher(name).matches())
                    .min(Comparator.comparing((String name) -> !name.equals("README.md")).thenComparing(name -> name));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String relative(Path root, Path document) {
        return root.relativize(document).toString().replace('\\', '/');
    }

    private static Refusal refused(String message) {
        return Refusal.invalidField("document", message);
    }
}
