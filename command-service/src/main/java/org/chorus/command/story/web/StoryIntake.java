package org.chorus.command.story.web;

import java.util.List;
import java.util.Map;
import org.chorus.command.directory.CampaignRegistry;
import org.chorus.command.idempotency.Answer;
import org.chorus.command.idempotency.IdempotentCommands;
import org.chorus.command.security.Caller;
import org.chorus.command.story.StoryCommands.SubmitStory;
import org.chorus.command.story.StorytellerDetails;
import org.chorus.command.web.CommandDispatch;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.StoryContent;
import org.chorus.kernel.story.StoryId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Takes a story in, from the API or the form: checks it, seals it, stores it once however often it is sent. */
@Component
public class StoryIntake {
    static final String PATH = "/api/v1/stories";

    private final SubmissionChecks checks;
    private final CommandDispatch dispatch;
    private final IdempotentCommands idempotent;
    private final CampaignRegistry campaigns;

    StoryIntake(SubmissionChecks checks, CommandDispatch dispatch, IdempotentCommands idempotent,
                CampaignRegistry campaigns) {
        this.campaigns = campaigns;
        this.checks = checks;
        this.dispatch = dispatch;
        this.idempotent = idempotent;
    }

    /** The stored answer: {@code {id, version, reference, receiptCode}}. */
    public Answer submit(Caller champion, StorySubmission submission, @Nullable String idempotencyKey) {
        checks.check(submission);
        return idempotent.run(champion.login(), "POST", PATH, idempotencyKey,
                KernelJson.mapper().writeValueAsString(submission), () -> {
                    if (submission.campaignId() != null) {
                        campaigns.requireEnrolledInOpenCampaign(submission.campaignId(), champion.login());
                    }
                    StoryId id = StoryId.random();
                    String reference = Receipts.newReference();
                    String receiptCode = Receipts.newReceiptCode();
                    return dispatch.accept(id.toString(), command(champion, submission, id, reference, receiptCode),
                            Map.of("reference", reference, "receiptCode", receiptCode), PATH + "/" + id);
                });
    }

    private static SubmitStory command(Caller champion, StorySubmission s, StoryId id, String reference,
                                       String receiptCode) {
        StorySubmission.Storyteller t = s.storyteller();
        StorytellerDetails storyteller = t == null ? null : new StorytellerDetails(blankToNull(t.name()),
                blankToNull(t.contact()), t.ageBand(), blankToNull(t.postcodeDistrict()),
                t.equality() == null ? null : new StorytellerDetails.Equality(t.equality().ethnicity(),
                        t.equality().gender(), t.equality().disability()));
        List<ServiceAreaCode> areas = s.serviceAreas() == null ? List.of()
                : s.serviceAreas().stream().distinct().map(ServiceAreaCode::new).toList();
        return new SubmitStory(id, reference, Receipts.hash(id, receiptCode), champion.login(),
                champion.organisation(), new PlaceCode(s.place()), areas, s.language(), s.channel(), s.feeling(),
                s.campaignId(), new StoryContent(s.title().strip(), s.narrative().strip()), storyteller,
                SubmissionChecks.toConsent(s.consent()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
