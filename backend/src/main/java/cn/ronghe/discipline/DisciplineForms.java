package cn.ronghe.discipline;

import static cn.ronghe.processes.discipline.DisciplineVariables.FORM_REGISTER_CLUE;
import static cn.ronghe.processes.discipline.DisciplineVariables.OFFICER_OPTIONS;
import static cn.ronghe.processes.discipline.DisciplineVariables.SUBJECT_OPTIONS;
import static cn.ronghe.processes.discipline.DisciplineVariables.TASK_ASSIGN_VERIFICATION_TEAM;

import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.workflow.FormVariables;
import cn.ronghe.workflow.PeopleOptions;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the clue's forms offer: the court's people (but the registrar) as the subject, the
 * discipline officers as a verification team.
 */
@Configuration
class DisciplineForms {

  private final PeopleOptions people;
  private final UserDirectory directory;

  DisciplineForms(PeopleOptions people, UserDirectory directory) {
    this.people = people;
    this.directory = directory;
  }

  @Bean
  FormVariables registerClueOptions() {
    return FormVariables.of(
        FORM_REGISTER_CLUE, user -> Map.of(SUBJECT_OPTIONS, people.allBut(user.username())));
  }

  @Bean
  FormVariables assignVerificationTeamOptions() {
    return FormVariables.of(
        TASK_ASSIGN_VERIFICATION_TEAM,
        user ->
            Map.of(
                OFFICER_OPTIONS,
                directory.users(directory.members(Role.DISCIPLINE.code())).stream()
                    .map(
                        u ->
                            Map.<String, Object>of("label", u.displayName(), "value", u.username()))
                    .toList()));
  }
}
