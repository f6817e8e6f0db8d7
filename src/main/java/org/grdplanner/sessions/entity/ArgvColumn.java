package org.grdplanner.sessions.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import org.grdplanner.agent.control.AgentJson;

/** The command line a session ran, as a JSON array of strings, for whoever reads the table. */
@Converter
public class ArgvColumn implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> argv) {
        return AgentJson.strings(argv);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return AgentJson.strings(column);
    }
}
