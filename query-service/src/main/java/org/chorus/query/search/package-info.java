/**
 * Word search: an embedded Lucene index derived from the {@code stories} collection, fed after each story event
 * settles and brought in line with the store at startup. It holds only what the feed filters, sorts and searches on.
 */
@NullMarked
package org.chorus.query.search;

import org.jspecify.annotations.NullMarked;
