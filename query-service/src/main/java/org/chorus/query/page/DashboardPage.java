package org.chorus.query.page;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Every page the nav can lead to, with the roles that may open it. The page security rules and the nav are both
 * made from this list, so a new page is one entry here, a controller and a template using {@code layout :: page}.
 */
public enum DashboardPage {
    OVERVIEW("/overview", "Overview", "ANALYST", "PROGRAMME_LEAD"),
    FEED("/insights", "Story feed", "ANALYST"),
    TRENDS("/trends", "Theme trends", "ANALYST", "PROGRAMME_LEAD"),
    EQUALITY("/equality", "Who is heard", "PROGRAMME_LEAD", "ANALYST");

    private final String path;
    private final String label;
    private final List<String> roles;

    DashboardPage(String path, String label, String... roles) {
        this.path = path;
        this.label = label;
        this.roles = List.of(roles);
    }

    /** Where the page lives; pages below it ({@code path/**}) share its roles. */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** Role names without the {@code ROLE_} prefix, as {@code hasAnyRole} takes them. */
    public String[] roles() {
        return roles.toArray(String[]::new);
    }

    /** Whether a caller with these authorities ({@code ROLE_ANALYST}, ...) may open the page. */
    public boolean openTo(Collection<String> authorities) {
        return roles.stream().anyMatch(role -> authorities.contains("ROLE_" + role));
    }

    /** The pages a caller with these authorities may open, in nav order. */
    static List<DashboardPage> visibleTo(Collection<String> authorities) {
        return Arrays.stream(values()).filter(page -> page.openTo(authorities)).toList();
    }
}
