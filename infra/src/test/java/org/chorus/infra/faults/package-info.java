/**
 * The fault-injection suite of issue 7: load with idempotency keys, crashes (kill -9), engine outages and poison
 * records on the real embedded engines and the real service jars, and an oracle that proves after each fault that
 * nothing accepted was lost or doubled.
 */
@NullMarked
package org.chorus.infra.faults;

import org.jspecify.annotations.NullMarked;
