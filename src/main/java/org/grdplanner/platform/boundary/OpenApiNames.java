package org.grdplanner.platform.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI document names properties as the API writes them. Payara's scanner takes Java's names
 * ({@code localPath}), while the API's JSON-B configuration and request readers use snake case ({@code local_path}).
 */
public class OpenApiNames implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && !properties.isEmpty()) {
            Map<String, Schema> renamed = new LinkedHashMap<>();
            properties.forEach((name, property) -> renamed.put(JsonNames.snakeCase(name), property));
            schema.setProperties(renamed);
        }
        List<String> required = schema.getRequired();
        if (required != null && !required.isEmpty()) {
            schema.setRequired(required.stream().map(JsonNames::snakeCase).toList());
        }
        return schema;
    }
}
