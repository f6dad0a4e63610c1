package org.chorus.kernel.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A service area code from command-service's configuration (not a Java enum: the ICS configures its own list).
 * Serialized as the bare code string.
 */
public record ServiceAreaCode(@JsonValue String value) {

    @JsonCreator
    public ServiceAreaCode {
        CodeValues.require("service area", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
