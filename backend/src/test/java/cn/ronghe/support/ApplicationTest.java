package cn.ronghe.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, against the database of the active test profile (H2 in
 * memory by default, MariaDB/MySQL with {@code -Pmysql}). Every test class uses this one
 * configuration, so the context starts once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The deadline sweep is driven by tests, with EngineTime, never by the scheduler; and a test that
// moves the engine's clock past 1 January does not plan every member's yearly talk.
// Nor does it open the yearly report round on 2 January.
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ronghe.notify.sweep=-",
      "ronghe.talk.yearly-plan=false",
      "ronghe.report.yearly-round=false"
    })
@AutoConfigureObservability(tracing = false)
public @interface ApplicationTest {}
