package org.chorus.command.story;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A span [start, end) of code points in the title or narrative to hide before anyone else sees the story. */
public record Redaction(Field field, int start, int end) {

    public enum Field {
        @JsonProperty("title") TITLE,
        @JsonProperty("narrative") NARRATIVE
    }
}
