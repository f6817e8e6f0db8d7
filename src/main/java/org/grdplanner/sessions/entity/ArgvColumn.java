package org.grdplanner.sessions.entity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;
import org.grdplanner.platform.control.SharedJson;

/** The command line a session ran, as a JSON array of strings, for whoever reads the table. */
@Converter
public class ArgvColumn implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> argv) {
        JsonArrayBuilder array = SharedJson.createArrayBuilder();
        argv.forEach(array::add);
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return SharedJson.createReader(new StringReader(column)).readArray().getValuesAs(JsonString::getString);
    }
}
