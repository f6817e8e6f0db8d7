package org.grdplanner.platform.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.grdplanner.platform.control.Refusal;

/**
 * Reads a {@link JsonRequest} record from a JSON object, its components named in snake case. Each value must have
 * its component's JSON type, and a field the record lacks is refused, each naming the field in the 400: JSON-B
 * would turn {@code {"cols": "80"}} into 80, {@code {"auto_init": "yes"}} into false and ignore a misspelt field.
 * Bean Validation then checks the record's constraints.
 *
 * <p>A component's type says how its field is read: {@code String} (null when absent or null), {@code boolean}
 * (false when absent or null), {@code Integer} (a whole number, within the component's {@code @Min} and
 * {@code @Max}), {@code JsonValue} (as it is), and {@code Optional<String>} for a change: null when the field is
 * absent, empty when it is null, as a JSON merge patch tells "leave it" from "clear it".
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonRequestReader implements MessageBodyReader<Record> {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.isAnnotationPresent(JsonRequest.class);
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(type, entityStream.readAllBytes());
    }

    public static <T extends Record> T read(Class<T> type, byte[] body) {
        JsonObject json = object(body);
        RecordComponent[] components = type.getRecordComponents();
        requireOnly(json, components, type.getAnnotation(JsonRequest.class).value());
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(json, components[i]);
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    private static JsonObject object(byte[] body) {
        try (JsonReader reader = JSON.createReader(new StringReader(strictUtf8(body)))) {
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

    private static void requireOnly(JsonObject json, RecordComponent[] components, String whose) {
        SortedSet<String> fields = new TreeSet<>();
        Arrays.stream(components).map(JsonRequestReader::field).forEach(fields::add);
        SortedSet<String> unknown = new TreeSet<>(json.keySet());
        unknown.removeAll(fields);
        if (!unknown.isEmpty()) {
            throw Refusal.invalidField(unknown.first(), (unknown.size() == 1 ? "Unknown field " : "Unknown fields ")
                    + String.join(", ", unknown) + "; " + whose + " fields are " + String.join(", ", fields) + ".");
        }
    }

    private static String field(RecordComponent component) {
        return JsonNames.snakeCase(component.getName());
    }

    private static Object value(JsonObject json, RecordComponent component) {
        String field = field(component);
        JsonValue value = json.get(field);
        boolean missing = value == null || value.getValueType() == JsonValue.ValueType.NULL;
        Class<?> type = component.getType();
        if (type == JsonValue.class) {
            return value;
        }
        if (type == Optional.class && isOptionalText(component)) {
            return value == null ? null : Optional.ofNullable(missing ? null : text(field, value));
        }
        if (missing) {
            return type == boolean.class ? false : null;
        }
        if (type == String.class) {
            return text(field, value);
        }
        if (type == boolean.class) {
            return switch (value.getValueType()) {
                case TRUE -> true;
                case FALSE -> false;
                default -> throw Refusal.invalidField(field, field + " must be true or false");
            };
        }
        if (type == Integer.class) {
            return wholeNumber(field, value, component);
        }
        throw new IllegalStateException(component + " has a type requests do not have");
    }

    private static boolean isOptionalText(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType optional
                && optional.getActualTypeArguments()[0] == String.class;
    }

    private static String text(String field, JsonValue value) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw Refusal.invalidField(field, field + " must be a string");
    }

    private static Integer wholeNumber(String field, JsonValue value, RecordComponent component) {
        Method accessor = component.getAccessor();
        long min = Optional.ofNullable(accessor.getAnnotation(Min.class)).map(Min::value).orElse((long) Integer.MIN_VALUE);
        long max = Optional.ofNullable(accessor.getAnnotation(Max.class)).map(Max::value).orElse((long) Integer.MAX_VALUE);
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.bigIntegerValue().compareTo(BigInteger.valueOf(min)) >= 0
                && number.bigIntegerValue().compareTo(BigInteger.valueOf(max)) <= 0) {
            return number.intValue();
        }
        throw Refusal.invalidField(field, field + " must be a whole number from " + min + " to " + max);
    }
}
