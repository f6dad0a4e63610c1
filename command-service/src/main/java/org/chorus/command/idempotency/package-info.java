@NullMarked
package org.chorus.command.idempotency;

import org.jspecify.annotations.NullMarked;
