package org.chorus.query.equality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.EthnicGroup;
import org.chorus.kernel.story.EqualityProfile;
import org.jspecify.annotations.Nullable;

/**
 * What the counts are broken down by, with each dimension's groups. Every story falls in exactly one group of each
 * dimension ({@code NOT_ANSWERED} included), so a dimension's counts add up to the total.
 */
public enum Dimension {
    ETHNICITY("ethnicity"),
    AGE_BAND("ageBand"),
    DISABILITY("disability"),
    GENDER("gender"),
    PLACE("place");

    static final String NOT_ANSWERED = "NOT_ANSWERED";
    static final String UNRECOGNISED = "UNRECOGNISED";
    private static final List<String> GENDERS = List.of("WOMAN", "MAN", "NON_BINARY", "OTHER", "PREFER_NOT_TO_SAY");

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    /** The name in the API, as a parameter and as a key of the answer. */
    public String key() {
        return key;
    }

    public static Optional<Dimension> ofKey(String key) {
        return Arrays.stream(values()).filter(dimension -> dimension.key.equals(key)).findFirst();
    }

    /** Every group, in the order shown, even when nobody is in it; empty for places, which are listed as found. */
    List<String> groups() {
        return switch (this) {
            case ETHNICITY -> with(Arrays.stream(EthnicGroup.values()).map(Enum::name).toList(), UNRECOGNISED);
            case AGE_BAND -> with(Arrays.stream(AgeBand.values()).map(AgeBand::code).toList());
            case DISABILITY -> List.of("YES", "NO", NOT_ANSWERED);
            case GENDER -> with(GENDERS);
            case PLACE -> List.of();
        };
    }

    /** The group a profile falls in; free text is never a group. Not for places, which come with the story. */
    String groupOf(EqualityProfile profile) {
        return switch (this) {
            case ETHNICITY -> profile.ethnicity() == null ? NOT_ANSWERED
                    : EthnicGroup.ofCode(profile.ethnicity()).map(Enum::name).orElse(UNRECOGNISED);
            case AGE_BAND -> profile.ageBand() == null ? NOT_ANSWERED : profile.ageBand().code();
            case DISABILITY -> profile.disability() == null ? NOT_ANSWERED : profile.disability() ? "YES" : "NO";
            case GENDER -> gender(profile.gender());
            case PLACE -> throw new IllegalStateException("a place is the story's, not the profile's");
        };
    }

    private static String gender(@Nullable String answer) {
        if (answer == null || answer.isBlank()) {
            return NOT_ANSWERED;
        }
        String code = answer.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return GENDERS.contains(code) ? code : "OTHER";
    }

    private static List<String> with(List<String> groups, String... more) {
        List<String> all = new ArrayList<>(groups);
        all.addAll(List.of(more));
        all.add(NOT_ANSWERED);
        return List.copyOf(all);
    }
}
