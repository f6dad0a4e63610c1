package org.chorus.command.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chorus.command.codes.Codebook;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.Theme;
import org.junit.jupiter.api.Test;

class CodebookSettingsTest {
    private final Codebook codes = new Codebook(List.of("LEWISHAM"), List.of("ACCESS", "TRUST"), List.of("OTHER"));

    @Test
    void activeThemesComeFromTheCodeListWithTheirLabelsThenDescribedButUnlistedOnesAsRetired() {
        var settings = new CodebookSettings(Map.of(
                "ACCESS", new ThemeSettings("Access to care", List.of("appointment", "wizyta"), false),
                "HOUSING", new ThemeSettings("Housing", List.of("damp"), true)));

        assertThat(settings.configured(codes)).containsExactly(
                new Theme(new ThemeCode("ACCESS"), "Access to care", List.of("appointment", "wizyta"), false),
                new Theme(new ThemeCode("TRUST"), "TRUST", List.of(), false),
                new Theme(new ThemeCode("HOUSING"), "Housing", List.of("damp"), true));
    }

    @Test
    void aThemeMarkedRetiredButStillListedIsFound() {
        var settings = new CodebookSettings(Map.of("TRUST", new ThemeSettings("Trust", List.of(), true)));

        assertThat(settings.retiredButActive(codes)).contains("TRUST");
    }
}
