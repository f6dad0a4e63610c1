package org.chorus.query.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.bson.BsonDocument;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.StoryCodedEvent;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void outagesOfTheStoreTheBrokerOrTheDiskAreTransientHoweverDeeplyWrapped() {
        assertThat(Failures.isTransient(new MongoTimeoutException("no server"))).isTrue();
        assertThat(Failures.isTransient(new MongoSocketReadException("reset", new ServerAddress()))).isTrue();
        assertThat(Failures.isTransient(new IllegalStateException("applying",
                new DeadLetterUnavailableException("no ack", new NotLeaderOrFollowerException("moved"))))).isTrue();
        assertThat(Failures.isTransient(new UncheckedIOException(new ConnectException("refused")))).isTrue();
        MongoException retryable = new MongoException("stepped down");
        retryable.addLabel("RetryableWriteError");
        assertThat(Failures.isTransient(retryable)).isTrue();
    }

    @Test
    void whatNoWaitingFixesIsPoison() {
        RuntimeException badJson = catching(() -> KernelJson.mapper().readValue("{not json", StoryCodedEvent.class));
        assertThat(Failures.isTransient(badJson)).isFalse();
        assertThat(Failures.isTransient(new IllegalArgumentException("unknown StoryEvent type X"))).isFalse();
        assertThat(Failures.isTransient(new MongoCommandException(BsonDocument.parse("{ok: 0, code: 2, errmsg: 'bad'}"),
                new ServerAddress()))).isFalse();
    }

    @Test
    void theReasonIsTheMessageCutShort() {
        assertThat(Failures.reason(new IllegalStateException("x".repeat(600)))).hasSize(503).endsWith("...");
        assertThat(Failures.reason(new NullPointerException())).isEqualTo("java.lang.NullPointerException");
    }

    private static RuntimeException catching(Runnable failing) {
        try {
            failing.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("did not fail");
    }
}
