/**
 * Rebuilding the read models from the event topics into a fresh database while the active one keeps serving, then
 * switching to it; and the content hash that says whether two read-model databases hold the same.
 */
@NullMarked
package org.chorus.query.rebuild;

import org.jspecify.annotations.NullMarked;
