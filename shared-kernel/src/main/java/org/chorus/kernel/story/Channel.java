package org.chorus.kernel.story;

/** How the story reached Chorus. */
public enum Channel {
    WEB_FORM, CHAMPION_INTERVIEW, PHONE, EVENT, PAPER
}
