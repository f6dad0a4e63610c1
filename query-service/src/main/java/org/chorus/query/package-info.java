@NullMarked
package org.chorus.query;

import org.jspecify.annotations.NullMarked;
