package org.chorus.command.story;

import org.chorus.kernel.crypto.SealedText;
import org.jspecify.annotations.Nullable;

/** A story's submitted words and storyteller fields, sealed under its original-version key. */
record SealedOriginal(SealedText content, @Nullable SealedText storyteller) {
}
