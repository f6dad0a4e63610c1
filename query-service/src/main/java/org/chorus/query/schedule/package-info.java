/** Background work the service repeats on its own, apart from the consumers. */
@NullMarked
package org.chorus.query.schedule;

import org.jspecify.annotations.NullMarked;
