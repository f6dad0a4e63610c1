package org.chorus.query.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code minVersion} parameter of read-your-writes reads: absent (-1) or a whole number from 0. */
public final class MinVersion {
    private MinVersion() {
    }

    public static long parse(@Nullable String value) {
        if (value == null) {
            return -1;
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below, like any other bad value
        }
        throw new InvalidRequestException(List.of(new Problem.FieldProblem("minVersion", "must be a whole number >= 0")));
    }
}
