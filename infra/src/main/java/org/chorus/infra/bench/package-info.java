/**
 * The benchmark harness ({@code infra/bench/run}): an open-loop load generator that starts its own engines and both
 * service jars per configuration (tuned as shipped, and stock), steps the arrival rate up to find the sustained
 * maximum, measures accept latency and end-to-end lag, loads stories through the real pipeline for the query phase,
 * times a read-model rebuild, samples each process's CPU and memory, and writes a table, JSON and an SVG.
 */
@NullMarked
package org.chorus.infra.bench;

import org.jspecify.annotations.NullMarked;
