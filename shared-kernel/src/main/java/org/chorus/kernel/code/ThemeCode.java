package org.chorus.kernel.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A theme code from command-service's configuration (not a Java enum: the ICS configures its own list).
 * Serialized as the bare code string.
 */
public record ThemeCode(@JsonValue String value) {

    @JsonCreator
    public ThemeCode {
        CodeValues.require("theme", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
