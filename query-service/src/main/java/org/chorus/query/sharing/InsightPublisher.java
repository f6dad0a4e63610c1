package org.chorus.query.sharing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.sharing.InsightStream;
import org.chorus.kernel.sharing.SharedStory;
import org.chorus.query.insight.VisibleStory;
import org.chorus.query.story.LiveOnly;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Puts each story analysts may see on the curated stream after every event that settles it, and a tombstone once it
 * may no longer be held (withdrawn, erased, consent to analysis taken back, hidden again). A story never approved
 * was never shared and sends nothing. Each send waits for the broker's acknowledgement, so the consumer's position
 * passes the event only once its record is on the stream: at least once, in order per story, the story's version in
 * a header for subscribers to drop repeats.
 */
class InsightPublisher implements LiveOnly {
    private final KafkaTemplate<String, String> kafka;
    private final Duration timeout;

    InsightPublisher(KafkaTemplate<String, String> kafka, Duration timeout) {
        this.kafka = kafka;
        this.timeout = timeout;
    }

    @Override
    public void settled(String storyId, @Nullable Document story) {
        if (story == null || VisibleStory.neverApproved(story)) {
            return;
        }
        long version = ((Number) story.get(StoryFields.LAST_SEQUENCE)).longValue();
        Optional<SharedStory> shared = SharedStories.of(story);
        ProducerRecord<String, String> record = shared.isPresent()
                ? record(storyId, KernelJson.mapper().writeValueAsString(shared.get()), InsightStream.SHARED,
                        InsightStream.SHARED_REVISION, version)
                : record(storyId, null, InsightStream.REMOVED, InsightStream.REMOVED_REVISION, version);
        send(record);
    }

    private static ProducerRecord<String, String> record(String storyId, @Nullable String value, String type,
            String revision, long version) {
        ProducerRecord<String, String> record = new ProducerRecord<>(InsightStream.TOPIC, storyId, value);
        record.headers().add(InsightStream.MESSAGE_TYPE, utf8(type)).add(InsightStream.REVISION, utf8(revision))
                .add(InsightStream.STORY_VERSION, utf8(Long.toString(version)));
        return record;
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            kafka.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new SharingUnavailableException("story " + record.key() + ": the curated stream did not take it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SharingUnavailableException("interrupted sending story " + record.key(), e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
