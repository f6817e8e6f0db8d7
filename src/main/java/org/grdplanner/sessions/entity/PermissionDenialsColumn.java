package org.grdplanner.sessions.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;
import org.grdplanner.platform.control.SharedJson;

/** The denials as the JSON array the API shows, {@code [{"tool_name": ..., "target": ...}]}. */
@Converter
public class PermissionDenialsColumn implements AttributeConverter<List<PermissionDenial>, String> {

    @Override
    public String convertToDatabaseColumn(List<PermissionDenial> denials) {
        if (denials == null) {
            return null;
        }
        JsonArrayBuilder array = SharedJson.createArrayBuilder();
        denials.forEach(denial -> array.add(SharedJson.createObjectBuilder()
                .add("tool_name", denial.toolName())
                .add("target", denial.target())));
        return array.build().toString();
    }

    @Override
    public List<PermissionDenial> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        JsonArray array = SharedJson.createReader(new StringReader(column)).readArray();
        return array.getValuesAs(JsonObject.class).stream()
                .map(denial -> new PermissionDenial(denial.getString("tool_name", ""), denial.getString("target", "")))
                .toList();
    }
}
