package org.chorus.web.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls of one service's section of API.md, as "METHOD /path" with path parameters unnamed ({}): both services'
 * OpenAPI tests check their documents against it (this module's test-jar).
 */
public final class ApiContract {
    private static final Pattern CALL = Pattern.compile("^\\|\\s*`(GET|POST|PUT|PATCH|DELETE) (/[^`?\\s]*)");

    private ApiContract() {
    }

    /** API.md in the first folder above the working directory (the module's, under Maven) with shared/design. */
    public static Path locate() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("shared/design/API.md"))) {
                return dir.resolve("shared/design/API.md");
            }
        }
        throw new IllegalStateException("no shared/design/API.md in " + start + " or above: the contract test "
                + "needs the design folder beside the repository (../shared/design/API.md)");
    }

    public static Set<String> calls(List<String> lines, String service) {
        Set<String> calls = new TreeSet<>();
        boolean inService = false;
        for (String line : lines) {
            inService = line.startsWith("## ") ? line.matches("## " + Pattern.quote(service) + "( .*)?") : inService;
            Matcher call = CALL.matcher(line);
            if (inService && call.find()) {
                calls.add(call.group(1) + " " + template(call.group(2)));
            }
        }
        return calls;
    }

    public static String template(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
