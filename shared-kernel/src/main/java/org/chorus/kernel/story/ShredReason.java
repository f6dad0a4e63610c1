package org.chorus.kernel.story;

/** Why a story was shredded without the storyteller asking. */
public enum ShredReason {
    /** It was rejected longer ago than the retention period for rejected stories. */
    RETENTION
}
