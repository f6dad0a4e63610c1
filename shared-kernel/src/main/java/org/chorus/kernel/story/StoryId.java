package org.chorus.kernel.story;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of a story aggregate; serialized as the bare UUID string. */
public record StoryId(@JsonValue UUID value) {

    @JsonCreator
    public StoryId {
        Objects.requireNonNull(value, "story id");
    }

    public static StoryId random() {
        return new StoryId(UUID.randomUUID());
    }

    public static StoryId of(String value) {
        return new StoryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
