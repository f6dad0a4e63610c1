package org.chorus.kernel.sharing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.event.KernelJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema a kernel record is written as by {@link KernelJson}, derived from its components: what a published
 * schema must say, less its words ({@code title}, {@code description}, {@code $id}, {@code $schema}).
 */
final class RecordSchema {

    private RecordSchema() {
    }

    static ObjectNode of(Class<? extends Record> type) {
        ObjectNode schema = object();
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : type.getRecordComponents()) {
            boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
            if (!nullable) {
                required.add(component.getName());
            }
            properties.set(component.getName(), schema(component.getGenericType(), nullable));
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static ObjectNode schema(Type type, boolean nullable) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            ObjectNode array = typed("array", nullable);
            array.set("items", schema(list.getActualTypeArguments()[0], false));
            return array;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return typed("string", nullable);
        }
        if (raw == long.class || raw == int.class || raw == Long.class || raw == Integer.class) {
            return typed("integer", nullable);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return typed("boolean", nullable);
        }
        if (raw == UUID.class || raw == Instant.class) {
            return typed("string", nullable).put("format", raw == UUID.class ? "uuid" : "date-time");
        }
        if (raw.isEnum()) {
            ObjectNode values = typed("string", nullable);
            Arrays.stream(raw.getEnumConstants()).forEach(value -> values.withArray("enum").add(value.toString()));
            return values;
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            // a value type (an id, a code) is written as its one value
            if (components.length == 1 && components[0].getAccessor().isAnnotationPresent(JsonValue.class)
                    || components.length == 1 && components[0].isAnnotationPresent(JsonValue.class)) {
                return schema(components[0].getGenericType(), nullable);
            }
            ObjectNode nested = of((Class<? extends Record>) raw);
            if (nullable) {
                nested.set("type", KernelJson.mapper().createArrayNode().add("object").add("null"));
            }
            return nested;
        }
        throw new IllegalArgumentException("no JSON Schema mapping for " + type);
    }

    private static ObjectNode typed(String type, boolean nullable) {
        ObjectNode schema = object();
        if (nullable) {
            schema.putArray("type").add(type).add("null");
        } else {
            schema.put("type", type);
        }
        return schema;
    }

    private static ObjectNode object() {
        return KernelJson.mapper().createObjectNode();
    }
}
