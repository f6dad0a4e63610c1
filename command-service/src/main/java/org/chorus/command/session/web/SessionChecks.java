package org.chorus.command.session.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chorus.command.codes.Codebook;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.FieldRules;
import org.chorus.command.rules.InvalidInput;
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
            FieldRules.text(problems, field, value, max, required);
            return this;
        }

        Collector present(String field, @Nullable Object value) {
            FieldRules.present(problems, field, value);
            return this;
        }

        Collector theme(String field, @Nullable String value) {
            if (value == null || !codes.isTheme(value)) {
                problems.add(new FieldProblem(field, "must be one of " + codes.themes()));
            }
            return this;
        }

        Collector place(String field, @Nullable String value) {
            FieldRules.place(problems, codes, field, value);
            return this;
        }

        Collector stories(String field, @Nullable List<UUID> ids) {
            List<UUID> list = ids == null ? List.of() : ids;
            for (int i = 0; i < list.size(); i++) {
                UUID id = list.get(i);
                if (id == null || !stories.citable(id)) {
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
