@NullMarked
package org.chorus.query.health;

import org.jspecify.annotations.NullMarked;
