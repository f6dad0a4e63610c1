package org.chorus.kernel.event;

/**
 * Kafka record headers carried by every event. Values are UTF-8 strings; the record key is the aggregate id
 * and the value is the event as JSON ({@link KernelJson}).
 */
public final class EventHeaders {
    /** Globally unique id of the event (Axon's message identifier). */
    public static final String EVENT_ID = "chorus-event-id";
    /** Simple name of the event record, e.g. {@code StorySubmittedEvent}. */
    public static final String EVENT_TYPE = "chorus-event-type";
    /** The event's {@code @Revision}. */
    public static final String REVISION = "chorus-event-revision";
    /** The aggregate type, e.g. {@code Story}. */
    public static final String AGGREGATE_TYPE = "chorus-aggregate-type";
    /** The event's sequence number within its aggregate; the first event is 0. */
    public static final String SEQUENCE = "chorus-sequence";
    /** When the event was committed, ISO-8601 UTC. */
    public static final String TIMESTAMP = "chorus-timestamp";

    /**
     * Who caused the event: the login (subject) of the signed-in user, {@code storyteller} for the public
     * self-service calls, or {@code system}. Also the key of the same fact in Axon's event metadata. Staff logins are
     * never shown to analysts.
     */
    public static final String CAUSED_BY = "chorus-caused-by";
    /** The causing user's roles, comma-separated and sorted, e.g. {@code MODERATOR}; {@code STORYTELLER} or {@code SYSTEM}. */
    public static final String CAUSED_BY_ROLE = "chorus-caused-by-role";
    /** The causing user's organisation, from the login; empty for the storyteller and the system. */
    public static final String CAUSED_BY_ORGANISATION = "chorus-caused-by-organisation";

    private EventHeaders() {
    }
}
