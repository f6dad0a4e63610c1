/**
 * Pre-computed counts of the stories read model: theme buckets for the themes report and totals for the dashboard,
 * kept exact under redelivery and crashes with idempotent single-document writes, without Mongo transactions.
 */
@NullMarked
package org.chorus.query.insight.counts;

import org.jspecify.annotations.NullMarked;
