package org.chorus.kernel.story;

/** The storyteller's overall feeling about the experience. */
public enum Feeling {
    POSITIVE, MIXED, NEGATIVE
}
