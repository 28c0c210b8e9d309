package cn.ronghe.processes.membership;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.ProcessTestSupport.formIdOf;
import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;

/**
 * The stand-ins for the backend's delegates and the steps of 发展党员 and 预备党员转正 shared by the tests of
 * the later stages, on the module deployed at {@link #SUBMITTED_AT}. The stand-ins note each call
 * in {@link #calls} and set what the backend's beans set: {@code mentors}, {@code voteResult}, the
 * approval and probation dates, {@code conversionApprovalDue} and {@code conversionOutcome}. Every
 * step checks that its task shows its own form before completing it.
 */
abstract class MembershipProcessTestBase extends DeployedModuleTest {

  static final String APPLICANT_ID = "zhangsan";
  static final String BRANCH = "branch-1";
  static final String BRANCH_SECRETARY = ROLE_BRANCH_SECRETARY + ":" + BRANCH;
  static final String MENTOR_ID = "lisi";
  static final String SECOND_MENTOR_ID = "wangwu";

  /** Monday 3 March 2025, 09:00: the application is submitted and the activist filed. */
  static final LocalDateTime SUBMITTED_AT = LocalDateTime.of(2025, 3, 3, 9, 0);

  /** Monday 16 March 2026: a year and two assessments later, the branch makes a target. */
  static final LocalDateTime TARGET_DECIDED_AT = LocalDateTime.of(2026, 3, 16, 10, 0);

  /** Tuesday 1 September 2026: the branch general meeting on the admission. */
  static final LocalDate MEETING_ON = LocalDate.of(2026, 9, 1);

  private static final int EXECUTE_AT_MOST = 20;

  /** What the stand-ins were called for, in order: {@code bean on event of activity}. */
  final List<String> calls = new ArrayList<>();

