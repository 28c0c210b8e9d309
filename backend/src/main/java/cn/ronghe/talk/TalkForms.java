package cn.ronghe.talk;

import static cn.ronghe.processes.talk.TalkVariables.FORM_SCHEDULE_TALK;
import static cn.ronghe.processes.talk.TalkVariables.OWNER_OPTIONS;
import static cn.ronghe.processes.talk.TalkVariables.TALKEE_OPTIONS;
import static cn.ronghe.processes.talk.TalkVariables.TASK_RECORD_TALK;

import cn.ronghe.workflow.FormVariables;
import cn.ronghe.workflow.PeopleOptions;
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

  private final PeopleOptions people;

  TalkForms(PeopleOptions people) {
    this.people = people;
  }

  @Bean
  FormVariables scheduleTalkOptions() {
    return FormVariables.of(
        FORM_SCHEDULE_TALK, user -> Map.of(TALKEE_OPTIONS, people.allBut(user.username())));
  }

  @Bean
  FormVariables recordTalkOptions() {
    return FormVariables.of(TASK_RECORD_TALK, user -> Map.of(OWNER_OPTIONS, people.allBut(null)));
  }
}
