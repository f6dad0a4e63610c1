package org.chorus.kernel.story;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The storyteller's age band, as written in the API ({@code UNDER_13}, {@code 13_15}, ...). */
public enum AgeBand {
    @JsonProperty("UNDER_13") UNDER_13("UNDER_13", true),
    @JsonProperty("13_15") AGE_13_15("13_15", true),
    @JsonProperty("16_17") AGE_16_17("16_17", true),
    @JsonProperty("18_24") AGE_18_24("18_24", false),
    @JsonProperty("25_34") AGE_25_34("25_34", false),
    @JsonProperty("35_44") AGE_35_44("35_44", false),
    @JsonProperty("45_54") AGE_45_54("45_54", false),
    @JsonProperty("55_64") AGE_55_64("55_64", false),
    @JsonProperty("65_74") AGE_65_74("65_74", false),
    @JsonProperty("75_PLUS") AGE_75_PLUS("75_PLUS", false);

    private final String code;
    private final boolean minor;

    AgeBand(String code, boolean minor) {
        this.code = code;
        this.minor = minor;
    }

    /** The code used in the API. */
    public String code() {
        return code;
    }

    /** Under 18: never quotable or published. */
    public boolean minor() {
        return minor;
    }

    public static AgeBand fromCode(String code) {
        for (AgeBand band : values()) {
            if (band.code.equals(code)) {
                return band;
            }
        }
        throw new IllegalArgumentException("unknown age band " + code);
    }
}
