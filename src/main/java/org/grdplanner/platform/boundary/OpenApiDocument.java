package org.grdplanner.platform.boundary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Payara's scanner names properties as Java does ({@code localPath}) where the API writes snake case; it writes
 * every attribute of a {@code @Schema} annotation, its defaults too ({@code minLength: 0} on a flag), which are left
 * out; and it types a property by its Java class alone, so the {@code Optional<String>} of a change is an object,
 * where its length or its enumeration says it is text.
 */
public class OpenApiDocument implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        withoutDefaults(schema);
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && !properties.isEmpty()) {
            Map<String, Schema> renamed = new LinkedHashMap<>();
            properties.forEach((name, property) -> renamed.put(JsonNames.snakeCase(name), typed(withoutDefaults(property))));
            schema.setProperties(renamed);
        }
        List<String> required = schema.getRequired();
        if (required != null && !required.isEmpty()) {
            schema.setRequired(required.stream().map(JsonNames::snakeCase).toList());
        }
        return schema;
    }

    private static Schema typed(Schema property) {
        boolean text = property.getMinLength() != null || property.getMaxLength() != null
                || (property.getEnumeration() != null && property.getEnumeration().stream().allMatch(String.class::isInstance));
        if (property.getType() == Schema.SchemaType.OBJECT && text) {
            property.setType(Schema.SchemaType.STRING);
        }
        return property;
    }

    private static Schema withoutDefaults(Schema property) {
        clearIf(0, property::getMinLength, property::setMinLength);
        clearIf(0, property::getMinProperties, property::setMinProperties);
        clearIf(0, property::getMaxProperties, property::setMaxProperties);
        if (property.getType() != Schema.SchemaType.INTEGER) {
            clearIf(BigDecimal.ZERO, property::getMinimum, property::setMinimum);
        }
        clearIf(false, property::getUniqueItems, property::setUniqueItems);
        clearIf(false, property::getExclusiveMinimum, property::setExclusiveMinimum);
        clearIf(false, property::getExclusiveMaximum, property::setExclusiveMaximum);
        clearIf(false, property::getNullable, property::setNullable);
        clearIf(false, property::getReadOnly, property::setReadOnly);
        clearIf(false, property::getWriteOnly, property::setWriteOnly);
        clearIf(false, property::getDeprecated, property::setDeprecated);
        return property;
    }

    private static <T> void clearIf(T defaultValue, Supplier<T> attribute, Consumer<T> set) {
        if (defaultValue.equals(attribute.get())) {
            set.accept(null);
        }
    }
}
