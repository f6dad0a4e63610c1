package org.chorus.query.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids in paths and parameters: UUIDs, matched in lower case as the read models store them. */
public final class PathIds {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private PathIds() {
    }

    /**
     * The path's {@code id}, in lower case.
     *
     * @throws InvalidRequestException (400, naming {@code id}) when it is not a UUID
     */
    public static String uuid(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (!isUuid(lower)) {
            throw new InvalidRequestException(List.of(new Problem.FieldProblem("id", "must be a UUID")));
        }
        return lower;
    }

    /** Whether the value, in any case, is a UUID. */
    public static boolean isUuid(String value) {
        return UUID.matcher(value.toLowerCase(Locale.ROOT)).matches();
    }
}
