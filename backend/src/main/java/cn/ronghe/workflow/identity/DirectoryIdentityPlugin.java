package cn.ronghe.workflow.identity;

import cn.ronghe.security.UserDirectory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Plugs Ronghe's directory into the engine as its identity provider, so candidate groups and users
 * come from the same tables as the logins.
 */
@Component
class DirectoryIdentityPlugin extends AbstractProcessEnginePlugin {

  private final UserDirectory directory;

  DirectoryIdentityPlugin(UserDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(
        new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return ReadOnlyIdentityProvider.class;
          }

          @Override
          public Session openSession() {
            return new DirectoryIdentityProvider(directory);
          }
        });
  }
}
