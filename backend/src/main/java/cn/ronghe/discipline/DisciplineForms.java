package cn.ronghe.discipline;

import static cn.ronghe.processes.discipline.DisciplineCaseVariables.TASK_ASSIGN_APPEAL_REVIEWERS;
import static cn.ronghe.processes.discipline.DisciplineCaseVariables.TASK_ASSIGN_HEARING_PANEL;
import static cn.ronghe.processes.discipline.DisciplineCaseVariables.TASK_ASSIGN_REVIEW_TEAM;
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
 * What the clue's and the case's forms offer: the court's people (but the registrar) as the
 * subject, the discipline officers as a team (verification, review, hearing, appeal). The server
 * checks each team against the access list when the task completes.
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

  /** Every team's form offers the discipline officers. */
  @Bean
  FormVariables assignVerificationTeamOptions() {
    return officers(TASK_ASSIGN_VERIFICATION_TEAM);
  }

  @Bean
  FormVariables assignReviewTeamOptions() {
    return officers(TASK_ASSIGN_REVIEW_TEAM);
  }

  @Bean
  FormVariables assignHearingPanelOptions() {
    return officers(TASK_ASSIGN_HEARING_PANEL);
  }

  @Bean
  FormVariables assignAppealReviewersOptions() {
    return officers(TASK_ASSIGN_APPEAL_REVIEWERS);
  }

  private FormVariables officers(String formId) {
    return FormVariables.of(
        formId,
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
