package org.chorus.command.session.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Sessions are held, and their times read, in UK time; the store keeps instants. */
final class LondonTime {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(LONDON);
    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private LondonTime() {
    }

    static String format(Instant at) {
        return MOMENT.format(at);
    }

    /** Events of one session are often seconds apart, so the timeline shows seconds. */
    static String precise(Instant at) {
        return PRECISE.format(at);
    }

    static String date(LocalDate day) {
        return DAY.format(day);
    }

    /** A wall-clock time in London; in the autumn's repeated hour the earlier one is meant. */
    static Instant instant(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(LONDON).toInstant();
    }
}
