package cn.ronghe.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.org.Person;
import cn.ronghe.org.PersonMapper;
import cn.ronghe.support.ApplicationTest;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations, the isolation level and Chinese text, on whichever database the profile uses. */
@ApplicationTest
class DatabaseTest {

  /** Common Chinese, a rare character outside the BMP (four bytes in UTF-8), and punctuation. */
  static final String CHINESE = "郑丽华·𠮷（民一庭）";

  @Autowired DataSource dataSource;
  @Autowired Flyway flyway;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonMapper people;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @Test
  void migrationsHaveAppliedAndCreatedOurTables() {
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(flyway.info().applied())
        .extracting(m -> m.getVersion() == null ? null : m.getVersion().getVersion())
        .contains("1");
    for (String table : new String[] {"org_unit", "person", "app_user", "role_grant"}) {
      assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).isPositive();
    }
  }

  @Test
  void theEnginesTaskTableIsIndexedByParentTask() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      boolean found = false;
      for (String table : new String[] {"ACT_RU_TASK", "act_ru_task"}) {
        try (var rs = meta.getIndexInfo(connection.getCatalog(), null, table, false, false)) {
          while (rs.next()) {
            found |= "PARENT_TASK_ID_".equalsIgnoreCase(rs.getString("COLUMN_NAME"));
          }
        }
      }
      assertThat(found).as("an index on ACT_RU_TASK.PARENT_TASK_ID_").isTrue();
    }
  }

  @Test
  void connectionsUseReadCommittedAsCamundaRequires() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getTransactionIsolation())
          .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
  }

  @Test
  void chineseTextRoundTripsThroughOurTables() {
    String idNumber =
        "1101051990" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode() % 100_000_000));
    people.insert(
        new Person(
            null,
            CHINESE,
            "F",
            LocalDate.of(1990, 1, 1),
            idNumber,
            "审判员（四字节：𠮷）",
            null,
            "none",
            null));

    Person read = people.selectById(people.selectIdByIdNumber(idNumber));

    assertThat(read.name()).isEqualTo(CHINESE);
    assertThat(read.post()).isEqualTo("审判员（四字节：𠮷）");
  }

  @Test
  void chineseTextRoundTripsThroughTheEngine() {
    repositoryService
        .createDeployment()
        .addModelInstance(
            "chineseSmoke.bpmn",
            Bpmn.createExecutableProcess("chineseSmoke")
                .name("中文流程")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("waitHere")
                .name("支部审核")
                .endEvent()
                .done())
        .deploy();

    ProcessInstance pi =
        runtimeService.startProcessInstanceByKey(
            "chineseSmoke", "业务-" + CHINESE, Map.of("title", CHINESE));

    assertThat(runtimeService.getVariable(pi.getId(), "title")).isEqualTo(CHINESE);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("业务-" + CHINESE)
                .count())
        .isEqualTo(1);
  }
}
