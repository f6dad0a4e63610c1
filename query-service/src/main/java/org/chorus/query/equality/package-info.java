/**
 * Which groups are heard: the equality profiles storytellers agreed to share, opened with the key command-service
 * releases for them, kept one document per story and counted with small numbers suppressed.
 */
@NullMarked
package org.chorus.query.equality;

import org.jspecify.annotations.NullMarked;
