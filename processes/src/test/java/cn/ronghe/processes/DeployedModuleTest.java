package cn.ronghe.processes;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A process test on the test engine ({@code camunda.cfg.xml}) with the whole module deployed.
 * Before each test the engine's clock is fixed at the time the test class gives, the module is
 * deployed then (so that timer start events count from that time), and {@link WeekdayDeadlines}
 * stands in for {@code deadlines}; after each test the clock, the stand-ins and the deployment are
 * gone again. A test class registers its own stand-ins in its own {@code @BeforeEach}, which runs
 * after this one.
 */
public abstract class DeployedModuleTest {

  @RegisterExtension
  final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("camunda.cfg.xml").build();

  private final LocalDateTime clockAtStart;

  private String deploymentId;

  /** Each test starts with the engine's clock at {@code clockAtStart}, in the JVM's zone. */
  protected DeployedModuleTest(LocalDateTime clockAtStart) {
    this.clockAtStart = clockAtStart;
  }

  @BeforeEach
  void fixClockAndDeployModule() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(date(clockAtStart));
    deploymentId = ProcessResources.deployAll(repositoryService());
    WeekdayDeadlines.register();
  }

  @AfterEach
  void undeployModuleAndResetClock() {
    ClockUtil.reset();
    Mocks.reset();
    repositoryService().deleteDeployment(deploymentId, true);
  }
}
