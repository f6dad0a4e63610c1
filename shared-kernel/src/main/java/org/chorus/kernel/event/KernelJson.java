package org.chorus.kernel.event;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapping of events on Kafka: records as objects, ids and codes as strings, times as ISO-8601. */
public final class KernelJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private KernelJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
