/** The key a subscriber of the curated stream opens a shared story's words with. */
@NullMarked
package org.chorus.query.sharing.web;

import org.jspecify.annotations.NullMarked;
