@NullMarked
package org.chorus.kernel.code;

import org.jspecify.annotations.NullMarked;
