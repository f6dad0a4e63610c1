/** The live insight stream: one poller per instance reads the shared read store and fans out to open SSE streams. */
@NullMarked
package org.chorus.query.insight.stream;

import org.jspecify.annotations.NullMarked;
