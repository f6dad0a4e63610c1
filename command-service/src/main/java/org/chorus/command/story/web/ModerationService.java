package org.chorus.command.story.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chorus.command.web.CommandRunner;
import org.chorus.command.audit.ContentReadAudit;
import org.chorus.command.idempotency.Answer;
import org.chorus.command.security.Caller;
import org.chorus.command.story.Redaction;
import org.chorus.command.story.StoryCommands.Decision;
import org.chorus.command.story.StoryCommands.ModerateStory;
import org.chorus.kernel.story.StoryId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Moderation as both the API and the pages do it: audited reads, decisions, redaction spans from phrases. */
@Component
public class ModerationService {
    private final StoryAccess access;
    private final StoryDossier dossier;
    private final ContentReadAudit audit;
    private final CommandRunner commands;

    ModerationService(StoryAccess access, StoryDossier dossier, ContentReadAudit audit, CommandRunner commands) {
        this.access = access;
        this.dossier = dossier;
        this.audit = audit;
        this.commands = commands;
    }

    /** The decrypted story; the read is audited before anything is decrypted. */
    public StoryDossier.View read(Caller moderator, UUID id) {
        access.forModerator(moderator, id);
        audit.record(moderator.login(), id, "moderation");
        return dossier.read(id.toString());
    }

    public Answer moderate(Caller moderator, UUID id, Decision decision, @Nullable String reason,
                           List<Redaction> redactions, @Nullable String key, String path) {
        access.forModerator(moderator, id);
        ModerateStory command = new ModerateStory(new StoryId(id), decision, reason, redactions, moderator.login());
        return commands.answer(moderator, "POST", path, key, List.of(decision, String.valueOf(reason), redactions), id,
                command);
    }

    /** Every occurrence of each phrase in the submitted title and narrative, as code-point spans. */
    public List<Redaction> spansOf(Caller moderator, UUID id, List<String> phrases) {
        if (phrases.isEmpty()) {
            return List.of();
        }
        access.forModerator(moderator, id);
        StoryDossier.View story = dossier.read(id.toString());
        List<Redaction> spans = new ArrayList<>();
        for (String phrase : phrases) {
            find(spans, Redaction.Field.TITLE, story.title(), phrase);
            find(spans, Redaction.Field.NARRATIVE, story.narrative(), phrase);
        }
        return spans;
    }

    private static void find(List<Redaction> spans, Redaction.Field field, @Nullable String text, String phrase) {
        if (text == null) {
            return;
        }
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            int start = text.codePointCount(0, at);
            spans.add(new Redaction(field, start, start + phrase.codePointCount(0, phrase.length())));
        }
    }
}
