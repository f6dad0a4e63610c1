@NullMarked
package org.chorus.query.consumer;

import org.jspecify.annotations.NullMarked;
