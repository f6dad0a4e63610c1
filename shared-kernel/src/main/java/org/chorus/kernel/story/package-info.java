@NullMarked
package org.chorus.kernel.story;

import org.jspecify.annotations.NullMarked;
