package org.chorus.query.story;

/** An event arrived before one of its predecessors: it is not applied and must be delivered again later. */
public final class EventOutOfOrderException extends RuntimeException {

    EventOutOfOrderException(String storyId, long sequence, long lastApplied) {
        super("story " + storyId + ": event " + sequence + " arrived but the last applied is "
                + (lastApplied < 0 ? "none" : lastApplied));
    }
}
