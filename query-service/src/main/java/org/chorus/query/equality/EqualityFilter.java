package org.chorus.query.equality;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which stories the counts cover and which dimension to break them down by; null means no condition (every
 * dimension). Days are Europe/London days of approval, both ends included.
 */
public record EqualityFilter(@Nullable String place, @Nullable String theme, @Nullable LocalDate from,
                             @Nullable LocalDate to, @Nullable Dimension dimension) {
}
