package org.chorus.command.campaign.page;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.campaign.web.OutreachLog;
import org.chorus.command.directory.CampaignRegistry;
import org.chorus.command.idempotency.Answer;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.security.Caller;
import org.chorus.command.story.web.ProblemWording;
import org.chorus.kernel.campaign.VenueType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The champion's outreach form, made for a phone: one short page, no JavaScript, in the champion's language. A
 * hidden submission token means a re-sent form never counts the same people twice.
 */
@Controller
class OutreachFormController {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CampaignRegistry campaigns;
    private final OutreachLog outreach;
    private final ProblemWording wording;

    OutreachFormController(CampaignRegistry campaigns, OutreachLog outreach, ProblemWording wording) {
        this.campaigns = campaigns;
        this.outreach = outreach;
        this.wording = wording;
    }

    @GetMapping("/outreach/new")
    String form(Caller caller, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("date", LocalDate.now(LONDON).toString());
        List<CampaignRegistry.OpenCampaign> open = campaigns.openCampaignsOf(caller.login());
        if (open.size() == 1) {
            typed.put("campaignId", open.get(0).campaignId().toString());
        }
        return show(caller, model, typed, List.of());
    }

    @PostMapping("/outreach/new")
    String log(Caller caller, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID campaignId = uuid(form.get("campaignId"));
        if (campaignId == null) {
            problems.add(wording.problem("campaignId", "outreach.error.campaign"));
        }
        LocalDate date = date(form.get("date"));
        Integer people = number(form.get("peopleReached"));
        VenueType venue = venue(form.get("venueType"));
        String notes = form.getOrDefault("notes", "");
        problems.addAll(outreach.problems(date, people, venue, notes));
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            String token = form.getOrDefault("token", "");
            Answer answer = outreach.log(caller, campaignId, date, people, venue, notes,
                    token.isBlank() ? null : token, "/outreach/new");
            model.addAttribute("peopleReached", people);
            return "outreach/done";
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return show(caller, model, form, invalid.problems());
        } catch (StateConflict refused) {
            response.setStatus(409);
            String code = "campaign.closed".equals(refused.code()) || "campaign.not-open".equals(refused.code())
                    ? "outreach.error.campaignClosed" : "outreach.error.notEnrolled";
            return show(caller, model, form, List.of(wording.problem("campaignId", code)));
        }
    }

    private String show(Caller caller, Model model, Map<String, String> typed, List<FieldProblem> problems) {
        Map<String, String> errorFor = new LinkedHashMap<>();
        problems.forEach(p -> errorFor.putIfAbsent(p.field(), p.message()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", problems.stream().map(p -> Map.of("anchor", p.field(), "message", p.message()))
                .toList());
        model.addAttribute("errorFor", errorFor);
        model.addAttribute("campaigns", campaigns.openCampaignsOf(caller.login()));
        model.addAttribute("venueTypes", VenueType.values());
        model.addAttribute("token", typed.getOrDefault("token", UUID.randomUUID().toString()));
        model.addAttribute("notesMax", 1_000);
        return "outreach/new";
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Integer number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static @Nullable VenueType venue(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : VenueType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
