package cn.ronghe.workflow;

import cn.ronghe.security.UserDirectory;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The court's people as a form's options ({@code {label, value}}): everyone who can log in,
 * labelled with their organisation, for a select that names a person (a talk's partner, the owner
 * of a follow-up item).
 */
@Component
public class PeopleOptions {

  private final UserDirectory directory;

  PeopleOptions(UserDirectory directory) {
    this.directory = directory;
  }

  /** Everyone, but the user named (none when null). */
  public List<Map<String, Object>> allBut(String username) {
    return directory.peopleWithAccounts().stream()
        .filter(p -> !p.username().equals(username))
        .map(
            p ->
                Map.<String, Object>of(
                    "label",
                    p.orgName() == null
                        ? p.displayName()
                        : p.displayName() + "（" + p.orgName() + "）",
                    "value",
                    p.username()))
        .toList();
  }
}
