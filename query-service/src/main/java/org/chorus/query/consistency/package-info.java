/**
 * The consistency check and repair: per aggregate, the last sequence in the event store against the last on Kafka
 * and the version each read model has applied; a repair asks command-service to republish what is missing.
 */
@NullMarked
package org.chorus.query.consistency;

import org.jspecify.annotations.NullMarked;
