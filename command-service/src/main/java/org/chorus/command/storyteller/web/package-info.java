/** The public storyteller self-service API under {@code /api/v1/storyteller}. */
@NullMarked
package org.chorus.command.storyteller.web;

import org.jspecify.annotations.NullMarked;
