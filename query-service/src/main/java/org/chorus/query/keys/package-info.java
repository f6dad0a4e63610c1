@NullMarked
package org.chorus.query.keys;

import org.jspecify.annotations.NullMarked;
