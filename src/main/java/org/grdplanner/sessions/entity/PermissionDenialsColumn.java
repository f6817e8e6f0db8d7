package org.grdplanner.sessions.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Map;
import org.grdplanner.agent.control.AgentJson;

/** The denials as the JSON array the API shows, {@code [{"tool_name": ..., "target": ...}]}. */
@Converter
public class PermissionDenialsColumn implements AttributeConverter<List<PermissionDenial>, String> {

    @Override
    public String convertToDatabaseColumn(List<PermissionDenial> denials) {
        if (denials == null) {
            return null;
        }
        return AgentJson.objects(denials.stream()
                .map(denial -> Map.of("tool_name", denial.toolName(), "target", denial.target()))
                .toList());
    }

    @Override
    public List<PermissionDenial> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        return AgentJson.objects(column).stream()
                .map(denial -> new PermissionDenial(denial.getOrDefault("tool_name", ""),
                        denial.getOrDefault("target", "")))
                .toList();
    }
}
