@NullMarked
package org.chorus.query.story;

import org.jspecify.annotations.NullMarked;
