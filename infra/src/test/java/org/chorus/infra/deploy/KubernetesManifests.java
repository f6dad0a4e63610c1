package org.chorus.infra.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The documents of a Kustomize folder: its resources and patches, read without running kustomize. */
final class KubernetesManifests {

  private final Path folder;
  private final Map<String, Object> kustomization;

  KubernetesManifests(String relative) {
    this.folder = DeployFiles.path(relative);
    this.kustomization = DeployFiles.yaml(folder.resolve("kustomization.yaml"));
  }

  Map<String, Object> kustomization() {
    return kustomization;
  }

  /** The files this folder lists itself, not those of the folders (other kustomizations) it includes. */
  List<Path> ownFiles() {
    List<Path> files = new ArrayList<>();
    for (Object resource : listed("resources")) {
      Path path = folder.resolve(String.valueOf(resource)).normalize();
      if (!Files.isDirectory(path)) {
        files.add(path);
      }
    }
    for (Object patch : listed("patches")) {
      files.add(folder.resolve(String.valueOf(DeployFiles.map(patch).get("path"))).normalize());
    }
    return files;
  }

  List<Path> listedPaths() {
    List<Path> paths = new ArrayList<>();
    listed("resources").forEach(resource -> paths.add(folder.resolve(String.valueOf(resource)).normalize()));
    listed("patches").forEach(patch -> paths.add(folder.resolve(
        String.valueOf(DeployFiles.map(patch).get("path"))).normalize()));
    return paths;
  }

  List<Map<String, Object>> documents() {
    return ownFiles().stream().flatMap(file -> DeployFiles.yamlDocuments(file).stream()).toList();
  }

  List<Map<String, Object>> ofKind(String kind) {
    return documents().stream().filter(document -> kind.equals(document.get("kind"))).toList();
  }

  Map<String, Object> named(String kind, String name) {
    return ofKind(kind).stream()
        .filter(document -> name.equals(DeployFiles.map(document, "metadata").get("name")))
        .findFirst().orElseThrow(() -> new IllegalStateException("no " + kind + " " + name + " in " + folder));
  }

  /** The variables a Deployment's container gets: its own env and the keys of the ConfigMaps it takes whole. */
  static Set<String> environment(Map<String, Object> container, List<KubernetesManifests> sources) {
    Set<String> names = new LinkedHashSet<>();
    for (Object variable : (List<?>) container.getOrDefault("env", List.of())) {
      names.add(String.valueOf(DeployFiles.map(variable).get("name")));
    }
    for (Object from : (List<?>) container.getOrDefault("envFrom", List.of())) {
      Object reference = DeployFiles.map(from).get("configMapRef");
      if (reference != null) {
        names.addAll(configMapData(String.valueOf(DeployFiles.map(reference).get("name")), sources).keySet());
      }
    }
    return names;
  }

  static Map<String, Object> configMapData(String name, List<KubernetesManifests> sources) {
    Map<String, Object> data = new LinkedHashMap<>();
    for (KubernetesManifests source : sources) {
      source.ofKind("ConfigMap").stream()
          .filter(map -> name.equals(DeployFiles.map(map, "metadata").get("name")))
          .forEach(map -> data.putAll(DeployFiles.map(map, "data")));
    }
    if (data.isEmpty()) {
      throw new IllegalStateException("no ConfigMap " + name);
    }
    return data;
  }

  static Map<String, Object> onlyContainer(Map<String, Object> workload) {
    Map<String, Object> pod = DeployFiles.map(DeployFiles.map(DeployFiles.map(workload, "spec"), "template"), "spec");
    List<Object> containers = DeployFiles.list(pod, "containers");
    if (containers.size() != 1) {
      throw new IllegalStateException("expected one container, found " + containers.size());
    }
    return DeployFiles.map(containers.get(0));
  }

  private List<Object> listed(String key) {
    Object items = kustomization.get(key);
    return items == null ? List.of() : DeployFiles.list(kustomization, key);
  }
}
