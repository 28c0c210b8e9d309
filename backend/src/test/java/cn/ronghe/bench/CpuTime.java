package cn.ronghe.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time consumed so far, in nanoseconds: by this JVM (application and client threads alike), and
 * by the local MariaDB/MySQL server, read from {@code /proc/<pid>/stat} (user + system ticks,
 * Linux's 100 per second). On a 2-core machine the three share the cores, so at saturation the CPU
 * per completion, not the latency, sets the throughput.
 */
final class CpuTime {

  private static final long NANOS_PER_TICK = 10_000_000L;

  private CpuTime() {}

  /** CPU time of this JVM, all threads. */
  static long process() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU time of the current thread. */
  static long thread() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** CPU time of the database server processes on this machine; -1 if none is found. */
  static long database() {
    long ticks = -1;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process :
          processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String comm = Files.readString(process.resolve("comm")).strip();
          if (!comm.equals("mariadbd") && !comm.equals("mysqld")) {
            continue;
          }
          // the fields after the command name, which is in parentheses and may contain spaces
          String stat = Files.readString(process.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks = Math.max(ticks, 0) + Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
          // the process ended while being read, or is not ours to read
        }
      }
    } catch (IOException noProc) {
      return -1;
    }
    return ticks < 0 ? -1 : ticks * NANOS_PER_TICK;
  }
}
