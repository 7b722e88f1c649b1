package com.qventory.sync.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The server's CPU and memory, read from {@code /proc} while the load runs: the WildFly process on
 * this machine (found by its command line), if there is one.
 */
final class ServerProcess implements AutoCloseable {

  private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

  private final Optional<Path> proc;
  private final AtomicLong maxRssKb = new AtomicLong();
  private final long startTicks;
  private final long startNanos = System.nanoTime();
  private final Thread sampler;
  private volatile boolean running = true;

  ServerProcess() {
    proc = find();
    startTicks = proc.map(ServerProcess::cpuTicks).orElse(0L);
    sampler =
        new Thread(
            () -> {
              while (running) {
                proc.ifPresent(p -> maxRssKb.accumulateAndGet(rssKb(p), Math::max));
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "loadgen-proc-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  boolean found() {
    return proc.isPresent();
  }

  /** The server's CPU use since the start, in cores (1.0 = one core busy). */
  double cores() {
    long ticks = proc.map(ServerProcess::cpuTicks).orElse(0L) - startTicks;
    return (ticks / (double) TICKS_PER_SECOND) / Ceilings.seconds(System.nanoTime() - startNanos);
  }

  long maxRssMb() {
    return maxRssKb.get() / 1024;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }

  private static Optional<Path> find() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(
              p -> {
                try {
                  String command = Files.readString(p.resolve("cmdline"));
                  return command.contains("jboss-modules.jar") && command.contains("[Standalone]");
                } catch (IOException e) {
                  return false;
                }
              })
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static long cpuTicks(Path process) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static long rssKb(Path process) {
    try (Stream<String> lines = Files.lines(process.resolve("status"))) {
      return lines
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
          .findFirst()
          .orElse(0L);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
