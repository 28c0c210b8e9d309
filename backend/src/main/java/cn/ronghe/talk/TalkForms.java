package cn.ronghe.talk;

import static cn.ronghe.processes.talk.TalkVariables.FORM_SCHEDULE_TALK;
import static cn.ronghe.processes.talk.TalkVariables.OWNER_OPTIONS;
import static cn.ronghe.processes.talk.TalkVariables.TALKEE_OPTIONS;
import static cn.ronghe.processes.talk.TalkVariables.TASK_RECORD_TALK;

import cn.ronghe.security.UserDirectory;
import cn.ronghe.workflow.FormVariables;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The people the talk's forms offer: everyone of the court who can log in (so can explain
 * themselves, and report on a follow-up item), labelled with their organisation; as the person to
 * talk with, all but the one scheduling the talk.
 */
@Configuration
class TalkForms {

  private final UserDirectory directory;

  TalkForms(UserDirectory directory) {
    this.directory = directory;
  }

  @Bean
  FormVariables scheduleTalkOptions() {
    return FormVariables.of(
        FORM_SCHEDULE_TALK, user -> Map.of(TALKEE_OPTIONS, peopleBut(user.username())));
  }

  @Bean
  FormVariables recordTalkOptions() {
    return FormVariables.of(TASK_RECORD_TALK, user -> Map.of(OWNER_OPTIONS, peopleBut(null)));
  }

  private List<Map<String, Object>> peopleBut(String username) {
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
