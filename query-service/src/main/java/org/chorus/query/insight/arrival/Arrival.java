package org.chorus.query.insight.arrival;

/** One entry of the arrival log: the story that became visible, under the number it was logged with. */
public record Arrival(long number, String storyId) {
}
