package cn.ronghe.workflow;

import cn.ronghe.security.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * People for BPMN expressions: {@code ${users.displayName(problem.owner)}} gives the name shown for
 * a username (the username itself when nobody has it).
 */
@Component("users")
public class ProcessUsers {

  private final UserDirectory directory;

  ProcessUsers(UserDirectory directory) {
    this.directory = directory;
  }

  public String displayName(String username) {
    return directory.user(username).map(UserDirectory.DirectoryUser::displayName).orElse(username);
  }
}
