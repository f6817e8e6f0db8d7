package org.grdplanner.platform.boundary;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.grdplanner.sessions.entity.ExecutionMode;
import org.grdplanner.projects.control.ProjectLimits;
import org.grdplanner.projects.entity.GrdInitStatus;

/**
 * Makes the OpenAPI document say what the API does. Payara's scanner names properties as Java does
 * ({@code localPath}) where the API writes snake case ({@code local_path}), and it sees only {@code JsonObject} in
 * the request bodies, which the resources read field by field; their fields are described here.
 */
public class OpenApiDocument implements OASFilter {

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

    @Override
    public void filterOpenAPI(OpenAPI api) {
        describe(api, "/api/projects", PathItem::getPOST, object(List.of("name", "local_path"),
                withProjectFields("auto_init", flag("Start GRD's initialization at once"))));
        describe(api, "/api/projects/{id}", PathItem::getPATCH, object(List.of(),
                withProjectFields("grd_init_status", OASFactory.createSchema().type(SchemaType.STRING)
                        .enumeration(values(GrdInitStatus.values(), GrdInitStatus::value)))));
        describe(api, "/api/projects/{projectId}/planning/invoke", PathItem::getPOST, object(List.of("command"),
                ordered("command", text("A planning command of GET /api/planning/commands"),
                        "args", OASFactory.createSchema().description(
                                "The command's arguments: an object of named values, or an array in order"),
                        "mode", text("The command's own mode when absent")
                                .enumeration(values(ExecutionMode.values(), ExecutionMode::value)))));
        describe(api, "/api/projects/{projectId}/planning/init", PathItem::getPOST, object(List.of(),
                ordered("document", text("A file in the checkout that GRD's init --auto starts from; "
                        + "the checkout's README when absent; without either, init runs interactively"))));
        describe(api, "/api/projects/{projectId}/sessions/{sessionId}/input", PathItem::getPOST,
                object(List.of("text"), ordered("text", text("Keystrokes for the terminal, at most 64 KiB as UTF-8"))));
        describe(api, "/api/projects/{projectId}/sessions/{sessionId}/resize", PathItem::getPOST,
                object(List.of("cols", "rows"), ordered("cols", side(), "rows", side())));
    }

    /** The fields a new project and a change to one share, then {@code name}'s own. */
    private static Map<String, Schema> withProjectFields(String name, Schema schema) {
        return ordered("name", text(ProjectLimits.NAME), "description", text(ProjectLimits.DESCRIPTION).nullable(true),
                "local_path", text("An absolute path to an existing directory"), name, schema);
    }

    private static Map<String, Schema> ordered(Object... namesAndSchemas) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return properties;
    }

    private static <T> List<Object> values(T[] constants, Function<T, String> value) {
        return Arrays.stream(constants).<Object>map(value).toList();
    }

    /** Payara puts the context root before each path: the application may be deployed anywhere. */
    private static void describe(OpenAPI api, String path, Function<PathItem, Operation> method, Schema body) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((key, item) -> {
            Operation operation = key.endsWith(path) ? method.apply(item) : null;
            if (operation != null && operation.getRequestBody() != null
                    && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(type -> type.setSchema(body));
            }
        });
    }

    private static Schema object(List<String> required, Map<String, Schema> properties) {
        Schema object = OASFactory.createSchema().type(SchemaType.OBJECT).properties(properties)
                .additionalPropertiesBoolean(false);
        return required.isEmpty() ? object : object.required(required);
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().type(SchemaType.STRING).maxLength(maxLength);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description);
    }

    private static Schema flag(String description) {
        return OASFactory.createSchema().type(SchemaType.BOOLEAN).description(description);
    }

    private static Schema side() {
        return OASFactory.createSchema().type(SchemaType.INTEGER).minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(1000));
    }
}
