package org.grdplanner.platform.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** A GRD markdown file's YAML front matter, between {@code ---} lines at its top, and the markdown after it. */
public record FrontMatter(Map<String, Object> fields, String body) {

    private static final Pattern BLOCK = Pattern.compile("\\A---\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);

    public FrontMatter {
        fields = Map.copyOf(fields);
    }

    /** A file without front matter, or with front matter that is not a YAML mapping, has no fields. */
    public static FrontMatter of(String markdown) {
        Matcher block = BLOCK.matcher(markdown);
        if (!block.find()) {
            return new FrontMatter(Map.of(), markdown);
        }
        String body = markdown.substring(block.end());
        try {
            Object yaml = new Load(LoadSettings.builder().build()).loadFromString(block.group(1));
            if (!(yaml instanceof Map<?, ?> mapping)) {
                return new FrontMatter(Map.of(), body);
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            mapping.forEach((key, value) -> {
                if (key != null && value != null) {
                    fields.put(key.toString(), value);
                }
            });
            return new FrontMatter(fields, body);
        } catch (YamlEngineException e) {
            return new FrontMatter(Map.of(), body);
        }
    }

    /** A field whose value is a scalar, as text. */
    public Optional<String> text(String field) {
        Object value = fields.get(field);
        return value instanceof Map || value instanceof Iterable ? Optional.empty()
                : Optional.ofNullable(value).map(Object::toString).map(String::strip).filter(text -> !text.isEmpty());
    }
}
