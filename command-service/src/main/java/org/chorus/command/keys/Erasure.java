package org.chorus.command.keys;

/** Why keys were destroyed; recorded in the {@link ErasureLedger} with every erasure. */
public enum Erasure {
    /** The storyteller (or their champion) withdrew the story: every key of the story. */
    WITHDRAWAL,
    /** A session participant asked to be forgotten: their one key. */
    PARTICIPANT_ERASURE,
    /** A moderator redacted an approved story again: the previously released version's key. */
    REDACTION,
    /** The retention period of a rejected story ran out: every key of the story. */
    RETENTION
}
