/**
 * Dead letters: a poison event record (one that no retry can apply) is set aside on its topic's {@code .dlt} topic,
 * and its aggregate is parked so that none of its later events is applied past the gap, while every other aggregate
 * keeps flowing. An admin endpoint lists parked aggregates and replays them after a fix.
 */
@NullMarked
package org.chorus.query.deadletter;

import org.jspecify.annotations.NullMarked;
