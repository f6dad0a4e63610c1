package org.chorus.command.codebook;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;

/** The ICS's one codebook (id {@link #ID}). A revision is only recorded when the themes actually change. */
@Aggregate(type = "Codebook")
@SuppressWarnings("NullAway.Init")
class ThemeCodebook {
    static final String ID = "codebook";

    @AggregateIdentifier
    private String codebookId;
    private int revision;
    private List<Theme> themes = List.of();

    protected ThemeCodebook() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReviseCodebook command) {
        List<Theme> revised = revisedThemes(command.themes());
        if (!revised.equals(themes)) {
            apply(new CodebookRevisedEvent(revision + 1, revised, command.revisedBy()));
        }
        // a codebook created with nothing to record still needs its id for Axon to store it
        codebookId = command.codebookId();
    }

    // A theme is never dropped: stories coded with it must stay readable.
    private List<Theme> revisedThemes(List<Theme> configured) {
        Map<ThemeCode, Theme> byCode = new LinkedHashMap<>();
        configured.forEach(theme -> byCode.put(theme.code(), theme));
        List<Theme> revised = new ArrayList<>();
        for (Theme current : themes) {
            Theme next = byCode.remove(current.code());
            revised.add(next != null ? next : new Theme(current.code(), current.label(), current.keywords(), true));
        }
        revised.addAll(byCode.values());
        return List.copyOf(revised);
    }

    @EventSourcingHandler
    void on(CodebookRevisedEvent event) {
        codebookId = ID;
        revision = event.revision();
        themes = event.themes();
    }
}
