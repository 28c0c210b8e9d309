package cn.ronghe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inbox benchmark's report: {@code report.json} (everything) and {@code report.md} (tables,
 * targets, plans), printed to stdout too.
 */
final class BenchReport {

  private final Map<String, Object> environment;
  private final Map<String, Object> setup;
  private final List<Map<String, Object>> rows;
  private final Map<String, String> plans;

  BenchReport(
      Map<String, Object> environment,
      Map<String, Object> setup,
      List<Map<String, Object>> rows,
      Map<String, String> plans) {
    this.environment = environment;
    this.setup = setup;
    this.rows = rows;
    this.plans = plans;
  }

  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "inbox");
    json.put("environment", environment);
    json.put("setup", setup);
    json.put("sizes", rows);
    json.put("growth", growth());
    json.put("targets", targets());
    json.put("plans", plans);
    Files.writeString(
        directory.resolve("report.json"), InboxBench.json().writeValueAsString(json) + "\n");
    String markdown = markdown();
    Files.writeString(directory.resolve("report.md"), markdown);
    System.out.println("\n" + markdown);
    System.out.println("[bench] written to " + directory.toAbsolutePath());
  }

  static double stat(Map<String, Object> row, String path, String name) {
    @SuppressWarnings("unchecked")
    Map<String, Object> stats = (Map<String, Object>) row.get(path);
    return ((Number) stats.get(name)).doubleValue();
  }

  /** p50 at each size ÷ p50 at the smallest, per path. */
  private List<Map<String, Object>> growth() {
    List<Map<String, Object>> growth = new ArrayList<>();
    Map<String, Object> first = rows.get(0);
    for (Map<String, Object> row : rows) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("openTasks", row.get("openTasks"));
      g.put("from", first.get("openTasks"));
      for (String path : List.of("ours", "engine", "engineHttp")) {
        g.put(path, Stats.round(stat(row, path, "p50") / stat(first, path, "p50")));
      }
      growth.add(g);
    }
    return growth;
  }

  /** The targets, judged where the run measured 100,000 open tasks and 1,000. */
  private List<Map<String, Object>> targets() {
    List<Map<String, Object>> targets = new ArrayList<>();
    Map<String, Object> large = row(InboxBench.TARGET_SIZE);
    Map<String, Object> small = row(1_000);
    double p95 = large == null ? Double.NaN : stat(large, "ours", "p95");
    targets.add(
        target(
            "ours p95 at 100k ≤ " + (int) InboxBench.TARGET_P95_MS + " ms",
            p95,
            large == null ? null : p95 <= InboxBench.TARGET_P95_MS));
    double ratio =
        large == null ? Double.NaN : stat(large, "engine", "p50") / stat(large, "ours", "p50");
    targets.add(
        target(
            "engine (in-process) p50 ÷ ours p50 at 100k ≥ " + (int) InboxBench.TARGET_RATIO,
            ratio,
            large == null ? null : ratio >= InboxBench.TARGET_RATIO));
    double httpRatio =
        large == null ? Double.NaN : stat(large, "engineHttp", "p50") / stat(large, "ours", "p50");
    targets.add(
        target(
            "engine (HTTP) p50 ÷ ours p50 at 100k ≥ " + (int) InboxBench.TARGET_RATIO,
            httpRatio,
            large == null ? null : httpRatio >= InboxBench.TARGET_RATIO));
    double growth =
        large == null || small == null
            ? Double.NaN
            : stat(large, "ours", "p50") / stat(small, "ours", "p50");
    targets.add(
        target(
            "ours p50 at 100k ÷ p50 at 1k ≤ " + (int) InboxBench.TARGET_GROWTH,
            growth,
            large == null || small == null ? null : growth <= InboxBench.TARGET_GROWTH));
    return targets;
  }

  private static Map<String, Object> target(String name, double value, Boolean met) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("target", name);
    t.put("value", Double.isNaN(value) ? null : Stats.round(value));
    t.put("met", met);
    return t;
  }

  private Map<String, Object> row(int size) {
    return rows.stream().filter(r -> r.get("openTasks").equals(size)).findFirst().orElse(null);
  }

  private String markdown() {
    StringBuilder md = new StringBuilder("# Inbox benchmark\n\n");
    md.append(
        String.format(
            "%s · %s cores · %s MiB · %s · %s · heap max %s MiB%n%n",
            environment.get("date"),
            environment.get("cores"),
            environment.get("memoryMiB"),
            environment.get("java"),
            environment.get("database"),
            environment.get("heapMaxMiB")));
    md.append(
        String.format(
            "User `%s`, candidate groups %s; %s candidate groups seeded. %s warm-up and %s"
                + " measured calls per path and size, the paths alternating in rotating order.%n%n",
            setup.get("user"),
            setup.get("groups"),
            setup.get("candidateGroupsSeeded"),
            setup.get("warmUp"),
            setup.get("iterations")));
    md.append(
        "- **ours**: `GET /api/tasks?scope=claimable&size=20` over HTTP (session, page of 20,"
            + " its total, the counts of all four scopes, JSON).\n"
            + "- **engine**: in-process `TaskService` query, candidate by group or name,"
            + " unassigned, by due date: `listPage(0,20)` + `count()` (what the engine's REST"
            + " task list and count run), no HTTP.\n"
            + "- **engine HTTP**: the same engine query behind an HTTP endpoint of the same"
            + " application (same session, security and JSON as ours).\n\n");
    md.append("Milliseconds.\n\n")
        .append("| open tasks | claimable | ours p50 | ours p95 | ours p99 |")
        .append(" engine p50 | engine p95 | engine p99 |")
        .append(" engine HTTP p50 | engine HTTP p95 | engine HTTP p99 |")
        .append(" engine ÷ ours p50 | engine ÷ ours p95 | engine HTTP ÷ ours p50 |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map<String, Object> row : rows) {
      md.append(
          String.format(
              "| %,d | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |"
                  + " %.1f× | %.1f× | %.1f× |%n",
              ((Number) row.get("openTasks")).intValue(),
              ((Number) row.get("claimableForUser")).longValue(),
              stat(row, "ours", "p50"),
              stat(row, "ours", "p95"),
              stat(row, "ours", "p99"),
              stat(row, "engine", "p50"),
              stat(row, "engine", "p95"),
              stat(row, "engine", "p99"),
              stat(row, "engineHttp", "p50"),
              stat(row, "engineHttp", "p95"),
              stat(row, "engineHttp", "p99"),
              stat(row, "engine", "p50") / stat(row, "ours", "p50"),
              stat(row, "engine", "p95") / stat(row, "ours", "p95"),
              stat(row, "engineHttp", "p50") / stat(row, "ours", "p50")));
    }
    md.append("\nGrowth of p50 from the smallest size:\n\n")
        .append("| open tasks | ours | engine | engine HTTP |\n|---:|---:|---:|---:|\n");
    for (Map<String, Object> g : growth()) {
      md.append(
          String.format(
              "| %,d | %.2f× | %.2f× | %.2f× |%n",
              ((Number) g.get("openTasks")).intValue(),
              g.get("ours"),
              g.get("engine"),
              g.get("engineHttp")));
    }
    md.append("\nSeeding: ");
    List<String> seeds = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      seeds.add(String.format("to %,d in %.1f s", row.get("openTasks"), row.get("seedSeconds")));
    }
    md.append(String.join(", ", seeds))
        .append(".\n\n## Targets\n\n| target | value | met |\n")
        .append("|---|---:|---|\n");
    for (Map<String, Object> t : targets()) {
      Object met = t.get("met");
      md.append(
          String.format(
              "| %s | %s | %s |%n",
              t.get("target"),
              t.get("value") == null ? "–" : String.format("%.2f", t.get("value")),
              met == null ? "not measured" : (Boolean) met ? "yes" : "**no**"));
    }
    if (!plans.isEmpty()) {
      md.append(
          String.format(
              "%n## EXPLAIN of our statements at %,d open tasks%n%n",
              rows.get(rows.size() - 1).get("openTasks")));
      plans.forEach(
          (name, plan) ->
              md.append("### ").append(name).append("\n\n```\n").append(plan).append("```\n\n"));
    }
    return md.toString();
  }
}
