package org.chorus.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time and peak memory of groups of processes from {@code /proc}: CPU is utime + stime of
 * {@code /proc/<pid>/stat} (clock ticks of 1/100 s), sampled every second for the busiest second; memory is the
 * peak resident set, {@code VmHWM} of {@code /proc/<pid>/status}, summed over a group's processes (for PostgreSQL's
 * many processes the sum counts shared buffers more than once, so it is an upper bound).
 */
final class ProcessSampler implements AutoCloseable {

  static final double TICKS_PER_SECOND = 100;

  /** A group's figures: CPU seconds used while sampled, the busiest second (in cores) and the peak RSS in MiB. */
  record Usage(double cpuSeconds, double peakCores, double peakRssMib) {
  }

  private final Map<String, Supplier<List<Long>>> groups;
  private final Map<String, Double> firstCpu = new LinkedHashMap<>();
  private final Map<String, Double> lastCpu = new LinkedHashMap<>();
  private final Map<String, Double> peakCores = new LinkedHashMap<>();
  private final Map<String, Double> peakRss = new LinkedHashMap<>();
  private final Thread sampler;
  private volatile boolean running = true;

  ProcessSampler(Map<String, Supplier<List<Long>>> groups) {
    this.groups = groups;
    sample(0);
    this.sampler = new Thread(this::loop, "process-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void loop() {
    long last = System.nanoTime();
    while (running) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
      long now = System.nanoTime();
      sample((now - last) / 1e9);
      last = now;
    }
  }

  private synchronized void sample(double seconds) {
    groups.forEach((name, pids) -> {
      double cpu = 0;
      double rss = 0;
      for (long pid : pids.get()) {
        cpu += cpuSeconds(pid);
        rss += peakRssKib(pid) / 1024.0;
      }
      Double previous = lastCpu.get(name);
      if (previous != null && seconds > 0) {
        peakCores.merge(name, Math.max(0, cpu - previous) / seconds, Math::max);
      }
      firstCpu.putIfAbsent(name, cpu);
      lastCpu.put(name, cpu);
      peakRss.merge(name, rss, Math::max);
    });
  }

  synchronized Map<String, Usage> usage() {
    Map<String, Usage> usage = new LinkedHashMap<>();
    groups.keySet().forEach(name -> usage.put(name, new Usage(lastCpu.get(name) - firstCpu.get(name),
        peakCores.getOrDefault(name, 0.0), peakRss.get(name))));
    return usage;
  }

  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      // the command name (field 2) may hold spaces: count the fields after its closing parenthesis
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static long peakRssKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process is gone
    }
    return 0;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join();
    sample(0);
  }
}
