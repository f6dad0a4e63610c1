package org.chorus.query.equality.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the equality page shows for a group code: {@code 35_44} is "35 to 44", {@code WHITE_BRITISH} is
 * "White British".
 */
final class GroupLabels {
    private static final Pattern AGES = Pattern.compile("(\\d+)_(\\d+)");
    private static final Map<String, String> SPECIAL = Map.of("NOT_ANSWERED", "Not answered",
            "UNRECOGNISED", "Another answer", "UNDER_13", "Under 13", "75_PLUS", "75 and over",
            "NON_BINARY", "Non-binary", "OTHER_ARAB", "Arab", "OTHER_ANY", "Any other ethnic group");

    private GroupLabels() {
    }

    /** Places keep their codes, as on every other page. */
    static String of(String dimension, String group) {
        if (dimension.equals("place")) {
            return group;
        }
        if (SPECIAL.containsKey(group)) {
            return SPECIAL.get(group);
        }
        Matcher ages = AGES.matcher(group);
        if (ages.matches()) {
            return ages.group(1) + " to " + ages.group(2);
        }
        String[] words = group.toLowerCase(Locale.ROOT).split("_");
        StringBuilder label = new StringBuilder();
        for (String word : words) {
            if (!label.isEmpty()) {
                label.append(' ');
            }
            label.append(word.equals("and") || word.equals("or") || word.equals("to") ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return label.toString();
    }
}
