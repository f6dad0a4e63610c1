@NullMarked
package org.chorus.query.mongo;

import org.jspecify.annotations.NullMarked;
