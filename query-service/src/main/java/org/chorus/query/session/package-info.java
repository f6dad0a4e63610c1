@NullMarked
package org.chorus.query.session;

import org.jspecify.annotations.NullMarked;
