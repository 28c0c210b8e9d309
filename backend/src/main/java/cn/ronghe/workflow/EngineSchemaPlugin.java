package cn.ronghe.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets the engine create its tables through {@link EngineSchemaClassLoader}. Done after every
 * plugin's preInit, since the Spring Boot starter sets the engine's class loader there.
 */
@Component
class EngineSchemaPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    ClassLoader parent =
        configuration.getClassLoader() != null
            ? configuration.getClassLoader()
            : EngineSchemaPlugin.class.getClassLoader();
    configuration.setClassLoader(new EngineSchemaClassLoader(parent));
  }
}
