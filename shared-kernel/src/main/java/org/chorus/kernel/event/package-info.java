@NullMarked
package org.chorus.kernel.event;

import org.jspecify.annotations.NullMarked;
