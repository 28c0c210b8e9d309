package cn.ronghe.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the engine its own schema scripts with two amendments, everything else unchanged:
 *
 * <ul>
 *   <li>on MySQL/MariaDB the tables are created as {@code utf8mb4} instead of the scripts' {@code
 *       utf8} (three-byte utf8mb3), so Chinese characters outside the BMP (rare characters in
 *       names, such as 𠮷) can be stored in process variables and history;
 *   <li>{@code ACT_RU_TASK} gets an index on {@code PARENT_TASK_ID_}: completing a task looks up
 *       its sub-tasks by that column, which is a full scan without it (measured on MariaDB with
 *       100k open tasks: 6 completions/s without, 40–90/s with).
 * </ul>
 */
final class EngineSchemaClassLoader extends ClassLoader {

  private static final Pattern CREATE_SCRIPT =
      Pattern.compile("org/camunda/bpm/engine/db/create/activiti\\.(\\w+)\\.create\\.engine\\.sql");
  private static final Pattern ANY_CREATE_SCRIPT =
      Pattern.compile(
          "org/camunda/bpm/engine/db/create/activiti\\.(\\w+)\\.create\\.[\\w.]+\\.sql");

  static final String TASK_PARENT_INDEX =
      "create index ACT_IDX_TASK_PARENT on ACT_RU_TASK(PARENT_TASK_ID_);";

  EngineSchemaClassLoader(ClassLoader parent) {
    super(parent);
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    InputStream original = super.getResourceAsStream(name);
    if (original == null || !ANY_CREATE_SCRIPT.matcher(name).matches()) {
      return original;
    }
    String script = read(original);
    String amended = amend(name, script);
    return new ByteArrayInputStream(amended.getBytes(StandardCharsets.UTF_8));
  }

  static String amend(String resourceName, String script) {
    Matcher anyScript = ANY_CREATE_SCRIPT.matcher(resourceName);
    if (!anyScript.matches()) {
      return script;
    }
    String database = anyScript.group(1);
    String amended = script;
    if (database.equals("mysql") || database.equals("mariadb")) {
      amended =
          amended.replace("CHARSET=utf8 COLLATE utf8_bin", "CHARSET=utf8mb4 COLLATE utf8mb4_bin");
    }
    if (CREATE_SCRIPT.matcher(resourceName).matches() && !amended.contains("ACT_IDX_TASK_PARENT")) {
      amended = amended + "\n" + TASK_PARENT_INDEX + "\n";
    }
    return amended;
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
