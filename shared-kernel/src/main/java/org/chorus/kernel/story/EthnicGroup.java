package org.chorus.kernel.story;

import java.util.Arrays;
import java.util.Optional;

/** The ONS 2021 (England and Wales) ethnic group categories, as codes, and the choice not to say. */
public enum EthnicGroup {
    ASIAN_BANGLADESHI,
    ASIAN_CHINESE,
    ASIAN_INDIAN,
    ASIAN_PAKISTANI,
    ASIAN_OTHER,
    BLACK_AFRICAN,
    BLACK_CARIBBEAN,
    BLACK_OTHER,
    MIXED_WHITE_AND_ASIAN,
    MIXED_WHITE_AND_BLACK_AFRICAN,
    MIXED_WHITE_AND_BLACK_CARIBBEAN,
    MIXED_OTHER,
    WHITE_BRITISH,
    WHITE_IRISH,
    WHITE_GYPSY_OR_IRISH_TRAVELLER,
    WHITE_ROMA,
    WHITE_OTHER,
    OTHER_ARAB,
    OTHER_ANY,
    PREFER_NOT_TO_SAY;

    /** The category a code names, if it names one. */
    public static Optional<EthnicGroup> ofCode(String code) {
        return Arrays.stream(values()).filter(group -> group.name().equals(code)).findFirst();
    }
}
