package org.chorus.kernel.story;

/** The words of a story: what is sealed in events and, once approved and redacted, shown to analysts. */
public record StoryContent(String title, String narrative) {
}
