package cn.ronghe.membership;

import static cn.ronghe.membership.IntakeVariables.*;
import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;

import cn.ronghe.membership.IntakeRules.VoteCount;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of 发展党员 ({@code membershipIntake} and {@code membershipConversion}), one bean per
 * name of the contract ({@code MembershipIntakeVariables}), each reading the step's variables and
 * calling {@link IntakeService} or {@link AdmissionService}. The actor of a step is the task's
 * assignee. What a delegate sets goes on the task's execution, so it reaches the process scope
 * (and, in the conversion, the calling process through the call activity's out mapping). A refused
 * step throws: the task stays open and nothing changes.
 */
@Configuration
class IntakeDelegates {

  private final IntakeService intakes;
  private final AdmissionService admissions;

  IntakeDelegates(IntakeService intakes, AdmissionService admissions) {
    this.intakes = intakes;
    this.admissions = admissions;
  }

  // ---- stage 1 -------------------------------------------------------------------------------

  /** 递交入党申请书 (end of the start event): opens the intake case, or refuses the application. */
  @Bean(OPEN_INTAKE_DELEGATE)
  ExecutionListener openIntakeDelegate() {
    return execution -> {
      IntakeService.Opened opened =
          intakes.open(
              (String) execution.getVariable(APPLICANT),
              (String) execution.getVariable(BRANCH_CODE),
              execution.getProcessInstanceId(),
              date(execution, APPLICATION_DATE));
      execution.setVariable(INTAKE_ID, opened.intakeId());
      execution.setVariable(TALK_DUE, Date.from(opened.talkDueAt()));
    };
  }

  /** 指派谈话人: the talker must be a full member of the branch. */
  @Bean(ASSIGN_TALKER_DELEGATE)
  TaskListener assignTalkerDelegate() {
    return task -> {
      String talker = text(task, TALKER);
      intakes.assignTalker(intakeId(task), talker == null ? null : talker.strip());
    };
  }

  /** 与申请人谈话: keeps the talk's date and record. */
  @Bean(RECORD_TALK_DELEGATE)
  TaskListener recordTalkDelegate() {
    return task ->
        intakes.recordTalk(
            intakeId(task), task.getAssignee(), date(task, TALK_DATE), text(task, TALK_RECORD));
  }

  /** 确定入党积极分子: the branch committee's resolution, or not yet. */
  @Bean(RECORD_ACTIVIST_DECISION_DELEGATE)
  TaskListener recordActivistDecisionDelegate() {
    return task -> {
      boolean activist = ACTIVIST_DECISION_ACTIVIST.equals(task.getVariable(ACTIVIST_DECISION));
      intakes.decideActivist(
          intakeId(task),
          activist,
          activist ? text(task, RECOMMENDATION_TYPE) : null,
          activist ? date(task, RESOLUTION_DATE) : null);
    };
  }

  /** 报机关党委备案: the applicant becomes an activist in the registry. */
  @Bean(FILE_ACTIVIST_DELEGATE)
  TaskListener fileActivistDelegate() {
    return task ->
        intakes.fileActivist(intakeId(task), date(task, FILING_DATE), task.getAssignee());
  }

  // ---- stage 2 -------------------------------------------------------------------------------

  /** 指定培养联系人: one or two full members of the branch; sets {@code mentors}. */
  @Bean(ASSIGN_MENTORS_DELEGATE)
  TaskListener assignMentorsDelegate() {
    return task -> {
      List<String> mentors =
          intakes.assignMentors(
              intakeId(task), text(task, MENTOR_1), text(task, MENTOR_2), task.getAssignee());
      set(task, MENTORS, String.join(",", mentors));
    };
  }

  /** 半年考察. */
  @Bean(RECORD_ASSESSMENT_DELEGATE)
  TaskListener recordAssessmentDelegate() {
    return task ->
        intakes.assessActivist(
            intakeId(task),
            date(task, ASSESSMENT_DATE),
            text(task, ASSESSMENT_CONCLUSION),
            text(task, ASSESSMENT_RECORD),
            task.getAssignee());
  }

  // ---- stage 3 -------------------------------------------------------------------------------

  /**
   * 确定发展对象 (a year as activist, two assessments, 5 working days of notice), or 取消入党积极分子资格 for a
   * stated reason.
   */
  @Bean(DECIDE_DEVELOPMENT_TARGET_DELEGATE)
  TaskListener decideDevelopmentTargetDelegate() {
    return task -> {
      if (DEVELOPMENT_DECISION_DROP.equals(task.getVariable(DEVELOPMENT_DECISION))) {
        intakes.dropActivist(
            intakeId(task),
            date(task, TARGET_RESOLUTION_DATE),
            text(task, DROP_REASON),
            task.getAssignee());
        return;
      }
      intakes.decideDevelopmentTarget(
          intakeId(task),
          date(task, TARGET_RESOLUTION_DATE),
          text(task, OPINIONS_HEARD),
          date(task, NOTICE_START_DATE),
          date(task, NOTICE_END_DATE),
          text(task, NOTICE_RESULT));
    };
  }

  /** 发展对象报上级党委备案: registry → development target. */
  @Bean(FILE_DEVELOPMENT_TARGET_DELEGATE)
  TaskListener fileDevelopmentTargetDelegate() {
    return task ->
        intakes.fileDevelopmentTarget(
            intakeId(task), date(task, TARGET_FILING_DATE), task.getAssignee());
  }

  /** 确定入党介绍人: two different full members, not under 留党察看. */
  @Bean(NAME_INTRODUCERS_DELEGATE)
  TaskListener nameIntroducersDelegate() {
    return task ->
        intakes.nameIntroducers(
            intakeId(task), text(task, INTRODUCER_1), text(task, INTRODUCER_2), task.getAssignee());
  }

  /** 政治审查: a failed review closes the case. */
  @Bean(RECORD_POLITICAL_REVIEW_DELEGATE)
  TaskListener recordPoliticalReviewDelegate() {
    return task ->
        intakes.politicalReview(
            intakeId(task),
            date(task, POLITICAL_REVIEW_DATE),
            text(task, POLITICAL_REVIEW_RESULT),
            text(task, POLITICAL_REVIEW_CONCLUSION),
            task.getAssignee());
  }

  /** 集中培训: 3 days or 24 class hours. */
  @Bean(RECORD_TRAINING_DELEGATE)
  TaskListener recordTrainingDelegate() {
    return task ->
        intakes.shortTraining(
            intakeId(task),
            date(task, TRAINING_START_DATE),
            date(task, TRAINING_END_DATE),
            optionalCount(task, TRAINING_DAYS),
            optionalCount(task, TRAINING_HOURS),
            text(task, TRAINING_CERTIFICATE),
            task.getAssignee());
  }

  // ---- stage 4 -------------------------------------------------------------------------------

  /** 支委会审查. */
  @Bean(RECORD_COMMITTEE_REVIEW_DELEGATE)
  TaskListener recordCommitteeReviewDelegate() {
    return task ->
        admissions.reviewByBranchCommittee(
            intakeId(task),
            date(task, COMMITTEE_REVIEW_DATE),
            text(task, COMMITTEE_REVIEW_OPINION));
  }

  /** 预审: a pass needs the form number. */
  @Bean(RECORD_PRE_REVIEW_DELEGATE)
  TaskListener recordPreReviewDelegate() {
    return task ->
        admissions.preReview(
            intakeId(task),
            date(task, PRE_REVIEW_DATE),
            text(task, PRE_REVIEW_RESULT),
            text(task, APPLICATION_FORM_NUMBER),
            flag(task, LEAVING_SOON),
            text(task, PRE_REVIEW_COMMENT),
            task.getAssignee());
  }

  /** 填写入党志愿书. */
  @Bean(RECORD_APPLICATION_FORM_DELEGATE)
  TaskListener recordApplicationFormDelegate() {
    return task ->
        admissions.fillApplicationForm(
            intakeId(task), date(task, APPLICATION_FORM_DATE), text(task, INTRODUCER_OPINIONS));
  }

  /**
   * 支部大会讨论: sets {@code voteResult} and, when admitted, the approval's warning and breach and the
   * end of probation.
   */
  @Bean(RECORD_ADMISSION_VOTE_DELEGATE)
  TaskListener recordAdmissionVoteDelegate() {
    return task -> {
      AdmissionService.AdmissionVote vote =
          admissions.branchMeetingVote(
              intakeId(task),
              date(task, MEETING_DATE),
              voteCount(task),
              text(task, MEETING_RESOLUTION),
              task.getAssignee());
      set(task, VOTE_RESULT, vote.result());
      if (IntakeRules.PASSED.equals(vote.result())) {
        set(task, APPROVAL_WARN_AT, startOf(vote.approvalWarnOn()));
        set(task, APPROVAL_BREACH_AT, startOf(vote.approvalBreachOn()));
        set(task, PROBATION_ENDS_AT, startOf(vote.probationEnds()));
      }
    };
  }

  /** 上级党委派人谈话. */
  @Bean(RECORD_COMMITTEE_TALK_DELEGATE)
  TaskListener recordCommitteeTalkDelegate() {
    return task ->
        admissions.committeeTalk(
            intakeId(task),
            text(task, COMMITTEE_TALKER),
            date(task, COMMITTEE_TALK_DATE),
            text(task, COMMITTEE_TALK_RECORD));
  }

  /** 审批: approved → probationary from the meeting; not approved → rejected. */
  @Bean(RECORD_ADMISSION_APPROVAL_DELEGATE)
  TaskListener recordAdmissionApprovalDelegate() {
    return task ->
        admissions.approveAdmission(
            intakeId(task),
            date(task, APPROVAL_DATE),
            text(task, APPROVAL_DECISION),
            text(task, APPROVAL_COMMENT),
            task.getAssignee());
  }

  /** The approval is late: warned at 3 months, breached at 6, by the service task's id. */
  @Bean(APPROVAL_LATE_DELEGATE)
  JavaDelegate approvalLateDelegate() {
    return execution ->
        admissions.approvalLate(
            intakeId(execution),
            SERVICE_FLAG_APPROVAL_BREACH.equals(execution.getCurrentActivityId()));
  }

  /** 报组织部门备案. */
  @Bean(RECORD_ADMISSION_REPORT_DELEGATE)
  TaskListener recordAdmissionReportDelegate() {
    return task -> admissions.reportAdmission(intakeId(task), date(task, REPORT_DATE));
  }

  /** 编入党小组、入党宣誓. */
  @Bean(RECORD_OATH_DELEGATE)
  TaskListener recordOathDelegate() {
    return task ->
        admissions.takeOath(intakeId(task), text(task, PARTY_GROUP), date(task, OATH_DATE));
  }

  // ---- stage 5 -------------------------------------------------------------------------------

  /** 转正申请. */
  @Bean(RECORD_CONVERSION_REQUEST_DELEGATE)
  TaskListener recordConversionRequestDelegate() {
    return task ->
        admissions.requestConversion(
            intakeId(task), date(task, CONVERSION_REQUEST_DATE), text(task, CONVERSION_LETTER));
  }

  /** 支部大会讨论转正: sets {@code voteResult} and, when passed, {@code conversionApprovalDue}. */
  @Bean(RECORD_CONVERSION_VOTE_DELEGATE)
  TaskListener recordConversionVoteDelegate() {
    return task -> {
      String decision = text(task, CONVERSION_DECISION);
      AdmissionService.ConversionVote vote =
          admissions.conversionVote(
              intakeId(task),
              date(task, MEETING_DATE),
              voteCount(task),
              decision,
              CONVERSION_DECISION_EXTEND.equals(decision)
                  ? IntakeVariables.count(EXTENSION_MONTHS, task.getVariable(EXTENSION_MONTHS))
                  : null,
              text(task, MEETING_RESOLUTION),
              task.getAssignee());
      set(task, VOTE_RESULT, vote.result());
      if (vote.approvalDue() != null) {
        set(task, CONVERSION_APPROVAL_DUE, startOf(vote.approvalDue()));
      }
    };
  }

  /**
   * 转正审批: when approved carries out the decision and sets {@code conversionOutcome} (and a new
   * {@code probationEndsAt} when extended).
   */
  @Bean(RECORD_CONVERSION_APPROVAL_DELEGATE)
  TaskListener recordConversionApprovalDelegate() {
    return task -> {
      AdmissionService.ConversionDecision decision =
          admissions.approveConversion(
              intakeId(task),
              date(task, APPROVAL_DATE),
              text(task, APPROVAL_DECISION),
              text(task, APPROVAL_COMMENT),
              task.getAssignee());
      if (decision.outcome() != null) {
        set(task, CONVERSION_OUTCOME, decision.outcome());
        set(task, PROBATION_ENDS_AT, startOf(decision.probationEnds()));
      }
    };
  }

  /** 材料归档: closes the case. */
  @Bean(ARCHIVE_DOCUMENTS_DELEGATE)
  TaskListener archiveDocumentsDelegate() {
    return task ->
        admissions.archiveDocuments(
            intakeId(task), date(task, ARCHIVE_DATE), list(task, ARCHIVED_DOCUMENTS));
  }

  private static VoteCount voteCount(DelegateTask task) {
    return new VoteCount(
        count(task, ENTITLED_MEMBERS),
        count(task, PRESENT_MEMBERS),
        optionalCount(task, WRITTEN_VOTES),
        count(task, VOTES_FOR),
        count(task, VOTES_AGAINST),
        count(task, VOTES_ABSTAIN));
  }

  /** Sets the variable on the task's execution, so it reaches the process scope. */
  private static void set(DelegateTask task, String name, Object value) {
    task.getExecution().setVariable(name, value);
  }
}
