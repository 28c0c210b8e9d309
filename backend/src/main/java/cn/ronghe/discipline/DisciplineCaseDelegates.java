package cn.ronghe.discipline;

import static cn.ronghe.processes.discipline.DisciplineCaseVariables.*;

import cn.ronghe.calendar.Deadlines;
import cn.ronghe.settings.Rule;
import cn.ronghe.settings.Rules;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.workflow.FormValues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of 立案审查 ({@code disciplineCase}), named in {@code DisciplineCaseVariables}: they
 * record the case on its clue, name the teams through the access list (the hearing and the appeal
 * never by anyone who investigated the case), keep the review's due date with its extensions, and
 * record the sanction, its form (四种形态) and the appeal's result. A refused step throws an {@link
 * ApiException} naming the field, and the task stays open.
 */
@Configuration
class DisciplineCaseDelegates {

  /** Every sanction the head may decide. */
  static final Set<String> SANCTIONS =
      Set.of(
          SANCTION_NONE,
          SANCTION_ADMONITION,
          SANCTION_WARNING,
          SANCTION_SERIOUS_WARNING,
          SANCTION_REMOVAL,
          SANCTION_PROBATION,
          SANCTION_EXPULSION);

  private final DisciplineMapper clues;
  private final DisciplineAccess access;
  private final Deadlines deadlines;
  private final Rules rules;
  private final Clock clock;

  DisciplineCaseDelegates(
      DisciplineMapper clues,
      DisciplineAccess access,
      Deadlines deadlines,
      Rules rules,
      Clock clock) {
    this.clues = clues;
    this.access = access;
    this.deadlines = deadlines;
    this.rules = rules;
    this.clock = clock;
  }

  /** 立案: the case is recorded on its clue; the review is due {@code review-days} from today. */
  @Bean(CASE_OPENED_DELEGATE)
  ExecutionListener caseOpenedDelegate() {
    return execution -> {
      Instant now = clock.instant();
      clues.updateCaseOpened(
          (String) execution.getVariable(CLUE_ID), execution.getProcessInstanceId(), now);
      execution.setVariable(
          REVIEW_DUE,
          Date.from(deadlines.calendarDays(now, rules.value(Rule.DISCIPLINE_REVIEW_DAYS))));
    };
  }

  /** 组成审查组: at least two officers, not the subject, none recused. */
  @Bean(REVIEW_TEAM_DELEGATE)
  TaskListener reviewTeamDelegate() {
    return task -> {
      List<String> team =
          access.nameTeam(
              task, REVIEW_TEAM, "审查组", clueId(task), DisciplineAccess.INVESTIGATOR, Set.of());
      task.setVariable(REVIEW_TEAM, team);
      task.setVariable(REVIEW_TEAM_USERS, String.join(",", team));
    };
  }

  /** 审批延期: an approved extension moves the review's due date by the days asked for. */
  @Bean(EXTENSION_DECIDED_DELEGATE)
  TaskListener extensionDecidedDelegate() {
    return task -> {
      if (!EXTENSION_APPROVE.equals(task.getVariable(EXTENSION_DECISION))) {
        return;
      }
      int days =
          task.getVariable(EXTENSION_DAYS) instanceof Number n ? n.intValue() : Integer.MIN_VALUE;
      if (days < 1 || days > rules.value(Rule.DISCIPLINE_MAX_EXTENSION_DAYS)) {
        throw ApiException.invalidField(
            EXTENSION_DAYS,
            "延长天数应在 1 至 " + rules.value(Rule.DISCIPLINE_MAX_EXTENSION_DAYS) + " 天之间");
      }
      Date due = (Date) task.getVariable(REVIEW_DUE);
      task.setVariable(REVIEW_DUE, Date.from(deadlines.calendarDays(due.toInstant(), days)));
    };
  }

  /** 组成审理组: at least two officers, none of whom handled or investigated the case. */
  @Bean(HEARING_PANEL_DELEGATE)
  TaskListener hearingPanelDelegate() {
    return task -> {
      List<String> panel =
          access.nameTeam(
              task,
              HEARING_PANEL,
              "审理组",
              clueId(task),
              DisciplineAccess.HEARER,
              DisciplineAccess.INVESTIGATING_DUTIES);
      task.setVariable(HEARING_PANEL, panel);
      task.setVariable(HEARING_PANEL_USERS, String.join(",", panel));
    };
  }

