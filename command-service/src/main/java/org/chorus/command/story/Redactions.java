package org.chorus.command.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.kernel.story.StoryContent;

/** Applies redaction spans to a story's words, replacing each merged span with a marker. */
final class Redactions {
    static final String MARKER = "[redacted]";

    private Redactions() {
    }

    static StoryContent apply(StoryContent content, List<Redaction> redactions) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < redactions.size(); i++) {
            Redaction r = redactions.get(i);
            String text = r.field() == Redaction.Field.TITLE ? content.title() : content.narrative();
            int length = text.codePointCount(0, text.length());
            if (r.start() < 0 || r.end() <= r.start() || r.end() > length) {
                problems.add(new FieldProblem("redactions[" + i + "]",
                        "must be a span with 0 <= start < end <= " + length + " (code points of " + name(r) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new StoryContent(redact(content.title(), spans(redactions, Redaction.Field.TITLE)),
                redact(content.narrative(), spans(redactions, Redaction.Field.NARRATIVE)));
    }

    private static String name(Redaction r) {
        return r.field() == Redaction.Field.TITLE ? "title" : "narrative";
    }

    private static List<int[]> spans(List<Redaction> redactions, Redaction.Field field) {
        List<int[]> sorted = redactions.stream().filter(r -> r.field() == field)
                .map(r -> new int[] {r.start(), r.end()}).sorted(Comparator.comparingInt(s -> s[0])).toList();
        List<int[]> merged = new ArrayList<>();
        for (int[] span : sorted) {
            if (!merged.isEmpty() && span[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        return merged;
    }

    private static String redact(String text, List<int[]> spans) {
        int[] codePoints = text.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            out.append(new String(codePoints, at, span[0] - at)).append(MARKER);
            at = span[1];
        }
        return out.append(new String(codePoints, at, codePoints.length - at)).toString();
    }
}
