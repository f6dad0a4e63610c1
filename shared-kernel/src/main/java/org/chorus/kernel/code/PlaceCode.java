package org.chorus.kernel.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A place code from command-service's configuration (not a Java enum: the ICS configures its own list).
 * Serialized as the bare code string.
 */
public record PlaceCode(@JsonValue String value) {

    @JsonCreator
    public PlaceCode {
        CodeValues.require("place", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
