package org.chorus.command.campaign.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.campaign.CampaignCommands.CloseCampaign;
import org.chorus.command.campaign.CampaignCommands.EnrolChampion;
import org.chorus.command.campaign.CampaignCommands.LaunchCampaign;
import org.chorus.command.codes.Codebook;
import org.chorus.command.directory.CampaignRegistry;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.FieldRules;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.security.Caller;
import org.chorus.command.web.CommandRunner;
import org.chorus.command.web.NotFound;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators launch, staff and close campaigns; champions log their own outreach against them. */
@RestController
@RequestMapping(path = "/api/v1/campaigns", consumes = "application/json")
class CampaignApiController {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String KEY = CommandRunner.IDEMPOTENCY_KEY;

    private final Codebook codes;
    private final CampaignRegistry registry;
    private final OutreachLog outreach;
    private final CommandRunner commands;

    CampaignApiController(Codebook codes, CampaignRegistry registry, OutreachLog outreach, CommandRunner commands) {
        this.codes = codes;
        this.registry = registry;
        this.outreach = outreach;
        this.commands = commands;
    }

    record Launch(@Nullable String name, @Nullable String theme, @Nullable List<String> places,
                  @Nullable Integer target, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @PostMapping
    ResponseEntity<String> launch(Caller caller, @RequestBody Launch body,
                                  @RequestHeader(name = KEY, required = false) @Nullable String key,
                                  HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "name", body.name(), 200, true);
        if (body.theme() == null || !codes.isTheme(body.theme())) {
            problems.add(new FieldProblem("theme", "must be one of " + codes.themes()));
        }
        List<String> places = body.places() == null ? List.of() : body.places();
        FieldRules.places(problems, codes, "places", places);
        if (body.target() == null || body.target() <= 0) {
            problems.add(new FieldProblem("target", "must be a whole number greater than 0"));
        }
        FieldRules.present(problems, "startsOn", body.startsOn());
        FieldRules.present(problems, "endsOn", body.endsOn());
        if (body.startsOn() != null && body.endsOn() != null && body.endsOn().isBefore(body.startsOn())) {
            problems.add(new FieldProblem("endsOn", "must not be before startsOn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        return commands.send(caller, request, key, body, id, new LaunchCampaign(id, body.name().strip(),
                new ThemeCode(body.theme()), places.stream().distinct().map(PlaceCode::new).toList(), body.target(),
                body.startsOn(), body.endsOn(), caller.login()), Map.of(), "/api/v1/campaigns/" + id);
    }

    record Enrolment(@Nullable UUID championId) {
    }

    @PostMapping("/{id}/champions")
    ResponseEntity<String> enrol(Caller caller, @PathVariable UUID id, @RequestBody Enrolment body,
                                 @RequestHeader(name = KEY, required = false) @Nullable String key,
                                 HttpServletRequest request) {
        if (body.championId() == null) {
            throw new InvalidInput("championId", "is required");
        }
        String login = registry.loginOfChampion(body.championId())
                .orElseThrow(() -> new NotFound("no champion " + body.championId()));
        return commands.send(caller, request, key, body, id,
                new EnrolChampion(id, body.championId(), login, caller.login()));
    }

    record Outreach(@Nullable LocalDate date, @Nullable Integer peopleReached, @Nullable VenueType venueType,
                    @Nullable String notes) {
    }

    @PostMapping("/{id}/outreach")
    ResponseEntity<String> logOutreach(Caller caller, @PathVariable UUID id, @RequestBody Outreach body,
                                       @RequestHeader(name = KEY, required = false) @Nullable String key,
                                       HttpServletRequest request) {
        return outreach.log(caller, id, body.date(), body.peopleReached(), body.venueType(), body.notes(), key,
                request);
    }

    @PostMapping("/{id}/close")
    ResponseEntity<String> close(Caller caller, @PathVariable UUID id,
                                 @RequestBody(required = false) @Nullable Map<String, Object> body,
                                 @RequestHeader(name = KEY, required = false) @Nullable String key,
                                 HttpServletRequest request) {
        return commands.send(caller, request, key, "close", id, new CloseCampaign(id, caller.login()));
    }
}
