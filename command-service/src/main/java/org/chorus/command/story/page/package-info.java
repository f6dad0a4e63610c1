@NullMarked
package org.chorus.command.story.page;

import org.jspecify.annotations.NullMarked;
