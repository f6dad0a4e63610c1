package org.chorus.command.storyteller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.chorus.command.idempotency.Answer;
import org.chorus.command.idempotency.IdempotentCommands;
import org.chorus.command.story.StoryCommands.ChangeConsent;
import org.chorus.command.story.StoryCommands.WithdrawStory;
import org.chorus.command.story.web.Receipts;
import org.chorus.command.web.CommandDispatch;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.StoryId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The storyteller's own calls, for the API and the pages alike. Every call first proves the pair: throttled
 * callers are refused before any lookup, and a wrong pair costs the same hash and comparison whether the reference
 * exists or not. Commands go through the aggregate as the champion's do, recorded as by {@value #ACTOR}.
 */
@Component
public class SelfService {
    static final String ACTOR = "storyteller";
    private static final UUID DECOY = new UUID(0, 0);
    private static final byte[] DECOY_HASH = Receipts.hash(new StoryId(DECOY), "0000-0000-0000")
            .getBytes(StandardCharsets.UTF_8);

    private final StorytellerLedger ledger;
    private final LookupThrottle throttle;
    private final IdempotentCommands idempotent;
    private final CommandDispatch dispatch;

    SelfService(StorytellerLedger ledger, LookupThrottle throttle, IdempotentCommands idempotent,
                CommandDispatch dispatch) {
        this.ledger = ledger;
        this.throttle = throttle;
        this.idempotent = idempotent;
        this.dispatch = dispatch;
    }

    /** The story as its storyteller sees it. */
    public MyStory look(Credentials credentials, String address) {
        LedgerEntry entry = open(credentials, address);
        return new MyStory(entry.reference(), entry.status(), entry.consent(), ledger.responses(entry.storyId()));
    }

    /** Changes the consent (checked as for the champion's call); {@code 202 {id, version}}. */
    public Answer changeConsent(Credentials credentials, Consent consent, String address, @Nullable String key,
                                String method, String path) {
        LedgerEntry entry = open(credentials, address);
        return idempotent.run(login(entry), method, path, key, KernelJson.mapper().writeValueAsString(consent),
                () -> dispatch.accept(entry.storyId().toString(),
                        new ChangeConsent(new StoryId(entry.storyId()), consent, ACTOR)));
    }

    /** Withdraws the story: its keys are destroyed and the pair opens nothing any more; {@code 202 {id, version}}. */
    public Answer withdraw(Credentials credentials, String address, @Nullable String key, String method, String path) {
        LedgerEntry entry = open(credentials, address);
        return idempotent.run(login(entry), method, path, key, "withdrawal",
                () -> dispatch.accept(entry.storyId().toString(),
                        new WithdrawStory(new StoryId(entry.storyId()), ACTOR)));
    }

    private LedgerEntry open(Credentials credentials, String address) {
        Optional<Duration> wait = throttle.wait(address, credentials.reference());
        if (wait.isPresent()) {
            throw new TooManyAttempts(wait.get());
        }
        Optional<LedgerEntry> entry = ledger.byReference(credentials.reference());
        UUID storyId = entry.map(LedgerEntry::storyId).orElse(DECOY);
        byte[] expected = entry.map(e -> e.receiptHash().getBytes(StandardCharsets.UTF_8)).orElse(DECOY_HASH);
        byte[] given = Receipts.hash(new StoryId(storyId), credentials.receiptCode()).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given) || entry.isEmpty()) {
            throttle.failed(address, credentials.reference());
            throw new WrongPair();
        }
        return entry.get();
    }

    // idempotency keys are scoped to the story: two storytellers never share a key space
    private static String login(LedgerEntry entry) {
        return ACTOR + ":" + entry.storyId();
    }
}
