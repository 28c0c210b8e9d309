package cn.ronghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EngineSchemaClassLoaderTest {

  final EngineSchemaClassLoader loader =
      new EngineSchemaClassLoader(EngineSchemaClassLoaderTest.class.getClassLoader());

  @Test
  void mysqlTablesAreCreatedAsUtf8mb4() throws IOException {
    String history = read("org/camunda/bpm/engine/db/create/activiti.mysql.create.history.sql");

    assertThat(history).contains("CHARSET=utf8mb4 COLLATE utf8mb4_bin");
    assertThat(history).doesNotContain("CHARSET=utf8 COLLATE");
  }

  @Test
  void theEngineScriptOfEveryDatabaseIndexesTheParentTask() throws IOException {
    for (String db : new String[] {"mysql", "h2", "postgres"}) {
      String engine =
          read("org/camunda/bpm/engine/db/create/activiti." + db + ".create.engine.sql");
      assertThat(engine).contains(EngineSchemaClassLoader.TASK_PARENT_INDEX);
    }
  }

  @Test
  void otherResourcesAreUntouched() throws IOException {
    String h2History = read("org/camunda/bpm/engine/db/create/activiti.h2.create.history.sql");
    String original;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream(
                "org/camunda/bpm/engine/db/create/activiti.h2.create.history.sql")) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(h2History).isEqualTo(original);
  }

  private String read(String name) throws IOException {
    try (InputStream in = loader.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
