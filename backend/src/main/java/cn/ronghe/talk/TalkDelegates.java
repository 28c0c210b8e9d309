package cn.ronghe.talk;

import static cn.ronghe.processes.talk.TalkVariables.*;

import cn.ronghe.calendar.Deadlines;
import cn.ronghe.org.OrgRef;
import cn.ronghe.org.OrgService;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.security.UserDirectory.DirectoryUser;
import cn.ronghe.settings.Rule;
import cn.ronghe.settings.Rules;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.workflow.WorkflowVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of 谈心谈话 ({@code talk}), named in {@code TalkVariables}. A refused step throws an
 * {@link ApiException} naming the field: nothing starts, or the task stays open.
 */
@Configuration
class TalkDelegates {

  private static final Logger log = LoggerFactory.getLogger(TalkDelegates.class);

  private final UserDirectory directory;
  private final OrgService orgs;
  private final TalkPlan plan;
  private final TalkMapper talks;
  private final Deadlines deadlines;
  private final TalkProperties settings;
  private final Rules rules;
  private final Clock clock;

  TalkDelegates(
      UserDirectory directory,
      OrgService orgs,
      TalkPlan plan,
      TalkMapper talks,
      Deadlines deadlines,
      TalkProperties settings,
      Rules rules,
      Clock clock) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.settings = settings;
    this.rules = rules;
    this.orgs = orgs;
    this.plan = plan;
    this.talks = talks;
    this.clock = clock;
  }

  /**
   * 生成年度谈话任务: the plan of {@code planYear}, or, called on 1 January without one, of this year
   * unless {@code ronghe.talk.yearly-plan} is {@code false}.
   */
  @Bean(OPEN_TALK_PLAN_DELEGATE)
  JavaDelegate openTalkPlanDelegate() {
    return execution -> {
      Object year = execution.getVariable(PLAN_YEAR);
      if (!(year instanceof Number) && !settings.yearlyPlan()) {
        log.info("The yearly talk plan is off (ronghe.talk.yearly-plan=false)");
        return;
      }
      int planYear = year instanceof Number n ? n.intValue() : plan.thisYear();
      execution.setVariable(PLAN_YEAR, planYear);
      TalkPlan.Opened opened = plan.open(planYear);
      execution.setVariable(PLAN_TALKS_STARTED, opened.started());
      execution.setVariable(PLAN_TALKS_ALREADY_PLANNED, opened.alreadyPlanned());
      execution.setVariable(PLAN_TALKS_WITHOUT_TALKER, opened.withoutTalker());
    };
  }

  /**
   * 安排谈话 (end of the start event): the names of both sides, the talk's branch (the person's, so
   * that their branch secretary sees it), its due date and its title.
   */
  @Bean(SCHEDULE_TALK_DELEGATE)
  ExecutionListener scheduleTalkDelegate() {
    return execution -> {
      String talker = (String) execution.getVariable(TALKER);
      String talkee = (String) execution.getVariable(TALKEE);
      if (talkee == null || talkee.equals(talker)) {
        throw ApiException.invalidField(TALKEE, "请选择谈话对象（不能是本人）");
      }
      DirectoryUser person =
          directory
              .user(talkee)
              .orElseThrow(() -> ApiException.invalidField(TALKEE, "没有这个人: " + talkee));
      String talkerName = directory.user(talker).map(DirectoryUser::displayName).orElse(talker);
      execution.setVariable(TALKER_NAME, talkerName);
      execution.setVariable(TALKEE_NAME, person.displayName());
      Optional<OrgRef> branch = directory.personOf(talkee).flatMap(orgs::branchOfPerson);
      if (branch.isPresent()) {
        execution.setVariable(BRANCH_CODE, branch.get().code());
        execution.setVariable(BRANCH_NAME, branch.get().name());
      }
      LocalDate due = dueOn(execution.getVariable(TALK_DUE_ON));
      execution.setVariable(TALK_DUE_ON, due.toString());
      execution.setVariable(TALK_DUE, Date.from(Deadlines.endOf(due)));
      execution.setVariable(
          WorkflowVariables.BUSINESS_TITLE, talkerName + "与" + person.displayName() + "谈心谈话");
      talks.insert(
          execution.getProcessInstanceId(),
          due.getYear(),
          (String) execution.getVariable(TALK_KIND),
          talker,
          talkee,
          (String) execution.getVariable(BRANCH_CODE),
          Deadlines.endOf(due),
          clock.instant());
    };
  }

  /** The date asked for, or else the end of {@code ronghe.talk.event-due-days} working days. */
  private LocalDate dueOn(Object asked) {
    if (asked instanceof String date && !date.isBlank()) {
      return LocalDate.parse(date);
    }
    return LocalDate.ofInstant(
        deadlines.workingDays(clock.instant(), rules.value(Rule.TALK_EVENT_DUE_DAYS)),
        ClockConfig.ZONE);
  }

  /**
   * 记录谈话 (complete): each problem's owner must be someone who can log in to report on it; the talk
   * counts as held on its date.
   */
  @Bean(TALK_RECORDED_DELEGATE)
  TaskListener talkRecordedDelegate() {
    return task -> {
      if (task.getVariable(TALKED_ON) instanceof String talkedOn) {
        talks.updateTalkedOn(task.getProcessInstanceId(), LocalDate.parse(talkedOn));
      }
      if (!(task.getVariable(PROBLEMS) instanceof List<?> problems)) {
        return;
      }
      for (int i = 0; i < problems.size(); i++) {
        Object owner = problems.get(i) instanceof Map<?, ?> row ? row.get(PROBLEM_OWNER) : null;
        if (owner == null || directory.user(owner.toString()).isEmpty()) {
          throw ApiException.invalidField(
              PROBLEMS + "[" + i + "]." + PROBLEM_OWNER, "没有这个用户: " + owner);
        }
      }
    };
  }
}
