package org.chorus.query.campaign;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.chorus.kernel.story.StoryShreddedEvent;
import org.chorus.kernel.story.StoryWithdrawnEvent;
import org.chorus.query.story.StoryFollower;

/**
 * Keeps {@code campaign_stories} (story id to campaign and the champion's login) in step with the story projection,
 * which calls it only for events it is about to apply: a submission redelivered after its withdrawal never returns.
 */
public final class CampaignStories implements StoryFollower {
    private final MongoCollection<Document> stories;

    public CampaignStories(MongoDatabase database) {
        this.stories = database.getCollection(CampaignFields.STORIES);
    }

    @Override
    public void before(StoryEvent event) {
        String id = event.storyId().toString();
        if (event instanceof StorySubmittedEvent submitted && submitted.campaignId() != null) {
            stories.replaceOne(eq(CampaignFields.ID, id), new Document(CampaignFields.ID, id)
                    .append(CampaignFields.CAMPAIGN_ID, submitted.campaignId().toString())
                    .append(CampaignFields.STORY_CHAMPION, submitted.champion()), new ReplaceOptions().upsert(true));
        } else if (event instanceof StoryWithdrawnEvent || event instanceof StoryShreddedEvent) {
            stories.deleteOne(eq(CampaignFields.ID, id));
        }
    }
}
