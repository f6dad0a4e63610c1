package org.chorus.query.insight.web;

import java.util.ArrayList;
import java.util.List;
import org.chorus.query.insight.StoryView.Highlight;
import org.chorus.query.insight.StoryView.Snippet;

/**
 * Splits a snippet into plain and matched pieces, so the feed template writes each as escaped text and wraps the
 * matched ones in {@code <mark>}: no markup is ever built from story text. In the feed's model as {@code snippets};
 * public for the template.
 */
public final class SnippetSegments {

    /** One piece of the snippet's text; {@code marked} when it is a searched word. */
    public record Segment(String text, boolean marked) {
    }

    /** Highlights are UTF-16 offsets, as Java strings count; any out of range or out of order is left plain. */
    public List<Segment> of(Snippet snippet) {
        String text = snippet.text();
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Highlight highlight : snippet.highlights()) {
            int start = highlight.start();
            int end = Math.min(highlight.end(), text.length());
            if (start < at || start >= end) {
                continue;
            }
            if (start > at) {
                segments.add(new Segment(text.substring(at, start), false));
            }
            segments.add(new Segment(text.substring(start, end), true));
            at = end;
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false));
        }
        return segments;
    }
}
