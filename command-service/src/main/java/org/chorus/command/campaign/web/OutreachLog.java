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

    OutreachLog(CampaignRegistry registry, CommandRunner commands) {
        this.registry = registry;
        this.commands = commands;
    }

    /** Field problems of an outreach entry, in the order of the form. */
    public List<FieldProblem> problems(@Nullable LocalDate date, @Nullable Integer peopleReached,
                                       @Nullable VenueType venueType, @Nullable String notes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(new FieldProblem("date", "is required"));
        } else if (date.isAfter(LocalDate.now(CampaignApiController.LONDON))) {
            problems.add(new FieldProblem("date", "must not be in the future"));
        }
        if (peopleReached == null || peopleReached < 0) {
            problems.add(new FieldProblem("peopleReached", "must be a whole number, 0 or more"));
        }
        Fields.present(problems, "venueType", venueType);
        if (notes != null && notes.codePointCount(0, notes.length()) > NOTES_MAX) {
            problems.add(new FieldProblem("notes", "must be " + NOTES_MAX + " characters or fewer"));
        }
        return problems;
    }

    public ResponseEntity<String> log(Caller champion, UUID campaignId, @Nullable LocalDate date,
                                      @Nullable Integer peopleReached, @Nullable VenueType venueType,
                                      @Nullable String notes, @Nullable String key, HttpServletRequest request) {
        List<FieldProblem> problems = problems(date, peopleReached, venueType, notes);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID championId = registry.championWithLogin(champion.login()).orElseThrow(() ->
                new StateConflict("campaign.not-enrolled", "you are not a registered champion"));
        UUID outreachId = UUID.randomUUID();
        return commands.send(champion, request, key, List.of(date, peopleReached, venueType, String.valueOf(notes)),
                campaignId, new LogOutreach(campaignId, outreachId, championId, date, peopleReached, venueType,
                        notes == null || notes.isBlank() ? null : notes.strip()), Map.of("outreachId", outreachId),
                null);
    }
}
