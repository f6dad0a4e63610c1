package org.chorus.infra.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables a service reads: the relaxed-binding forms of every key in its {@code application*.yml},
 * of every {@code ${...}} placeholder there and in its sources (and web-security's), and of every component of its
 * {@code @ConfigurationProperties} records; Spring Boot's own {@code SPRING_} and {@code MANAGEMENT_} namespaces are
 * taken on trust. A variable outside that set is a typo the service would silently ignore.
 */
final class ServiceProperties {

  private static final List<String> FRAMEWORK_NAMESPACES = List.of("SPRING_", "MANAGEMENT_");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");
  private static final Pattern PROPERTIES_RECORD =
      Pattern.compile("@ConfigurationProperties\\(\"([^\"]+)\"\\)\\s*(?:public\\s+)?record\\s+\\w+\\s*\\(");
  private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\([^)]*\\))?");

  private final Set<String> variables;

  private ServiceProperties(Set<String> variables) {
    this.variables = Set.copyOf(variables);
  }

  static ServiceProperties of(String module) {
    Set<String> variables = new HashSet<>();
    Path resources = DeployFiles.path(module + "/src/main/resources");
    for (Path yml : files(resources, 1, "application", ".yml")) {
      for (Map<String, Object> document : DeployFiles.yamlDocuments(yml)) {
        collectYaml("", document, variables);
      }
    }
    for (String sources : List.of(module + "/src/main/java", "web-security/src/main/java")) {
      for (Path java : files(DeployFiles.path(sources), Integer.MAX_VALUE, "", ".java")) {
        collectJava(DeployFiles.text(java), variables);
      }
    }
    return new ServiceProperties(variables);
  }

  boolean reads(String variable) {
    return variables.contains(variable) || FRAMEWORK_NAMESPACES.stream().anyMatch(variable::startsWith);
  }

  /** Both forms Spring Boot maps a key to: dashes dropped, and the legacy one with dashes as underscores. */
  static List<String> environmentNames(String key) {
    if (key.equals(key.toUpperCase(Locale.ROOT)) && !key.contains(".")) {
      return List.of(key);
    }
    String upper = key.toUpperCase(Locale.ROOT).replace('.', '_');
    return List.of(upper.replace("-", ""), upper.replace('-', '_'));
  }

  private static void collectYaml(String prefix, Object node, Set<String> variables) {
    if (node instanceof Map<?, ?> mapping) {
      mapping.forEach((key, value) -> {
        String path = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
        variables.addAll(environmentNames(path));
        collectYaml(path, value, variables);
      });
    } else if (node instanceof List<?> items) {
      items.forEach(item -> collectYaml(prefix, item, variables));
    } else if (node instanceof String text) {
      placeholders(text, variables);
    }
  }

  private static void collectJava(String source, Set<String> variables) {
    placeholders(source, variables);
    Matcher record = PROPERTIES_RECORD.matcher(source);
    while (record.find()) {
      String prefix = record.group(1);
      for (String component : components(source, record.end())) {
        variables.addAll(environmentNames(prefix + "." + kebab(component)));
      }
    }
  }

  private static void placeholders(String text, Set<String> variables) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      variables.addAll(environmentNames(placeholder.group(1).trim()));
    }
  }

  /** The component names of a record header whose opening parenthesis ends just before {@code start}. */
  private static List<String> components(String source, int start) {
    List<String> names = new ArrayList<>();
    int depth = 0;
    StringBuilder component = new StringBuilder();
    for (int i = start; i < source.length(); i++) {
      char c = source.charAt(i);
      if (depth == 0 && (c == ',' || c == ')')) {
        names.add(lastIdentifier(component.toString()));
        component.setLength(0);
        if (c == ')') {
          break;
        }
        continue;
      }
      depth += c == '<' || c == '(' ? 1 : c == '>' || c == ')' ? -1 : 0;
      component.append(c);
    }
    return names;
  }

  private static String lastIdentifier(String component) {
    String[] words = ANNOTATION.matcher(component).replaceAll(" ").trim().split("\\s+");
    return words[words.length - 1];
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static List<Path> files(Path folder, int depth, String prefix, String suffix) {
    try (Stream<Path> found = Files.walk(folder, depth)) {
      return found.filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().startsWith(prefix))
          .filter(file -> file.getFileName().toString().endsWith(suffix))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
