/** Proof that the engines the stack and the tests run on are real and durable. */
@NullMarked
package org.chorus.infra.engines;

import org.jspecify.annotations.NullMarked;
