/** The equality insight over HTTP. */
@NullMarked
package org.chorus.query.equality.web;

import org.jspecify.annotations.NullMarked;
