package org.chorus.kernel.story;

import java.util.List;
import java.util.UUID;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.crypto.SealedText;
import org.jspecify.annotations.Nullable;
import org.axonframework.serialization.Revision;

/** A champion submitted a story. Title, narrative and storyteller fields are sealed under the story's original-version key, which never leaves command-service. */
@Revision("1")
public record StorySubmittedEvent(
        StoryId storyId,
        String reference,
        String receiptCodeHash,
        String champion,
        String championOrganisation,
        PlaceCode place,
        List<ServiceAreaCode> serviceAreas,
        String language,
        Channel channel,
        Feeling feeling,
        @Nullable UUID campaignId,
        SealedText content,
        @Nullable SealedText storyteller,
        Consent consent,
        boolean minor) implements StoryEvent {
}
