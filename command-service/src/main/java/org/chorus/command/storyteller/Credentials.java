package org.chorus.command.storyteller;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.story.web.ProblemWording;
import org.jspecify.annotations.Nullable;

/**
 * A story reference ({@code CH-7KQ2-9MXA}) and receipt code ({@code 4F7K-9QXM-2BHT}) as typed, tidied: any case,
 * spaces or missing dashes, and the letters O, I and L read as the digits they look like (the codes never use
 * them). The code is never logged or echoed.
 */
public record Credentials(String reference, String receiptCode) {
    private static final Pattern GROUPS = Pattern.compile("[0-9A-HJKMNP-TV-Z]+");

    @Override
    public String toString() {
        return "Credentials[" + reference + ", code hidden]";
    }

    /** Tidies both, or throws {@link InvalidInput} naming each that cannot be a reference or a receipt code. */
    public static Credentials of(@Nullable String reference, @Nullable String receiptCode, ProblemWording wording) {
        List<FieldProblem> problems = new ArrayList<>();
        String tidyReference = tidyReference(reference);
        if (reference == null || reference.isBlank()) {
            problems.add(wording.problem("reference", "storyteller.error.reference.required"));
        } else if (tidyReference == null) {
            problems.add(wording.problem("reference", "storyteller.error.reference.invalid"));
        }
        String tidyCode = tidyCode(receiptCode);
        if (receiptCode == null || receiptCode.isBlank()) {
            problems.add(wording.problem("receiptCode", "storyteller.error.receiptCode.required"));
        } else if (tidyCode == null) {
            problems.add(wording.problem("receiptCode", "storyteller.error.receiptCode.invalid"));
        }
        if (tidyReference == null || tidyCode == null) {
            throw new InvalidInput(problems);
        }
        return new Credentials(tidyReference, tidyCode);
    }

    private static @Nullable String tidyReference(@Nullable String typed) {
        String plain = plain(typed);
        if (plain == null || plain.length() != 10 || !plain.startsWith("CH")) {
            return null;
        }
        String groups = crockford(plain.substring(2));
        return GROUPS.matcher(groups).matches() ? "CH-" + groups.substring(0, 4) + "-" + groups.substring(4) : null;
    }

    private static @Nullable String tidyCode(@Nullable String typed) {
        String plain = plain(typed);
        if (plain == null || plain.length() != 12) {
            return null;
        }
        String groups = crockford(plain);
        return GROUPS.matcher(groups).matches()
                ? groups.substring(0, 4) + "-" + groups.substring(4, 8) + "-" + groups.substring(8) : null;
    }

    private static @Nullable String plain(@Nullable String typed) {
        return typed == null ? null : typed.replaceAll("[\\s\\-‐‑–—]", "").toUpperCase(Locale.ROOT);
    }

    private static String crockford(String text) {
        return text.replace('O', '0').replace('I', '1').replace('L', '1');
    }
}
