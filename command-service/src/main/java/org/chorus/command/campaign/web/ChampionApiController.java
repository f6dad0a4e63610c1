package org.chorus.command.campaign.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.chorus.command.champion.RegisterChampion;
import org.chorus.command.codes.Codebook;
import org.chorus.command.directory.CampaignRegistry;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.FieldRules;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.security.Caller;
import org.chorus.command.web.CommandRunner;
import org.chorus.kernel.code.PlaceCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Operators register community champions with the login they sign in with. */
@RestController
class ChampionApiController {
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}");

    private final Codebook codes;
    private final CampaignRegistry registry;
    private final CommandRunner commands;

    ChampionApiController(Codebook codes, CampaignRegistry registry, CommandRunner commands) {
        this.codes = codes;
        this.registry = registry;
        this.commands = commands;
    }

    record Registration(@Nullable String displayName, @Nullable String organisation, @Nullable List<String> places,
                        @Nullable List<String> languages, @Nullable String login) {
    }

    @PostMapping(path = "/api/v1/champions", consumes = "application/json")
    ResponseEntity<String> register(Caller caller, @RequestBody Registration body,
                                    @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) @Nullable String key,
                                    HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "displayName", body.displayName(), 200, true);
        FieldRules.text(problems, "organisation", body.organisation(), 200, true);
        FieldRules.text(problems, "login", body.login(), 128, true);
        List<String> places = body.places() == null ? List.of() : body.places();
        FieldRules.places(problems, codes, "places", places);
        List<String> languages = body.languages() == null ? List.of() : body.languages();
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i) == null || !LANGUAGE.matcher(languages.get(i)).matches()) {
                problems.add(new FieldProblem("languages[" + i + "]", "must be a language code such as en, bn or pl"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (registry.championWithLogin(body.login().strip()).isPresent()) {
            throw new StateConflict("champion.login-taken", "a champion already signs in with this login");
        }
        UUID id = UUID.randomUUID();
        return commands.send(caller, request, key, body, id, new RegisterChampion(id, body.displayName().strip(),
                body.organisation().strip(), places.stream().distinct().map(PlaceCode::new).toList(),
                List.copyOf(languages), body.login().strip(), caller.login()), java.util.Map.of(),
                "/api/v1/champions/" + id);
    }
}
