/**
 * The live insight stream: one poller per instance follows the shared arrival log and fans out to open SSE streams.
 */
@NullMarked
package org.chorus.query.insight.stream;

import org.jspecify.annotations.NullMarked;
