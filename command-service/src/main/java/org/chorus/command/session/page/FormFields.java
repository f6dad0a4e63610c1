package org.chorus.command.session.page;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The fields one console form posted, read as plain strings and checked all at once. Problems are reported against
 * the input's id ({@code form-field}), so the error summary links to it, in the words of {@code messages.properties}.
 */
final class FormFields {
    private static final List<String> NOT_TYPED = List.of("_csrf", "token");

    private final String form;
    private final Map<String, List<String>> values = new TreeMap<>();
    private final MessageSource messages;
    private final Locale locale;
    private final Predicate<UUID> heldStory;
    private final List<FieldProblem> problems = new ArrayList<>();

    FormFields(String form, Map<String, String[]> parameters, MessageSource messages, Locale locale,
               Predicate<UUID> heldStory) {
        this.form = form;
        parameters.forEach((name, sent) -> {
            if (!NOT_TYPED.contains(name)) {
                values.put(name, Arrays.asList(sent));
            }
        });
        this.messages = messages;
        this.locale = locale;
        this.heldStory = heldStory;
    }

    /** Everything typed, in a stable order: what tells a re-sent form from a different one with the same token. */
    Map<String, List<String>> typed() {
        return values;
    }

    String text(String field, int max, boolean required) {
        String value = raw(field).strip();
        if (value.isEmpty() && required) {
            problem(field, "session.error." + field);
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.add(new FieldProblem(anchor(field), message("session.error.tooLong", max)));
        }
        return value;
    }

    /** One of the configured codes, such as a place or a theme. */
    String code(String field, List<String> allowed) {
        String value = raw(field);
        if (!allowed.contains(value)) {
            problem(field, "session.error." + field);
        }
        return value;
    }

    <E extends Enum<E>> @Nullable E choice(String field, Class<E> type) {
        try {
            return Enum.valueOf(type, raw(field));
        } catch (IllegalArgumentException e) {
            return problem(field, "session.error." + field);
        }
    }

    @Nullable UUID id(String field, boolean required) {
        String value = raw(field);
        if (value.isBlank() && !required) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return problem(field, "session.error." + field);
        }
    }

    /** Ticked checkboxes, each an id. */
    List<UUID> ids(String field) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values.getOrDefault(field, List.of())) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                problem(field, "session.error." + field);
            }
        }
        return ids.stream().distinct().toList();
    }

    /** Story ids, one a line; each must be a story Chorus holds and may cite. */
    List<UUID> stories(String field) {
        List<UUID> ids = new ArrayList<>();
        String[] lines = raw(field).split("\\R");
        for (int line = 0; line < lines.length; line++) {
            if (lines[line].isBlank()) {
                continue;
            }
            try {
                UUID id = UUID.fromString(lines[line].strip());
                if (heldStory.test(id)) {
                    ids.add(id);
                    continue;
                }
            } catch (IllegalArgumentException e) {
                // reported below, like an id Chorus does not hold
            }
            problems.add(new FieldProblem(anchor(field), message("session.error.story", line + 1)));
        }
        return ids.stream().distinct().toList();
    }

    boolean ticked(String field) {
        return "true".equals(raw(field));
    }

    @Nullable LocalDate date(String field) {
        try {
            return LocalDate.parse(raw(field).strip());
        } catch (DateTimeParseException e) {
            return problem(field, "session.error." + field);
        }
    }

    @Nullable LocalTime time(String field) {
        try {
            return LocalTime.parse(raw(field).strip());
        } catch (DateTimeParseException e) {
            return problem(field, "session.error." + field);
        }
    }

    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private String raw(String field) {
        List<String> sent = values.get(field);
        return sent == null || sent.isEmpty() || sent.get(0) == null ? "" : sent.get(0);
    }

    private <T> @Nullable T problem(String field, String key) {
        problems.add(new FieldProblem(anchor(field), message(key)));
        return null;
    }

    private String anchor(String field) {
        return form + "-" + field;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
