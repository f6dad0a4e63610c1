package org.chorus.query.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a page's error summary ({@code layout :: errorSummary(errors)}): the message, linking to the field
 * whose id is {@code anchor}.
 */
public record PageError(String anchor, String message) {

    /** Each field's messages, joined, for the layout's field fragments (model attribute {@code fieldErrors}). */
    public static Map<String, String> byField(List<PageError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.merge(error.anchor(), error.message(), (one, two) -> one + ". " + two));
        return byField;
    }
}
