package org.grdplanner.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.platform.control.SharedJson;

/**
 * A request body read as a JSON object must be one. Jersey's JSON-P reader hands an array, a string or null to a
 * {@code JsonObject} parameter, and the method's validation then failed with an HTML error page; here JSON-P's
 * {@code readObject} refuses them, which the API answers with its 400. So are bytes that are not UTF-8.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonObjectBodies implements MessageBodyReader<JsonObject> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream)
            throws IOException {
        return read(entityStream.readAllBytes());
    }

    /** A body that may be left out, as an empty object when it is. */
    public static JsonObject optional(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        return bytes.length == 0 ? JsonValue.EMPTY_JSON_OBJECT : read(bytes);
    }

    private static JsonObject read(byte[] body) {
        try (JsonReader reader = SharedJson.createReader(new StringReader(strictUtf8(body)))) {
            return reader.readObject();
        }
    }

    /** JSON-P would read bytes that are not UTF-8 as U+FFFD and store them so; JSON text is UTF-8 (RFC 8259). */
    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Refusal.badRequest("The request body is not valid UTF-8; send JSON encoded as UTF-8.");
        }
    }
}
