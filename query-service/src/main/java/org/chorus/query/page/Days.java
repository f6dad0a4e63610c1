package org.chorus.query.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Writes instants as the pages show days: {@code 24 November 2026}, in London. In every model as {@code days}. */
public final class Days {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    public String day(@Nullable Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(@Nullable Instant at) {
        return at == null ? "" : at.toString();
    }
}
