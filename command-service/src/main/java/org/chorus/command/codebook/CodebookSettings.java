package org.chorus.command.codebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chorus.command.codes.Codebook;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.Theme;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Labels and keywords of the themes. The active themes stay {@code chorus.codes.themes} (what the codes call accepts);
 * a theme described here but not listed there is published as retired, so its label outlives it.
 */
@ConfigurationProperties("chorus.codebook")
record CodebookSettings(@Nullable Map<String, ThemeSettings> themes) {

    CodebookSettings {
        themes = themes == null ? Map.of() : new LinkedHashMap<>(themes);
    }

    /** The configured codebook: active themes in configured order, then the retired ones. */
    List<Theme> configured(Codebook codes) {
        Map<String, ThemeSettings> described = themes == null ? Map.of() : themes;
        List<Theme> configured = new ArrayList<>();
        for (String code : codes.themes()) {
            configured.add(theme(code, described.get(code), false));
        }
        described.forEach((code, settings) -> {
            if (!codes.isTheme(code)) {
                configured.add(theme(code, settings, true));
            }
        });
        return configured;
    }

    Optional<String> retiredButActive(Codebook codes) {
        Map<String, ThemeSettings> described = themes == null ? Map.of() : themes;
        return codes.themes().stream().filter(code -> described.containsKey(code) && described.get(code).retired())
                .findFirst();
    }

    private static Theme theme(String code, @Nullable ThemeSettings settings, boolean retired) {
        if (settings == null) {
            return new Theme(new ThemeCode(code), code, List.of(), retired);
        }
        String label = settings.label() == null || settings.label().isBlank() ? code : settings.label();
        List<String> keywords = settings.keywords() == null ? List.of() : settings.keywords();
        return new Theme(new ThemeCode(code), label, keywords, retired);
    }
}
