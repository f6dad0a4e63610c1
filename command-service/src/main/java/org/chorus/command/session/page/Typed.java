package org.chorus.command.session.page;

import java.util.List;
import java.util.Map;

/** What was typed into the one form that was refused, so the console shows it again; other forms start empty. */
public record Typed(String form, Map<String, List<String>> values) {
    static final Typed NOTHING = new Typed("", Map.of());

    public Typed {
        values = Map.copyOf(values);
    }

    public String value(String inForm, String field) {
        List<String> typed = form.equals(inForm) ? values.get(field) : null;
        return typed == null || typed.isEmpty() ? "" : typed.get(0);
    }

    public boolean chose(String inForm, String field, Object option) {
        List<String> typed = form.equals(inForm) ? values.get(field) : null;
        return typed != null && typed.contains(String.valueOf(option));
    }
}
