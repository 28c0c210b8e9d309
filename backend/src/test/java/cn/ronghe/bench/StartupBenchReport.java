package cn.ronghe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start-up benchmark's report: {@code startup.json} (everything, the child JVMs' flags too) and
 * {@code startup.md} (a row per case), printed to stdout too.
 */
record StartupBenchReport(
    Map<String, Object> environment, Map<String, Object> setup, List<Map<String, Object>> rows) {

  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "startup");
    json.put("environment", environment);
    json.put("setup", setup);
    json.put("cases", rows);
    Files.writeString(
        directory.resolve("startup.json"), InboxBench.json().writeValueAsString(json) + "\n");
    String markdown = markdown();
    Files.writeString(directory.resolve("startup.md"), markdown);
    System.out.println("\n" + markdown);
    System.out.println("[bench] written to " + directory.toAbsolutePath());
  }

  private static Object get(Map<String, Object> row, String group, String name) {
    return ((Map<?, ?>) row.get(group)).get(name);
  }

  private String markdown() {
    StringBuilder md = new StringBuilder("# Start-up benchmark\n\n");
    Map<String, Object> jvm = rows.isEmpty() ? Map.of() : castMap(rows.get(0).get("jvm"));
    md.append(
        String.format(
            "%s · %s cores · %s MiB · %s · %s%n%n",
            environment.get("date"),
            environment.get("cores"),
            environment.get("memoryMiB"),
            environment.get("java"),
            environment.getOrDefault("database", "no MariaDB")));
    md.append(
        String.format(
            "`java -jar %s` (%s MiB) `--server.port=0 --ronghe.demo=true`, MariaDB with"
                + " `--spring.profiles.active=mysql` on its own fresh database; a fresh child"
                + " JVM per case, no JVM options: the defaults chose %s and a maximum heap of %s"
                + " MiB. First start: empty data directory or database (schema, engine tables,"
                + " demo data); second: the same again. Ready: `/actuator/health` answers UP."
                + " Workload: %s logins of `%s`, each followed by `GET /api/tasks`. Front end"
                + " served at `/`: %s.%n%n",
            Path.of((String) setup.get("jar")).getFileName(),
            setup.get("jarMiB"),
            jvm.get("gc"),
            jvm.get("heapMaxMiB"),
            setup.get("logins"),
            StartupBench.USER,
            rows.isEmpty() ? "–" : (Boolean) rows.get(0).get("frontEndServed") ? "yes" : "**no**"));
    if (setup.containsKey("note")) {
      md.append(setup.get("note")).append(".\n\n");
    }
    md.append(
            "| database | start | Started in (s) | process running for (s) | wall to ready (s) |"
                + " RSS after start (MiB) | heap used after start (MiB) |"
                + " RSS after workload (MiB) | peak RSS (MiB) |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map<String, Object> row : rows) {
      md.append(
          String.format(
              "| %s | %s | %.2f | %.2f | %.2f | %.0f | %.0f | %.0f | %.0f |%n",
              row.get("database"),
              row.get("start"),
              row.get("startedInSeconds"),
              row.get("processRunningForSeconds"),
              row.get("wallToReadySeconds"),
              get(row, "afterStart", "rssMiB"),
              get(row, "afterStart", "heapUsedMiB"),
              get(row, "afterWorkload", "rssMiB"),
              get(row, "afterWorkload", "peakRssMiB")));
    }
    md.append(
            "\nMore (MiB, seconds): heap committed after start; heap used and committed after the"
                + " workload; live heap after a full GC (forced after the workload); metaspace;"
                + " the workload's duration; the stop (SIGTERM) and exit code.\n\n")
        .append(
            "| database | start | heap committed | heap used / committed after workload |"
                + " live heap | metaspace | workload (s) | stop (s) | exit |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map<String, Object> row : rows) {
      md.append(
          String.format(
              "| %s | %s | %.0f | %.0f / %.0f | %.0f | %.0f | %.1f | %.1f | %s |%n",
              row.get("database"),
              row.get("start"),
              get(row, "afterStart", "heapCommittedMiB"),
              get(row, "afterWorkload", "heapUsedMiB"),
              get(row, "afterWorkload", "heapCommittedMiB"),
              row.get("liveHeapAfterFullGcMiB"),
              get(row, "afterWorkload", "metaspaceUsedMiB"),
              row.get("workloadSeconds"),
              row.get("stopSeconds"),
              row.get("exitCode")));
    }
    return md.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object map) {
    return (Map<String, Object>) map;
  }
}
