@NullMarked
package org.chorus.query.insight;

import org.jspecify.annotations.NullMarked;
