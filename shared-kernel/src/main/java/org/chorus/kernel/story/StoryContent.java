package org.chorus.kernel.story;

/**
 * The words of a story: what is sealed in events and, once approved and redacted, shown to analysts.
 * {@link #toString()} never prints them, so they cannot leak into logs through an exception message.
 */
public record StoryContent(String title, String narrative) {

    @Override
    public String toString() {
        return "StoryContent[" + title.codePointCount(0, title.length()) + " + "
                + narrative.codePointCount(0, narrative.length()) + " code points]";
    }
}
