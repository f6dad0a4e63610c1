package org.chorus.query.mongo;

import java.util.List;

/**
 * Read-model documents a rebuild, the only writer of its fresh database, keeps in memory for one poll of records:
 * those of the aggregates the poll names read first, in one request, and every change written together once the
 * poll's records are applied, before the poll's positions are stored.
 */
public interface PollBuffer {

    /** Reads what the buffer keeps about the aggregates the poll names and does not hold yet, in one request. */
    void load(PollKeys keys);

    /** Writes every change since the last flush, then forgets what it read. */
    void flush();

    /** These buffers as one, loaded and flushed in the order given. */
    static PollBuffer all(List<PollBuffer> buffers) {
        List<PollBuffer> each = List.copyOf(buffers);
        return new PollBuffer() {
            @Override
            public void load(PollKeys keys) {
                each.forEach(buffer -> buffer.load(keys));
            }

            @Override
            public void flush() {
                each.forEach(PollBuffer::flush);
            }
        };
    }
}
