package org.chorus.command.storyteller;

import java.util.UUID;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.StoryStatus;

/** What self-service keeps of a story: its reference, the receipt-code hash, status and current consent. */
record LedgerEntry(UUID storyId, String reference, String receiptHash, StoryStatus status, Consent consent) {
}
