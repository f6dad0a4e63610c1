@NullMarked
package org.chorus.kernel.crypto;

import org.jspecify.annotations.NullMarked;
