package org.chorus.kernel.code;

import java.util.regex.Pattern;

final class CodeValues {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private CodeValues() {
    }

    static String require(String kind, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be an UPPER_SNAKE code, was " + value);
        }
        return value;
    }
}
