package org.chorus.command.campaign.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.campaign.CampaignCommands.LogOutreach;
import org.chorus.command.directory.CampaignRegistry;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.security.Caller;
import org.chorus.command.idempotency.Answer;
import org.chorus.command.story.web.ProblemWording;
import org.chorus.command.web.Answers;
import org.chorus.command.web.CommandRunner;
import org.chorus.kernel.campaign.VenueType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Outreach as the API and the champion's form log it: the champion is always the signed-in caller. */
@Component
public class OutreachLog {
    static final int NOTES_MAX = 1_000;

    private final CampaignRegistry registry;
    private final CommandRunner commands;
    private final ProblemWording wording;

    OutreachLog(CampaignRegistry registry, CommandRunner commands, ProblemWording wording) {
        this.registry = registry;
        this.commands = commands;
        this.wording = wording;
    }

    /** Field problems of an outreach entry, in the order of the form. */
    public List<FieldProblem> problems(@Nullable LocalDate date, @Nullable Integer peopleReached,
                                       @Nullable VenueType venueType, @Nullable String notes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(wording.problem("date", "outreach.error.date.required"));
        } else if (date.isAfter(LocalDate.now(CampaignApiController.LONDON))) {
            problems.add(wording.problem("date", "outreach.error.date.future"));
        }
        if (peopleReached == null || peopleReached < 0) {
            problems.add(wording.problem("peopleReached", "outreach.error.peopleReached"));
        }
        if (venueType == null) {
            problems.add(wording.problem("venueType", "outreach.error.venueType"));
        }
        if (notes != null && notes.codePointCount(0, notes.length()) > NOTES_MAX) {
            problems.add(wording.problem("notes", "outreach.error.notes.tooLong", NOTES_MAX));
        }
        return problems;
    }

    public ResponseEntity<String> log(Caller champion, UUID campaignId, @Nullable LocalDate date,
                                      @Nullable Integer peopleReached, @Nullable VenueType venueType,
                                      @Nullable String notes, @Nullable String key, HttpServletRequest request) {
        return Answers.toResponse(log(champion, campaignId, date, peopleReached, venueType, notes, key,
                request.getRequestURI()));
    }

    /** Logs outreach once per key; the answer carries {@code outreachId}. Refusals are thrown. */
    public Answer log(Caller champion, UUID campaignId, @Nullable LocalDate date, @Nullable Integer peopleReached,
                      @Nullable VenueType venueType, @Nullable String notes, @Nullable String key, String path) {
        List<FieldProblem> problems = problems(date, peopleReached, venueType, notes);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID championId = registry.championWithLogin(champion.login()).orElseThrow(() ->
                new StateConflict("campaign.not-enrolled", "you are not a registered champion"));
        UUID outreachId = UUID.randomUUID();
        return commands.answer(champion, "POST", path, key,
                List.of(date, peopleReached, venueType, String.valueOf(notes)), campaignId,
                new LogOutreach(campaignId, outreachId, championId, date, peopleReached, venueType,
                        notes == null || notes.isBlank() ? null : notes.strip()), Map.of("outreachId", outreachId));
    }
}
