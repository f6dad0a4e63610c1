/** The public {@code /my-story} pages: look up a story, change consent, read responses, withdraw. */
@NullMarked
package org.chorus.command.storyteller.page;

import org.jspecify.annotations.NullMarked;
