package org.grdplanner.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.grdplanner.platform.control.SharedJson;

/**
 * A request body read as a JSON object must be one. Jersey's JSON-P reader hands an array, a string or null to a
 * {@code JsonObject} parameter, and the method's validation then failed with an HTML error page; here JSON-P's
 * {@code readObject} refuses them, which the API answers with its 400.
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
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        try (JsonReader reader = SharedJson.createReader(entityStream)) {
            return reader.readObject();
        }
    }
}
