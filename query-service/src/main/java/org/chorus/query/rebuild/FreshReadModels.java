package org.chorus.query.rebuild;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.chorus.query.campaign.CampaignProjection;
import org.chorus.query.campaign.CampaignStories;
import org.chorus.query.campaign.ChampionProjection;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.codebook.KnownCodebook;
import org.chorus.query.consumer.RecordApplier;
import org.chorus.query.keys.ContentKeys;
import org.chorus.query.mongo.BufferedDocuments;
import org.chorus.query.mongo.PollBuffer;
import org.chorus.query.session.BufferedSessions;
import org.chorus.query.session.ParticipantKeys;
import org.chorus.query.session.SessionProjection;
import org.chorus.query.story.BufferedInRebuild;
import org.chorus.query.story.DerivedFromStories;
import org.chorus.query.story.LiveOnly;
import org.chorus.query.story.StoryDocuments;
import org.chorus.query.story.StoryObserver;
import org.chorus.query.story.StoryProjection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every projection over a given database, as the live consumers have them over the active one, save the observers
 * that follow only live events ({@link LiveOnly}: the per-instance search index, brought in line with the store after
 * the switch, and the curated outward stream). The story, session and campaign documents, and the observers
 * {@link BufferedInRebuild} (the arrival log), are kept in memory for a poll and written once per poll; the codebook is
 * read once per revision; champions, one insert per champion, are written as they come.
 * The other story observers are the live beans: they write through the shared database bean, so their calls must run
 * pinned to the database being filled ({@link org.chorus.query.mongo.ActiveDatabase#pinned}). Those
 * {@link DerivedFromStories} hear nothing until the replay is done and they are derived ({@link DerivedReadModels}).
 */
@Component
class FreshReadModels {
    private final ContentKeys keys;
    private final ParticipantKeys participants;
    private final ObjectProvider<StoryObserver> observers;

    FreshReadModels(ContentKeys keys, ParticipantKeys participants, ObjectProvider<StoryObserver> observers) {
        this.keys = keys;
        this.participants = participants;
        this.observers = observers;
    }

    /** The projections over the database, with the read models derived from its stories after the replay. */
    Fresh over(MongoDatabase database) {
        KnownCodebook codebook = KnownCodebook.remembered(database);
        List<StoryObserver> stored = observers.orderedStream().filter(observer -> !(observer instanceof LiveOnly))
                .toList();
        DerivedReadModels derived = new DerivedReadModels(stored.stream()
                .filter(DerivedFromStories.class::isInstance).map(DerivedFromStories.class::cast).toList());
        BufferedDocuments buffered = StoryDocuments.buffered(database);
        List<PollBuffer> buffers = new ArrayList<>(List.of(buffered));
        List<StoryObserver> told = stored.stream().map(observer -> {
            if (observer instanceof DerivedFromStories model) {
                return derived.gated(model);
            }
            if (observer instanceof BufferedInRebuild model) {
                BufferedInRebuild.Buffered inMemory = model.buffered(database);
                buffers.add(inMemory);
                return inMemory;
            }
            return observer;
        }).toList();
        StoryProjection stories = new StoryProjection(buffered, keys, new CampaignStories(database), codebook::themes,
                told);
        BufferedDocuments campaigns = CampaignProjection.buffered(database);
        buffers.add(campaigns);
        BufferedSessions sessions = new BufferedSessions(database);
        buffers.add(sessions);
        return new Fresh(new RecordApplier(stories, new SessionProjection(sessions, participants),
                new CampaignProjection(campaigns), new ChampionProjection(database),
                new CodebookProjection(database, codebook::forget)),
                PollBuffer.all(buffers), derived);
    }

    /**
     * What a rebuild applies the records with, the documents they leave in memory (the stories, and what observers
     * {@link BufferedInRebuild} keep: written when flushed, once per poll, as the rebuild is the database's only
     * writer), and the read models it derives once they are replayed.
     */
    record Fresh(RecordApplier applier, PollBuffer buffers, DerivedReadModels derived) {
    }
}
