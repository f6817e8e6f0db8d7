package org.grdplanner.platform.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * JSON-P through one provider looked up once. {@code jakarta.json.Json} looks its provider up through the
 * ServiceLoader on every call, which in a web application scans the class path: measured as a fifth of the CPU of
 * an input request and of every output event.
 */
public final class SharedJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private SharedJson() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }
}