  /**
   * 作出决定: the sanction and its form are recorded; the execution is due {@code execution-months}
   * after the decision, and an appeal may be registered for {@code appeal-window-months}.
   */
  @Bean(CASE_DECIDED_DELEGATE)
  TaskListener caseDecidedDelegate() {
    return task -> {
      if (!CASE_DECIDE.equals(task.getVariable(CASE_DECISION))) {
        return;
      }
      String sanction = (String) task.getVariable(SANCTION);
      if (!SANCTIONS.contains(sanction)) {
        throw ApiException.invalidField(SANCTION, "请选择处理决定");
      }
      LocalDate decided = pastDate(task, DECISION_DATE, "决定日期不能晚于今天");
      Instant start = decided.atStartOfDay(ClockConfig.ZONE).toInstant();
      clues.updateSanction(clueId(task), sanction, FourForms.ofSanction(sanction), decided);
      task.setVariable(
          EXECUTION_DUE,
          Date.from(
              deadlines.calendarMonths(start, rules.value(Rule.DISCIPLINE_EXECUTION_MONTHS))));
      task.setVariable(
          APPEAL_DEADLINE,
          Date.from(
              deadlines.calendarMonths(start, rules.value(Rule.DISCIPLINE_APPEAL_WINDOW_MONTHS))));
    };
  }

  /**
   * 组成复查组: at least two officers, none of whom handled or investigated the case; the appeal is
   * decided {@code appeal-months} after its receipt.
   */
  @Bean(APPEAL_REVIEWERS_DELEGATE)
  TaskListener appealReviewersDelegate() {
    return task -> {
      LocalDate received = pastDate(task, APPEAL_RECEIVED_ON, "收到申诉日期不能晚于今天");
      List<String> reviewers =
          access.nameTeam(
              task,
              APPEAL_REVIEWERS,
              "复查组",
              clueId(task),
              DisciplineAccess.APPEAL_REVIEWER,
              DisciplineAccess.INVESTIGATING_DUTIES);
      task.setVariable(APPEAL_REVIEWERS, reviewers);
      task.setVariable(APPEAL_REVIEWER_USERS, String.join(",", reviewers));
      Instant start = received.atStartOfDay(ClockConfig.ZONE).toInstant();
      task.setVariable(
          APPEAL_DUE,
          Date.from(deadlines.calendarMonths(start, rules.value(Rule.DISCIPLINE_APPEAL_MONTHS))));
    };
  }

  /** 申诉决定: upheld, changed (the new sanction is in force) or revoked (none is). */
  @Bean(APPEAL_DECIDED_DELEGATE)
  TaskListener appealDecidedDelegate() {
    return task -> {
      String result = (String) task.getVariable(APPEAL_RESULT);
      String id = clueId(task);
      switch (result == null ? "" : result) {
        case APPEAL_UPHOLD -> {}
        case APPEAL_CHANGE -> {
          String sanction = (String) task.getVariable(APPEAL_SANCTION);
          if (!SANCTIONS.contains(sanction) || SANCTION_NONE.equals(sanction)) {
            throw ApiException.invalidField(APPEAL_SANCTION, "变更处分的，请选择变更后的处分");
          }
          clues.updateSanction(id, sanction, FourForms.ofSanction(sanction), null);
        }
        case APPEAL_REVOKE -> clues.updateSanction(id, SANCTION_NONE, null, null);
        default -> throw ApiException.invalidField(APPEAL_RESULT, "请选择复查结论");
      }
      clues.updateAppealResult(id, result);
    };
  }

  /** 案件办结. */
  @Bean(CASE_CLOSED_DELEGATE)
  ExecutionListener caseClosedDelegate() {
    return execution ->
        clues.updateCaseClosed((String) execution.getVariable(CLUE_ID), clock.instant());
  }

  private static String clueId(DelegateTask task) {
    return (String) task.getVariable(CLUE_ID);
  }

  private LocalDate pastDate(DelegateTask task, String field, String message) {
    LocalDate date = FormValues.date(task.getVariable(field), field);
    if (date.isAfter(LocalDate.ofInstant(clock.instant(), ClockConfig.ZONE))) {
      throw ApiException.invalidField(field, message);
    }
    return date;
  }
}
