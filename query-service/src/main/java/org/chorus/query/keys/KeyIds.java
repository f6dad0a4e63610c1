package org.chorus.query.keys;

import java.util.LinkedHashSet;
import java.util.Set;
import org.chorus.kernel.event.KernelJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The data key ids an event names: the {@code keyId} of every sealed text in it, wherever it sits (published
 * content, an equality profile, a participant's words). Ids only: nothing sealed is opened or kept.
 */
public final class KeyIds {
    private static final String KEY_ID = "keyId";

    private KeyIds() {
    }

    /** The key ids in an event's JSON; none when it is not JSON (the record then fails where it is applied). */
    public static Set<String> in(@Nullable String eventJson) {
        if (eventJson == null) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        try {
            collect(KernelJson.mapper().readTree(eventJson), ids);
        } catch (JacksonException e) {
            return Set.of();
        }
        return ids;
    }

    private static void collect(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            JsonNode keyId = node.get(KEY_ID);
            if (keyId != null && keyId.isString()) {
                ids.add(keyId.asString());
            }
            node.values().forEach(value -> collect(value, ids));
        } else if (node.isArray()) {
            node.values().forEach(value -> collect(value, ids));
        }
    }
}
