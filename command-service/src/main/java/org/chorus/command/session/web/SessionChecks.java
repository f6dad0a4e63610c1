package org.chorus.command.session.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chorus.command.codes.Codebook;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.kernel.story.StoryStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Field rules of the session calls, reported all at once; evidence must be stories Chorus holds. */
@Component
class SessionChecks {
    private final Codebook codes;
    private final StoryDirectory stories;

    SessionChecks(Codebook codes, StoryDirectory stories) {
        this.codes = codes;
        this.stories = stories;
    }

    Collector collector() {
        return new Collector();
    }

    final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        Collector text(String field, @Nullable String value, int max, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    problems.add(new FieldProblem(field, "is required"));
                }
            } else if (value.codePointCount(0, value.length()) > max) {
                problems.add(new FieldProblem(field, "must be " + max + " characters or fewer"));
            }
            return this;
        }

        Collector present(String field, @Nullable Object value) {
            if (value == null) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return this;
        }

        Collector theme(String field, @Nullable String value) {
            if (value == null || !codes.isTheme(value)) {
                problems.add(new FieldProblem(field, "must be one of " + codes.themes()));
            }
            return this;
        }

        Collector place(String field, @Nullable String value) {
            if (value == null || !codes.isPlace(value)) {
                problems.add(new FieldProblem(field, "must be one of " + codes.places()));
            }
            return this;
        }

        Collector stories(String field, @Nullable List<UUID> ids) {
            List<UUID> list = ids == null ? List.of() : ids;
            for (int i = 0; i < list.size(); i++) {
                UUID id = list.get(i);
                boolean known = id != null && stories.find(id)
                        .filter(s -> s.status() != StoryStatus.WITHDRAWN && s.status() != StoryStatus.ESCALATED)
                        .isPresent();
                if (!known) {
                    problems.add(new FieldProblem(field + "[" + i + "]", "is not a story Chorus holds"));
                }
            }
            return this;
        }

        void check() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
