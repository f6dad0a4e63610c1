package org.chorus.kernel.story;

/** Who gave consent: the storyteller, or a parent or guardian for a child. */
public enum ConsentBasis {
    SELF, PARENT_OR_GUARDIAN
}
