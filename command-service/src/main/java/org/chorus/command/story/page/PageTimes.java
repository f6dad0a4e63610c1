package org.chorus.command.story.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on pages are shown in UK time, the way people read them. */
final class PageTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private PageTimes() {
    }

    static String london(Instant at) {
        return FORMAT.format(at);
    }

    /** In the reader's language: month names are words too. */
    static String london(Instant at, Locale language) {
        return FORMAT.withLocale(language.getLanguage().equals("en") ? Locale.UK : language).format(at);
    }
}