  MembershipProcessTestBase() {
    super(SUBMITTED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    Mocks.register(OPEN_INTAKE_DELEGATE, (ExecutionListener) this::openIntake);
    for (String listener :
        List.of(
            ASSIGN_TALKER_DELEGATE,
            RECORD_TALK_DELEGATE,
            RECORD_ACTIVIST_DECISION_DELEGATE,
            FILE_ACTIVIST_DELEGATE,
            RECORD_ASSESSMENT_DELEGATE,
            DECIDE_DEVELOPMENT_TARGET_DELEGATE,
            FILE_DEVELOPMENT_TARGET_DELEGATE,
            NAME_INTRODUCERS_DELEGATE,
            RECORD_POLITICAL_REVIEW_DELEGATE,
            RECORD_TRAINING_DELEGATE,
            RECORD_COMMITTEE_REVIEW_DELEGATE,
            RECORD_PRE_REVIEW_DELEGATE,
            RECORD_APPLICATION_FORM_DELEGATE,
            RECORD_COMMITTEE_TALK_DELEGATE,
            RECORD_ADMISSION_APPROVAL_DELEGATE,
            RECORD_ADMISSION_REPORT_DELEGATE,
            RECORD_OATH_DELEGATE,
            RECORD_CONVERSION_REQUEST_DELEGATE,
            ARCHIVE_DOCUMENTS_DELEGATE)) {
      Mocks.register(listener, recording(listener, task -> {}));
    }
    Mocks.register(ASSIGN_MENTORS_DELEGATE, recording(ASSIGN_MENTORS_DELEGATE, this::setMentors));
    Mocks.register(
        RECORD_ADMISSION_VOTE_DELEGATE,
        recording(RECORD_ADMISSION_VOTE_DELEGATE, this::countAdmissionVote));
    Mocks.register(
        RECORD_CONVERSION_VOTE_DELEGATE,
        recording(RECORD_CONVERSION_VOTE_DELEGATE, this::countConversionVote));
    Mocks.register(
        RECORD_CONVERSION_APPROVAL_DELEGATE,
        recording(RECORD_CONVERSION_APPROVAL_DELEGATE, this::carryOutConversion));
    Mocks.register(
        APPROVAL_LATE_DELEGATE,
        (JavaDelegate)
            execution ->
                calls.add(APPROVAL_LATE_DELEGATE + " at " + execution.getCurrentActivityId()));
  }

  // ---- walking to a stage ----------------------------------------------------------------------

  /** Stage 1 and the mentors: waits at {@code decideDevelopmentTarget}, the half-year timer set. */
  ProcessInstance walkToDevelopmentTarget() {
    ProcessInstance pi =
        runtimeService()
            .startProcessInstanceByKey(
                PROCESS_ID,
                "intake-1",
                withVariables(
                    APPLICANT, APPLICANT_ID,
                    INITIATOR_NAME, "张三",
                    BRANCH_CODE, BRANCH,
                    BRANCH_NAME, "第一党支部",
                    APPLICATION_DATE, "2025-02-28",
                    APPLICATION_LETTER, "我志愿加入中国共产党"));
    completeStep(pi, TASK_ASSIGN_TALKER, withVariables(TALKER, "zhaoliu"));
    completeStep(
        pi, TASK_TALK_WITH_APPLICANT, withVariables(TALK_DATE, "2025-02-28", TALK_RECORD, "动机端正"));
    completeStep(
        pi,
        TASK_DECIDE_ACTIVIST,
        withVariables(
            ACTIVIST_DECISION, ACTIVIST_DECISION_ACTIVIST,
            RECOMMENDATION_TYPE, RECOMMENDATION_TYPE_PARTY_MEMBER,
            RESOLUTION_DATE, "2025-03-03"));
    completeStep(pi, TASK_FILE_ACTIVIST, withVariables(FILING_DATE, "2025-03-03"));
    completeStep(
        pi, TASK_ASSIGN_MENTORS, withVariables(MENTOR_1, MENTOR_ID, MENTOR_2, SECOND_MENTOR_ID));
    assertThat(pi).isWaitingAt(TASK_DECIDE_DEVELOPMENT_TARGET);
    return pi;
  }

  /** Half a year after the mentors' assignment the timer offers an assessment; it is recorded. */
  void assessAfterHalfAYear(ProcessInstance pi, int halfYears) {
    moveClockTo(SUBMITTED_AT.plusMonths(6L * halfYears));
    executeDueTimers();
    completeStep(pi, TASK_ASSESS_ACTIVIST, assessment());
  }

  /** Two assessments, the target decided and filed, introducers named: waits at the review. */
  ProcessInstance walkToPoliticalReview() {
    ProcessInstance pi = walkToDevelopmentTarget();
    assessAfterHalfAYear(pi, 1);
    assessAfterHalfAYear(pi, 2);
    return decideTargetAndNameIntroducers(pi);
  }

  /** From 确定发展对象 on: the target decided and filed, introducers named; waits at the review. */
  ProcessInstance decideTargetAndNameIntroducers(ProcessInstance pi) {
    moveClockTo(TARGET_DECIDED_AT);
    completeStep(
        pi,
        TASK_DECIDE_DEVELOPMENT_TARGET,
        withVariables(
            DEVELOPMENT_DECISION, DEVELOPMENT_DECISION_TARGET,
            TARGET_RESOLUTION_DATE, "2026-03-16",
            OPINIONS_HEARD, "党小组、培养联系人和群众一致同意",
            NOTICE_START_DATE, "2026-03-17",
            NOTICE_END_DATE, "2026-03-23",
            NOTICE_RESULT, "公示期间无异议"));
    completeStep(pi, TASK_FILE_DEVELOPMENT_TARGET, withVariables(TARGET_FILING_DATE, "2026-03-25"));
    completeStep(
        pi, TASK_NAME_INTRODUCERS, withVariables(INTRODUCER_1, "lisi", INTRODUCER_2, "wangwu"));
    assertThat(pi).isWaitingAt(TASK_POLITICAL_REVIEW);
    return pi;
  }

  /** Review passed, training recorded: waits at the branch committee's review. */
  ProcessInstance walkToBranchCommitteeReview() {
    ProcessInstance pi = walkToPoliticalReview();
    completeStep(pi, TASK_POLITICAL_REVIEW, politicalReview(POLITICAL_REVIEW_PASSED));
    completeStep(
        pi,
        TASK_SHORT_TRAINING,
        withVariables(
            TRAINING_START_DATE, "2026-04-13",
            TRAINING_END_DATE, "2026-04-15",
            TRAINING_DAYS, 3L,
            TRAINING_HOURS, 24L,
            TRAINING_CERTIFICATE, "2026-017"));
    assertThat(pi).isWaitingAt(TASK_REVIEW_BY_BRANCH_COMMITTEE);
    return pi;
  }

  /** Committee review, pre-review passed, form filled in: waits at the branch meeting's vote. */
  ProcessInstance walkToBranchMeeting() {
    ProcessInstance pi = walkToBranchCommitteeReview();
    reviewByBranchCommittee(pi);
    completeStep(pi, TASK_PRE_REVIEW, preReview(PRE_REVIEW_PASSED));
    completeStep(
        pi,
        TASK_FILL_APPLICATION_FORM,
        withVariables(APPLICATION_FORM_DATE, "2026-05-20", INTRODUCER_OPINIONS, "同意介绍其入党"));
    assertThat(pi).isWaitingAt(TASK_BRANCH_MEETING_VOTE);
    return pi;
  }

  /** Admitted by the branch meeting on {@link #MEETING_ON}: waits at the committee's talk. */
  ProcessInstance walkToApproval() {
    ProcessInstance pi = walkToBranchMeeting();
    moveClockTo(MEETING_ON.atTime(18, 0));
    completeStep(pi, TASK_BRANCH_MEETING_VOTE, vote(20, 18, 17));
    assertThat(pi).isWaitingAt(TASK_COMMITTEE_TALK);
    return pi;
  }

  /** Talked with and approved by the Party committee. */
  void approveAdmission(ProcessInstance pi, String decision) {
    completeStep(
        pi,
        TASK_COMMITTEE_TALK,
        withVariables(
            COMMITTEE_TALKER, "zhaoliu",
            COMMITTEE_TALK_DATE, "2026-09-15",
            COMMITTEE_TALK_RECORD, "入党动机端正"));
    completeStep(
        pi,
        TASK_APPROVE_ADMISSION,
        withVariables(APPROVAL_DATE, "2026-09-25", APPROVAL_DECISION, decision));
  }

  /** Approved, reported, oath taken: waits for the end of probation. */
  ProcessInstance walkToProbation() {
    ProcessInstance pi = walkToApproval();
    approveAdmission(pi, APPROVAL_DECISION_APPROVED);
    completeStep(pi, TASK_REPORT_ADMISSION, withVariables(REPORT_DATE, "2026-09-28"));
    completeStep(pi, TASK_TAKE_OATH, withVariables(PARTY_GROUP, "第一党小组", OATH_DATE, "2026-10-01"));
    assertThat(pi).isWaitingAt(TIMER_PROBATION_ENDED);
    return pi;
  }

  /** The engine reaches the end of probation; returns the conversion it starts. */
  ProcessInstance endProbation(ProcessInstance pi) {
    Date endsAt = (Date) runtimeService().getVariable(pi.getId(), PROBATION_ENDS_AT);
    moveClockTo(LocalDateTime.ofInstant(endsAt.toInstant(), ZoneId.systemDefault()).plusHours(9));
    executeDueTimers();
    assertThat(pi).isWaitingAt(CALL_CONVERSION);
    ProcessInstance conversion = calledProcessInstance(pi);
    assertThat(conversion).isWaitingAt(TASK_REQUEST_CONVERSION);
    return conversion;
  }

  /** The conversion from the request to the committee's approval of the branch's decision. */
  void decideConversion(ProcessInstance conversion, Map<String, Object> decision) {
    completeStep(
        conversion,
        TASK_REQUEST_CONVERSION,
        withVariables(CONVERSION_REQUEST_DATE, today(), CONVERSION_LETTER, "申请按期转为正式党员"));
    Map<String, Object> vote = vote(20, 18, 17);
    vote.putAll(decision);
    completeStep(conversion, TASK_CONVERSION_VOTE, vote);
    completeStep(conversion, TASK_APPROVE_CONVERSION, approval(APPROVAL_DECISION_APPROVED));
    assertThat(conversion).isEnded();
  }

  // ---- steps -----------------------------------------------------------------------------------

  void reviewByBranchCommittee(ProcessInstance pi) {
    completeStep(
        pi,
        TASK_REVIEW_BY_BRANCH_COMMITTEE,
        withVariables(COMMITTEE_REVIEW_DATE, "2026-04-20", COMMITTEE_REVIEW_OPINION, "符合条件"));
  }

  /** Completes the one open task {@code key} of the instance, after checking it shows its form. */
  void completeStep(ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = openTask(pi, key);
    Assertions.assertThat(formIdOf(formService(), task)).as("form of %s", key).isEqualTo(key);
    complete(task, variables);
  }

  Task openTask(ProcessInstance pi, String key) {
    assertThat(pi).isWaitingAt(key);
    return taskService()
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  static Map<String, Object> assessment() {
    return withVariables(
        ASSESSMENT_DATE,
        today(),
        ASSESSMENT_CONCLUSION,
        ASSESSMENT_CONCLUSION_GOOD,
        ASSESSMENT_RECORD,
        "学习积极，表现良好");
  }

  static Map<String, Object> politicalReview(String result) {
    return withVariables(
        POLITICAL_REVIEW_DATE, "2026-04-01",
        POLITICAL_REVIEW_RESULT, result,
        POLITICAL_REVIEW_CONCLUSION, "政治审查结论");
  }

  static Map<String, Object> preReview(String result) {
    Map<String, Object> values =
        withVariables(
            PRE_REVIEW_DATE, "2026-05-06", PRE_REVIEW_RESULT, result, LEAVING_SOON, false);
    if (PRE_REVIEW_PASSED.equals(result)) {
      values.put(APPLICATION_FORM_NUMBER, "2026-031");
    }
    return values;
  }

  /** A branch meeting on today's date: entitled members, present, for; the rest against. */
  static Map<String, Object> vote(long entitled, long present, long votesFor) {
    return withVariables(
        MEETING_DATE,
        today(),
        ENTITLED_MEMBERS,
        entitled,
        PRESENT_MEMBERS,
        present,
        VOTES_FOR,
        votesFor,
        VOTES_AGAINST,
        present - votesFor,
        VOTES_ABSTAIN,
        0L,
        WRITTEN_VOTES,
        0L,
        MEETING_RESOLUTION,
        "同意");
  }

  static Map<String, Object> conversionDecision(String decision) {
    return withVariables(CONVERSION_DECISION, decision);
  }

  static Map<String, Object> extension(long months) {
    return withVariables(CONVERSION_DECISION, CONVERSION_DECISION_EXTEND, EXTENSION_MONTHS, months);
  }

  static Map<String, Object> approval(String decision) {
    return withVariables(APPROVAL_DATE, today(), APPROVAL_DECISION, decision);
  }

  // ---- engine clock and timers -----------------------------------------------------------------

  static void moveClockTo(LocalDateTime time) {
    ClockUtil.setCurrentTime(date(time));
  }

  /** The engine's today, {@code YYYY-MM-DD}, as a form-js date field submits it. */
  static String today() {
    return ClockUtil.getCurrentTime()
        .toInstant()
        .atZone(ZoneId.systemDefault())
        .toLocalDate()
        .toString();
  }

  /** Runs every timer due by the engine clock, as the job executor would; returns how many. */
  int executeDueTimers() {
    int executed = 0;
    for (List<Job> due = dueTimers(); !due.isEmpty(); due = dueTimers()) {
      managementService().executeJob(due.get(0).getId());
      if (++executed > EXECUTE_AT_MOST) {
        throw new AssertionError("timers keep falling due");
      }
    }
    return executed;
  }

  /** The due timers of the membership processes (not of other processes deployed beside them). */
  private List<Job> dueTimers() {
    Date now = new Date(ClockUtil.getCurrentTime().getTime() + 1);
    return managementService().createJobQuery().timers().duedateLowerThan(now).list().stream()
        .filter(
            j ->
                PROCESS_ID.equals(j.getProcessDefinitionKey())
                    || CONVERSION_PROCESS_ID.equals(j.getProcessDefinitionKey()))
        .toList();
  }

  Job timer(ProcessInstance pi, String activityId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(activityId)
        .singleResult();
  }

  // ---- stand-ins for the backend's delegates ---------------------------------------------------

  private void openIntake(DelegateExecution execution) {
    calls.add(OPEN_INTAKE_DELEGATE + " on end of " + execution.getCurrentActivityId());
    LocalDate appliedOn = LocalDate.parse((String) execution.getVariable(APPLICATION_DATE));
    execution.setVariable(INTAKE_ID, 1L);
    execution.setVariable(TALK_DUE, date(appliedOn.plusMonths(1).atTime(23, 59, 59)));
  }

  /** As assignMentorsDelegate: the mentors' user ids, comma-separated. */
  private void setMentors(DelegateTask task) {
    Object second = task.getVariable(MENTOR_2);
    String mentors = task.getVariable(MENTOR_1) + (second != null ? "," + second : "");
    task.getExecution().setVariable(MENTORS, mentors);
  }

  /** As recordAdmissionVoteDelegate: the result and, when admitted, the dates it implies. */
  private void countAdmissionVote(DelegateTask task) {
    String result = voteResult(task);
    task.getExecution().setVariable(VOTE_RESULT, result);
    if (VOTE_RESULT_PASSED.equals(result)) {
      LocalDate meeting = LocalDate.parse((String) task.getVariable(MEETING_DATE));
      task.getExecution()
          .setVariable(APPROVAL_WARN_AT, date(meeting.plusMonths(3).atTime(23, 59, 59)));
      task.getExecution()
          .setVariable(APPROVAL_BREACH_AT, date(meeting.plusMonths(6).atTime(23, 59, 59)));
      task.getExecution()
          .setVariable(PROBATION_ENDS_AT, date(meeting.plusMonths(12).atStartOfDay()));
    }
  }

  /** As recordConversionVoteDelegate: the result and the approval's due date. */
  private void countConversionVote(DelegateTask task) {
    task.getExecution().setVariable(VOTE_RESULT, voteResult(task));
    LocalDate meeting = LocalDate.parse((String) task.getVariable(MEETING_DATE));
    task.getExecution()
        .setVariable(CONVERSION_APPROVAL_DUE, date(meeting.plusMonths(3).atTime(23, 59, 59)));
  }

  /** As recordConversionApprovalDelegate: when approved, the outcome (and a new end). */
  private void carryOutConversion(DelegateTask task) {
    if (!APPROVAL_DECISION_APPROVED.equals(task.getVariable(APPROVAL_DECISION))) {
      return;
    }
    String decision = (String) task.getVariable(CONVERSION_DECISION);
    String outcome =
        switch (decision) {
          case CONVERSION_DECISION_CONVERT -> CONVERSION_OUTCOME_CONVERTED;
          case CONVERSION_DECISION_EXTEND -> CONVERSION_OUTCOME_EXTENDED;
          default -> CONVERSION_OUTCOME_CANCELLED;
        };
    task.getExecution().setVariable(CONVERSION_OUTCOME, outcome);
    if (CONVERSION_DECISION_EXTEND.equals(decision)) {
      Date endsAt = (Date) task.getVariable(PROBATION_ENDS_AT);
      long months = ((Number) task.getVariable(EXTENSION_MONTHS)).longValue();
      LocalDate newEnd =
          endsAt.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().plusMonths(months);
      task.getExecution().setVariable(PROBATION_ENDS_AT, date(newEnd.atStartOfDay()));
    }
  }

  /** More than half present, else no quorum; more than half of those entitled for, else lost. */
  private static String voteResult(DelegateTask task) {
    long entitled = ((Number) task.getVariable(ENTITLED_MEMBERS)).longValue();
    long present = ((Number) task.getVariable(PRESENT_MEMBERS)).longValue();
    long votesFor = ((Number) task.getVariable(VOTES_FOR)).longValue();
    if (present * 2 <= entitled) {
      return VOTE_RESULT_NO_QUORUM;
    }
    return votesFor * 2 > entitled ? VOTE_RESULT_PASSED : VOTE_RESULT_LOST;
  }

  static String onComplete(String bean, String task) {
    return bean + " on complete of " + task;
  }

  /** A task listener that notes the call, then does what the backend's bean would set. */
  private TaskListener recording(String bean, TaskListener then) {
    return (DelegateTask task) -> {
      calls.add(bean + " on " + task.getEventName() + " of " + task.getTaskDefinitionKey());
      then.notify(task);
    };
  }
}
