package org.chorus.kernel.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against the part of JSON Schema the curated stream's schemas use (type, type unions with null,
 * enum, uuid and date-time formats, required, additionalProperties false, items): the problems, by JSON path.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    static List<String> problems(JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        check("$", value, schema, problems);
        return problems;
    }

    private static void check(String path, JsonNode value, JsonNode schema, List<String> problems) {
        List<String> types = new ArrayList<>();
        schema.get("type").forEach(type -> types.add(type.asString()));
        if (schema.get("type").isString()) {
            types.add(schema.get("type").asString());
        }
        String actual = typeOf(value);
        if (!types.contains(actual)) {
            problems.add(path + ": " + actual + " where the schema says " + types);
            return;
        }
        if (schema.has("enum") && !schema.get("enum").valueStream().anyMatch(value::equals)) {
            problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isString() && schema.has("format") && !formatted(value.asString(), schema.get("format").asString())) {
            problems.add(path + ": " + value + " is not a " + schema.get("format").asString());
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(path + "[" + i + "]", value.get(i), schema.get("items"), problems);
            }
        }
        if (value.isObject()) {
            schema.get("required").forEach(name -> {
                if (!value.has(name.asString())) {
                    problems.add(path + "." + name.asString() + ": missing");
                }
            });
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode property = schema.get("properties").get(field.getKey());
                if (property == null) {
                    problems.add(path + "." + field.getKey() + ": not in the schema");
                } else {
                    check(path + "." + field.getKey(), field.getValue(), property, problems);
                }
            }
        }
    }

    private static String typeOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isString()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isArray() ? "array" : value.isObject() ? "object" : "number";
    }

    private static boolean formatted(String text, String format) {
        try {
            switch (format) {
                case "uuid" -> UUID.fromString(text);
                case "date-time" -> Instant.parse(text);
                default -> throw new IllegalArgumentException("unknown format " + format);
            }
            return true;
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
