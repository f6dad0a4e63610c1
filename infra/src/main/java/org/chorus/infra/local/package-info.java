/** One-command local stack: embedded PostgreSQL, Kafka and MongoDB wire server, then both services. */
@NullMarked
package org.chorus.infra.local;

import org.jspecify.annotations.NullMarked;
