package org.chorus.query.insight.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.chorus.kernel.story.Feeling;
import org.chorus.query.insight.FeedCursor;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.stream.LastEventId;
import org.chorus.query.web.InvalidRequestException;
import org.chorus.query.web.PathIds;
import org.chorus.query.web.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Reads query parameters, collecting every malformed one. Themes are checked against the codebook learned from the
 * stream (retired ones included, their stories stay readable); places and service areas for shape only: a code
 * command-service never issued simply matches nothing.
 */
final class InsightParams {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final List<String> FEELINGS = Arrays.stream(Feeling.values()).map(Enum::name).toList();
    private static final int MAX_QUERY_CODE_POINTS = 200;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final MultiValueMap<String, String> params;
    private final Predicate<String> knownTheme;
    private final List<FieldProblem> errors = new ArrayList<>();

    InsightParams(MultiValueMap<String, String> params, Predicate<String> knownTheme) {
        this.params = params;
        this.knownTheme = knownTheme;
    }

    StoryFilter filter() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldProblem("to", "must not be before from"));
        }
        String q = text("q");
        if (q != null && q.codePointCount(0, q.length()) > MAX_QUERY_CODE_POINTS) {
            errors.add(new FieldProblem("q", "must be at most " + MAX_QUERY_CODE_POINTS + " characters"));
            q = null;
        }
        List<String> words = q == null ? List.of()
                : Arrays.stream(q.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return new StoryFilter(theme(), code("place"), code("serviceArea"),
                matching("feeling", FEELINGS::contains, "must be one of " + FEELINGS),
                campaignId(), from, to, words, bool("uncoded"));
    }

    private @Nullable String campaignId() {
        String value = matching("campaignId", PathIds::isUuid, "must be a UUID");
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    int limit() {
        String value = text("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldProblem("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    @Nullable FeedCursor cursor() {
        String value = text("cursor");
        if (value == null) {
            return null;
        }
        try {
            return FeedCursor.decode(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("cursor", "is not a cursor from a previous page"));
            return null;
        }
    }

    /** The position a reconnecting stream client last saw, from its Last-Event-ID header. */
    @Nullable LastEventId lastEventId(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return LastEventId.parse(header.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("Last-Event-ID", "is not an event id from this stream"));
            return null;
        }
    }

    /** Every malformed parameter read so far, for a page that shows them rather than throwing. */
    List<FieldProblem> problems() {
        return List.copyOf(errors);
    }

    /** Throws when any parameter read so far was malformed. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private @Nullable String theme() {
        String theme = code("theme");
        if (theme != null && !knownTheme.test(theme)) {
            errors.add(new FieldProblem("theme", "is not a theme of the codebook"));
            return null;
        }
        return theme;
    }

    private @Nullable String code(String name) {
        return matching(name, v -> CODE.matcher(v).matches(), "must be an UPPER_SNAKE code");
    }

    private @Nullable String matching(String name, Predicate<String> valid, String message) {
        String value = text(name);
        if (value != null && !valid.test(value)) {
            errors.add(new FieldProblem(name, message));
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

    private boolean bool(String name) {
        String value = text(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        errors.add(new FieldProblem(name, "must be true or false"));
        return false;
    }

    private @Nullable String text(String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value;
    }
}
