package org.chorus.command.codebook;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chorus.command.codes.Codebook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start-up, records a new codebook revision if the configuration changed since the last one. */
@Component
class CodebookStartup {
    private static final Logger log = LoggerFactory.getLogger(CodebookStartup.class);

    private final CommandGateway commands;
    private final Codebook codes;
    private final CodebookSettings settings;

    CodebookStartup(CommandGateway commands, Codebook codes, CodebookSettings settings) {
        this.commands = commands;
        this.codes = codes;
        this.settings = settings;
        settings.retiredButActive(codes).ifPresent(code -> {
            throw new IllegalStateException("theme " + code + " is retired in chorus.codebook.themes but still listed in "
                    + "chorus.codes.themes; remove it from the list to retire it");
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void reviseFromConfiguration() {
        try {
            commands.sendAndWait(new ReviseCodebook(ThemeCodebook.ID, settings.configured(codes), "configuration"));
        } catch (RuntimeException e) {
            // Another instance starting at the same moment may have created the codebook first; it carries the same
            // configuration, and the next start compares again.
            log.warn("Codebook not revised at start-up: {}", e.getMessage());
        }
    }
}
