package cn.ronghe.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port for a benchmark: like {@code ApplicationTest}, with the
 * deadline sweep off (it must never remind or escalate the seeded tasks), the job executor off (the
 * benchmarks' processes have no timers or async steps, and its polling would count in the SQL per
 * completion) and the engine's task list also served over HTTP by {@link EngineTaskListController}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ronghe.notify.sweep=-",
      "camunda.bpm.job-execution.enabled=false",
      EngineTaskListController.ENABLED + "=true"
    })
public @interface BenchApplication {}
