package org.chorus.infra.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the repository's deployment files as plain maps and lists. */
final class DeployFiles {

  private DeployFiles() {
  }

  static Path repo() {
    return Path.of(System.getProperty("chorus.repo.dir", "..")).toAbsolutePath().normalize();
  }

  static Path path(String relative) {
    return repo().resolve(relative);
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a YAML file (Kubernetes files hold several), empty ones left out. */
  static List<Map<String, Object>> yamlDocuments(Path file) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text(file))) {
      if (document != null) {
        documents.add(map(document));
      }
    }
    return documents;
  }

  static Map<String, Object> yaml(Path file) {
    List<Map<String, Object>> documents = yamlDocuments(file);
    if (documents.size() != 1) {
      throw new IllegalStateException(file + " should hold one YAML document, not " + documents.size());
    }
    return documents.get(0);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    if (!(node instanceof Map<?, ?>)) {
      throw new IllegalStateException("expected a mapping, found " + node);
    }
    return (Map<String, Object>) node;
  }

  static Map<String, Object> map(Map<String, Object> parent, String key) {
    return map(require(parent, key));
  }

  static List<Object> list(Map<String, Object> parent, String key) {
    Object node = require(parent, key);
    if (!(node instanceof List<?> items)) {
      throw new IllegalStateException("expected a list under " + key + ", found " + node);
    }
    return List.copyOf(items);
  }

  static Object require(Map<String, Object> parent, String key) {
    Object node = parent.get(key);
    if (node == null) {
      throw new IllegalStateException("no " + key + " in " + parent.keySet());
    }
    return node;
  }

  /** Every value under an {@code image} key, at any depth. */
  static List<String> images(Object node) {
    List<String> found = new ArrayList<>();
    collectImages(node, found);
    return found;
  }

  private static void collectImages(Object node, List<String> found) {
    if (node instanceof Map<?, ?> mapping) {
      mapping.forEach((key, value) -> {
        if ("image".equals(key) && value instanceof String image) {
          found.add(image);
        } else {
          collectImages(value, found);
        }
      });
    } else if (node instanceof List<?> items) {
      items.forEach(item -> collectImages(item, found));
    }
  }
}
