package org.chorus.command.story.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chorus.command.codes.Codebook;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.story.web.StorySubmission.ConsentRequest;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.EthnicGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Every rule a story submission must meet, reported field by field in one go. */
@Component
public class SubmissionChecks {
    static final int TITLE_MAX = 200;
    static final int NARRATIVE_MAX = 20_000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}");
    private static final Pattern POSTCODE_DISTRICT = Pattern.compile("[A-Za-z]{1,2}[0-9][0-9A-Za-z]?");

    private final Codebook codes;
    private final ProblemWording wording;

    SubmissionChecks(Codebook codes, ProblemWording wording) {
        this.codes = codes;
        this.wording = wording;
    }

    /** Throws {@link InvalidInput} naming every field that is wrong. */
    public void check(StorySubmission s) {
        List<FieldProblem> problems = problemsWith(s);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Every field of the submission that is wrong, in the order of the form. */
    public List<FieldProblem> problemsWith(StorySubmission s) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", s.title(), TITLE_MAX);
        text(problems, "narrative", s.narrative(), NARRATIVE_MAX);
        if (s.place() == null || s.place().isBlank()) {
            problems.add(wording.problem("place", "error.place.required"));
        } else if (!codes.isPlace(s.place())) {
            problems.add(wording.problem("place", "error.place.unknown", String.join(", ", codes.places())));
        }
        List<String> areas = s.serviceAreas() == null ? List.of() : s.serviceAreas();
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i) == null || !codes.isServiceArea(areas.get(i))) {
                problems.add(wording.problem("serviceAreas[" + i + "]", "error.serviceArea.unknown",
                        String.join(", ", codes.serviceAreas())));
            }
        }
        if (s.language() == null || !LANGUAGE.matcher(s.language()).matches()) {
            problems.add(wording.problem("language", "error.language.invalid"));
        }
        if (s.channel() == null) {
            problems.add(wording.problem("channel", "error.channel.required"));
        }
        if (s.feeling() == null) {
            problems.add(wording.problem("feeling", "error.feeling.required"));
        }
        storyteller(problems, s);
        consent(problems, s.consent(), s.storyteller() != null && s.storyteller().ageBand() == AgeBand.UNDER_13, true);
        return problems;
    }

    /**
     * Checks a changed consent, as for {@code PUT .../consent}, and turns it into the kernel's record. Withdrawing
     * consent for analysis is allowed here: it takes the story out of every feed without erasing it.
     */
    public Consent consent(@Nullable ConsentRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        consent(problems, request, false, false);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return toConsent(request);
    }

    static Consent toConsent(ConsentRequest c) {
        return new Consent(c.analysis(), c.quote(), c.publish(), c.contact(), c.equalityMonitoring(),
                c.wordingVersion(), c.basis() == null ? ConsentBasis.SELF : c.basis());
    }

    private void text(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(wording.problem(field, "error." + field + ".required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private void storyteller(List<FieldProblem> problems, StorySubmission s) {
        StorySubmission.Storyteller teller = s.storyteller();
        if (teller == null) {
            return;
        }
        optional(problems, "storyteller.name", teller.name(), 200);
        optional(problems, "storyteller.contact", teller.contact(), 320);
        if (teller.postcodeDistrict() != null && !teller.postcodeDistrict().isBlank()
                && !POSTCODE_DISTRICT.matcher(teller.postcodeDistrict()).matches()) {
            problems.add(wording.problem("storyteller.postcodeDistrict", "error.storyteller.postcodeDistrict.invalid"));
        }
        if (teller.equality() != null && (s.consent() == null || !Boolean.TRUE.equals(s.consent().equalityMonitoring()))) {
            problems.add(wording.problem("storyteller.equality", "error.storyteller.equality.needsConsent"));
        }
        StorySubmission.EqualityRequest equality = teller.equality();
        if (equality != null) {
            if (equality.ethnicity() != null && EthnicGroup.ofCode(equality.ethnicity()).isEmpty()) {
                problems.add(wording.problem("storyteller.equality.ethnicity",
                        "error.storyteller.equality.ethnicity.unknown"));
            }
            optional(problems, "storyteller.equality.gender", equality.gender(), 100);
        }
    }

    private void optional(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.add(wording.problem(field, "error." + field + ".tooLong", max));
        }
    }

    private void consent(List<FieldProblem> problems, @Nullable ConsentRequest c, boolean under13,
                                boolean submission) {
        if (c == null) {
            problems.add(wording.problem("consent", "error.consent.required"));
            return;
        }
        required(problems, "consent.analysis", c.analysis());
        required(problems, "consent.quote", c.quote());
        required(problems, "consent.publish", c.publish());
        required(problems, "consent.contact", c.contact());
        required(problems, "consent.equalityMonitoring", c.equalityMonitoring());
        if (submission && Boolean.FALSE.equals(c.analysis())) {
            problems.add(wording.problem("consent.analysis", "error.consent.analysis.required"));
        }
        if (c.wordingVersion() == null || c.wordingVersion().isBlank()
                || c.wordingVersion().codePointCount(0, c.wordingVersion().length()) > 64) {
            problems.add(wording.problem("consent.wordingVersion", "error.consent.wordingVersion"));
        }
        if (under13 && c.basis() != ConsentBasis.PARENT_OR_GUARDIAN) {
            problems.add(wording.problem("consent.basis", "error.consent.basis.under13"));
        }
    }

    private void required(List<FieldProblem> problems, String field, @Nullable Boolean value) {
        if (value == null) {
            problems.add(wording.problem(field, "error.consent.answer"));
        }
    }
}
