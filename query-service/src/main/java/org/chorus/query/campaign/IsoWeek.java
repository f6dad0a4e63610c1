package org.chorus.query.campaign;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** The ISO week a date falls in, as campaign progress groups outreach: {@code 2026-W48}. */
public final class IsoWeek {

    private IsoWeek() {
    }

    public static String of(LocalDate date) {
        return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
