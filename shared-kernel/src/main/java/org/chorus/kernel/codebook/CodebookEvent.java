package org.chorus.kernel.codebook;

/** Everything that can happen to the codebook. Topic {@code chorus.codebook.events}, keyed by the codebook id. */
public sealed interface CodebookEvent permits CodebookRevisedEvent {

    /** The codebook's revision after this event, starting at 1 and growing by one per event. */
    int revision();
}
