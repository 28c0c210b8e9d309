package cn.ronghe.talk;

import static cn.ronghe.processes.talk.TalkVariables.PROCESS_ID;
import static cn.ronghe.processes.talk.TalkVariables.TALKEE_OPTIONS;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.workflow.StartFormVariables;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The start form of 谈心谈话 offers as the person to talk with everyone of the court who can log in (so
 * can explain themselves, and own a follow-up item), but the one starting it.
 */
@Component
class TalkStartForm implements StartFormVariables {

  private final UserDirectory directory;

  TalkStartForm(UserDirectory directory) {
    this.directory = directory;
  }

  @Override
  public String processKey() {
    return PROCESS_ID;
  }

  @Override
  public Map<String, Object> of(CurrentUser user) {
    List<Map<String, Object>> options =
        directory.peopleWithAccounts().stream()
            .filter(p -> !p.username().equals(user.username()))
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
    return Map.of(TALKEE_OPTIONS, options);
  }
}
