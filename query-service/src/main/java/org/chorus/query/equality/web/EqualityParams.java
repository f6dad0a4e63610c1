package org.chorus.query.equality.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.chorus.query.equality.Dimension;
import org.chorus.query.equality.EqualityFilter;
import org.chorus.query.web.InvalidRequestException;
import org.chorus.query.web.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Reads the equality filter, collecting every malformed parameter: themes are checked against the codebook learned
 * from the stream, places for shape only (a code never issued matches nothing).
 */
final class EqualityParams {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final List<String> DIMENSIONS = Arrays.stream(Dimension.values()).map(Dimension::key).toList();

    private final MultiValueMap<String, String> params;
    private final Predicate<String> knownTheme;
    private final List<FieldProblem> errors = new ArrayList<>();

    EqualityParams(MultiValueMap<String, String> params, Predicate<String> knownTheme) {
        this.params = params;
        this.knownTheme = knownTheme;
    }

    /** The filter; throws when any parameter is malformed. */
    EqualityFilter filter() {
        EqualityFilter filter = read();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return filter;
    }

    /** Every malformed parameter, for a page that shows them rather than throwing; after {@link #read}. */
    List<FieldProblem> problems() {
        return List.copyOf(errors);
    }

    /** The filter, with each malformed parameter left out and kept in {@link #problems}. */
    EqualityFilter read() {
        String place = code("place");
        String theme = code("theme");
        if (theme != null && !knownTheme.test(theme)) {
            errors.add(new FieldProblem("theme", "is not a theme of the codebook"));
        }
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldProblem("to", "must not be before from"));
        }
        String dimension = text("dimension");
        if (dimension != null && !DIMENSIONS.contains(dimension)) {
            errors.add(new FieldProblem("dimension", "must be one of " + DIMENSIONS));
        }
        return new EqualityFilter(place, theme, from, to,
                dimension == null ? null : Dimension.ofKey(dimension).orElse(null));
    }

    private @Nullable String code(String name) {
        String value = text(name);
        if (value != null && !CODE.matcher(value).matches()) {
            errors.add(new FieldProblem(name, "must be an UPPER_SNAKE code"));
            return null;
        }
        return value;
    }

    private @Nullable LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem(name, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private @Nullable String text(String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value;
    }
}
