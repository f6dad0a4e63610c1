/** What both services' {@code /actuator/health} shares: the broker as the component {@code kafka}. */
@NullMarked
package org.chorus.web.health;

import org.jspecify.annotations.NullMarked;
