/**
 * Fault injection for the reliability suite, off unless {@code CHORUS_FAULT_HALT_AFTER_MONGO_WRITES} is set: a crash
 * between two Mongo writes of one event.
 */
@NullMarked
package org.chorus.query.fault;

import org.jspecify.annotations.NullMarked;
