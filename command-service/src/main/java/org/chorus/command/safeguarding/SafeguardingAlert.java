package org.chorus.command.safeguarding;

import java.time.Instant;
import java.util.UUID;

/**
 * What a safeguarding lead is told about an escalated story, and all of it: which story (id and reference), where,
 * when, and where to read it. Never a word of the story or anything the storyteller gave.
 */
public record SafeguardingAlert(UUID storyId, String reference, String place, Instant escalatedAt, String link) {
}
