package org.chorus.query.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.kernel.codebook.CodebookEvent;
import org.chorus.kernel.event.Topics;
import org.chorus.query.campaign.CampaignProjection;
import org.chorus.query.campaign.ChampionProjection;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.deadletter.Projector;
import org.chorus.query.session.SessionProjection;
import org.chorus.query.story.StoryProjection;

/**
 * Applies one event record, of any event topic, to the read models that topic feeds. The live listeners and a
 * rebuild into fresh collections go through the same code.
 */
public final class RecordApplier implements Projector {
    private final StoryProjection stories;
    private final SessionProjection sessions;
    private final CampaignProjection campaigns;
    private final ChampionProjection champions;
    private final CodebookProjection codebook;

    public RecordApplier(StoryProjection stories, SessionProjection sessions, CampaignProjection campaigns,
            ChampionProjection champions, CodebookProjection codebook) {
        this.stories = stories;
        this.sessions = sessions;
        this.campaigns = campaigns;
        this.champions = champions;
        this.codebook = codebook;
    }

    /**
     * @return false when the record's event had already been applied (a duplicate)
     * @throws IllegalArgumentException when the record cannot be read as an event of its topic
     */
    @Override
    public boolean apply(ConsumerRecord<String, String> record) {
        return switch (record.topic()) {
            case Topics.STORY_EVENTS -> {
                StoryEventRecord event = StoryEventRecord.from(record);
                yield stories.apply(event.event(), event.sequence(), event.at());
            }
            case Topics.SESSION_EVENTS -> {
                SessionEventRecord event = SessionEventRecord.from(record);
                yield sessions.apply(event.event(), event.sequence(), event.at());
            }
            case Topics.CAMPAIGN_EVENTS -> {
                CampaignEventRecord event = CampaignEventRecord.from(record);
                yield campaigns.apply(event.event(), event.sequence());
            }
            case Topics.CHAMPION_EVENTS -> {
                ChampionEventRecord event = ChampionEventRecord.from(record);
                yield champions.apply(event.event(), event.sequence());
            }
            case Topics.CODEBOOK_EVENTS -> codebook.apply(RecordHeaders.event(record, CodebookEvent.class));
            default -> throw new IllegalArgumentException("no read model is fed by topic " + record.topic());
        };
    }
}
