package org.chorus.query.story;

import java.util.Collection;
import java.util.List;

/**
 * Read-model documents a rebuild, the only writer of its fresh database, keeps in memory for one poll of records:
 * those of the poll's stories read first, in one request, and every change written together once the poll's records
 * are applied, before the poll's positions are stored.
 */
public interface PollBuffer {

    /** Reads what the buffer holds about these stories and does not hold yet, in one request. */
    void load(Collection<String> storyIds);

    /** Writes every change since the last flush, then forgets what it read. */
    void flush();

    /** These buffers as one, loaded and flushed in the order given. */
    static PollBuffer all(List<PollBuffer> buffers) {
        List<PollBuffer> each = List.copyOf(buffers);
        return new PollBuffer() {
            @Override
            public void load(Collection<String> storyIds) {
                each.forEach(buffer -> buffer.load(storyIds));
            }

            @Override
            public void flush() {
                each.forEach(PollBuffer::flush);
            }
        };
    }
}
