@NullMarked
package org.chorus.query.story.keys;

import org.jspecify.annotations.NullMarked;
