/** End-to-end harness: real engines (embedded or containers) and the two services as child processes. */
@NullMarked
package org.chorus.infra.e2e;

import org.jspecify.annotations.NullMarked;
