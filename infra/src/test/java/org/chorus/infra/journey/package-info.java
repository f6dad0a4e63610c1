/** Both services started from their jars against real engines, as a user would meet them. */
@NullMarked
package org.chorus.infra.journey;

import org.jspecify.annotations.NullMarked;
