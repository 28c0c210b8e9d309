package cn.ronghe.membership;

import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;

import cn.ronghe.membership.IntakeRules.VoteCount;
import cn.ronghe.notify.NotificationService;
import cn.ronghe.org.MemberRegistry;
import cn.ronghe.org.MemberStatus;
import cn.ronghe.security.UserDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发展党员 stages 4 and 5 as the process drives them: 预备党员的接收 (the branch committee's review to the
 * oath) and 预备党员的教育考察和转正 (the conversion and the archive). Like {@link IntakeService}, each method
 * is one step: it checks its rules ({@link IntakeRules}), records the step and moves the member
 * registry, inside the engine's transaction.
 */
@Service
public class AdmissionService {

  static final String OUTCOME_VOTE_LOST = "vote-lost";
  static final String OUTCOME_NOT_APPROVED = "not-approved";
  static final String OUTCOME_CANCELLED = "cancelled";
  static final String OUTCOME_CONVERTED = "converted";

  /** 第二十五条: the Party committee approves within 3 months of the meeting, at most 6. */
  static final int APPROVAL_WARN_MONTHS = 3;

  static final int APPROVAL_BREACH_MONTHS = 6;

  /** Probation lasts a year from the branch meeting's admission. */
  static final int PROBATION_MONTHS = 12;

  /** The Party committee approves a conversion within 3 months. */
  static final int CONVERSION_APPROVAL_MONTHS = 3;

  private final IntakeMapper intakes;
  private final MemberRegistry registry;
  private final UserDirectory directory;
  private final NotificationService notifications;
  private final Clock clock;

  AdmissionService(
      IntakeMapper intakes,
      MemberRegistry registry,
      UserDirectory directory,
      NotificationService notifications,
      Clock clock) {
    this.intakes = intakes;
    this.registry = registry;
    this.directory = directory;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * What the admission vote gives the process: {@code result} is {@link IntakeRules#NO_QUORUM},
   * {@link IntakeRules#LOST} or {@link IntakeRules#PASSED}; the dates only when passed.
   */
  public record AdmissionVote(
      String result,
      LocalDate approvalWarnOn,
      LocalDate approvalBreachOn,
      LocalDate probationEnds) {}

  /** The conversion vote: its result and, when passed, when the approval is due. */
  public record ConversionVote(String result, LocalDate approvalDue) {}

  /**
   * The conversion approval: {@code outcome} converted, extended or cancelled (null when the
   * committee returned it), and the end of probation after it.
   */
  public record ConversionDecision(String outcome, LocalDate probationEnds) {}

  // ---- stage 4: 预备党员的接收 -----------------------------------------------------------------

  /** 支委会审查: after the short training, with the committee's collective opinion. */
  @Transactional
  public void reviewByBranchCommittee(long intakeId, LocalDate reviewDate, String opinion) {
    openCase(intakeId);
    LocalDate trained =
        intakes.selectTrainings(intakeId).stream()
            .map(IntakeTraining::endDate)
            .max(Comparator.naturalOrder())
            .orElseThrow(() -> IntakeRules.conflict("training-recorded", "尚未记录集中培训"));
    IntakeRules.dateBetween(
        "committee-review-date", "committeeReviewDate", "支委会审查日期", reviewDate, trained, today());
    String text =
        IntakeRules.required(
            "committee-review-opinion", "committeeReviewOpinion", "支委会审查意见", opinion);
    intakes.updateCommitteeReview(intakeId, reviewDate, text);
  }

  /**
   * 预审 (第二十一、二十三条): passed with the number of the application form issued, or returned to the
   * branch committee with a comment; whether the candidate leaves the court soon is kept.
   */
  @Transactional
  public void preReview(
      long intakeId,
      LocalDate preReviewDate,
      String result,
      String formNumber,
      boolean leavingSoon,
      String comment,
      String actor) {
    IntakeCase intake = openCase(intakeId);
    IntakeRules.dateBetween(
        "pre-review-date",
        "preReviewDate",
        "预审日期",
        preReviewDate,
        intake.committeeReviewDate(),
        today());
    String checked =
        IntakeRules.oneOf(
            "pre-review-result",
            "preReviewResult",
            "预审结果",
            result,
            PRE_REVIEW_PASSED,
            PRE_REVIEW_RETURNED);
    String number = IntakeService.blankToNull(formNumber);
    if (PRE_REVIEW_PASSED.equals(checked)) {
      IntakeRules.required(
          "application-form-number", "applicationFormNumber", "入党志愿书编号（预审合格后发放）", number);
      intakes.updatePreReview(intakeId, preReviewDate, number, leavingSoon);
    } else {
      IntakeRules.required("pre-review-comment", "preReviewComment", "退回意见", comment);
    }
    intakes.insertApproval(
        new IntakeApproval(
            null,
            intakeId,
            IntakeApproval.PRE_REVIEW,
            preReviewDate,
            checked,
            IntakeService.blankToNull(comment),
            actor,
            clock.instant()));
  }

  /** 填写入党志愿书: after the pre-review, with the introducers' opinions. */
  @Transactional
  public void fillApplicationForm(long intakeId, LocalDate formDate, String introducerOpinions) {
    IntakeCase intake = openCase(intakeId);
    IntakeRules.dateBetween(
        "application-form-date",
        "applicationFormDate",
        "填写日期",
        formDate,
        intake.preReviewDate(),
        today());
    String text =
        IntakeRules.required(
            "introducer-opinions", "introducerOpinions", "入党介绍人意见", introducerOpinions);
    intakes.updateApplicationForm(intakeId, formDate, text);
  }

  /**
   * 支部大会讨论 (第十八、十九、二十二条): the numbers agree; the political review was passed and the training ended
   * by the meeting; without a quorum the vote is kept and taken again; lost closes the case
   * (rejected); passed starts the approval's clock and the year of probation.
   */
  @Transactional
  public AdmissionVote branchMeetingVote(
      long intakeId, LocalDate meetingDate, VoteCount count, String resolution, String actor) {
    IntakeCase intake = openCase(intakeId);
    IntakeRules.voteNumbers(count);
    IntakeRules.dateBetween(
        "meeting-date",
        "meetingDate",
        "支部大会日期",
        meetingDate,
        intake.applicationFormDate(),
        today());
    boolean reviewed =
        intakes.selectPoliticalReviews(intakeId).stream()
            .anyMatch(
                r ->
                    POLITICAL_REVIEW_PASSED.equals(r.result())
                        && !r.reviewedOn().isAfter(meetingDate));
    boolean trained =
        intakes.selectTrainings(intakeId).stream().anyMatch(t -> !t.endDate().isAfter(meetingDate));
    if (!reviewed || !trained) {
      throw IntakeRules.refused(
          "review-and-training-before-meeting",
          "meetingDate",
          (reviewed ? "" : "支部大会（" + meetingDate + "）前尚无合格的政治审查结论。")
              + (trained ? "" : "支部大会（" + meetingDate + "）前尚未完成集中培训。")
              + "依据"
              + IntakeRules.ARTICLES
              + "第十六、十七条：未经政治审查或政治审查不合格的、未经培训的，不能发展入党");
    }
    String result = IntakeRules.voteResult(count);
    intakes.insertVote(
        vote(
            intakeId,
            IntakeVote.ADMISSION,
            meetingDate,
            count,
            result,
            null,
            null,
            resolution,
            actor));
    switch (result) {
      case IntakeRules.PASSED -> {
        LocalDate probationEnds = meetingDate.plusMonths(PROBATION_MONTHS);
        intakes.updateAdmissionMeeting(intakeId, meetingDate, probationEnds);
        return new AdmissionVote(
            result,
            meetingDate.plusMonths(APPROVAL_WARN_MONTHS),
            meetingDate.plusMonths(APPROVAL_BREACH_MONTHS),
            probationEnds);
      }
      case IntakeRules.LOST -> {
        intakes.close(intakeId, OUTCOME_VOTE_LOST, clock.instant());
        registry.change(
            intake.personId(),
            MemberStatus.REJECTED,
            meetingDate,
            TASK_BRANCH_MEETING_VOTE,
            "支部大会讨论",
            intakeId,
            actor);
        return new AdmissionVote(result, null, null, null);
      }
      default -> {
        return new AdmissionVote(result, null, null, null);
      }
    }
  }

  /** 上级党委派人谈话: by an existing user, after the meeting, with its record. */
  @Transactional
  public void committeeTalk(long intakeId, String talker, LocalDate talkDate, String record) {
    IntakeCase intake = admitted(intakeId);
    String who = IntakeService.blankToNull(talker);
    if (who == null || directory.user(who).isEmpty()) {
      throw IntakeRules.refused("committee-talker", "committeeTalker", "请选择进行谈话的党委委员或组织员");
    }
    IntakeRules.dateBetween(
        "committee-talk-date",
        "committeeTalkDate",
        "谈话日期",
        talkDate,
        intake.admissionMeetingDate(),
        today());
    String text =
        IntakeRules.required("committee-talk-record", "committeeTalkRecord", "谈话记录", record);
    intakes.insertTalk(
        new IntakeTalk(null, intakeId, IntakeTalk.COMMITTEE, who, talkDate, text, clock.instant()));
  }

  /**
   * 审批 (第二十五、二十七条): approved makes a probationary member from the meeting's date, the probation
   * counted from it; not approved closes the case (rejected).
   */
  @Transactional
  public void approveAdmission(
      long intakeId, LocalDate approvalDate, String decision, String comment, String actor) {
    IntakeCase intake = admitted(intakeId);
    IntakeRules.dateBetween(
        "approval-date",
        "approvalDate",
        "审批日期",
        approvalDate,
        intake.admissionMeetingDate(),
        today());
    String checked = approvalDecision(decision);
    intakes.insertApproval(
        new IntakeApproval(
            null,
            intakeId,
            IntakeApproval.ADMISSION,
            approvalDate,
            checked,
            IntakeService.blankToNull(comment),
            actor,
            clock.instant()));
    if (APPROVAL_DECISION_APPROVED.equals(checked)) {
      intakes.updateAdmissionApproved(intakeId, IntakeStage.PROBATIONARY.code(), approvalDate);
      registry.change(
          intake.personId(),
          MemberStatus.PROBATIONARY,
          intake.admissionMeetingDate(),
          TASK_APPROVE_ADMISSION,
          "上级党委审批",
          intakeId,
          actor);
    } else {
      intakes.close(intakeId, OUTCOME_NOT_APPROVED, clock.instant());
      registry.change(
          intake.personId(),
          MemberStatus.REJECTED,
          approvalDate,
          TASK_APPROVE_ADMISSION,
          "上级党委审批",
          intakeId,
          actor);
    }
  }

  /**
   * The approval is late: 3 months after the meeting (warned) or 6 (breached, 第二十五条). Marks the
   * case and tells every member of the Party committee, once per case and mark.
   */
  @Transactional
  public void approvalLate(long intakeId, boolean breached) {
    IntakeCase intake = intakes.selectById(intakeId);
    if (intake == null || !IntakeCase.OPEN.equals(intake.state())) {
      return;
    }
    int months = breached ? APPROVAL_BREACH_MONTHS : APPROVAL_WARN_MONTHS;
    if (breached) {
      intakes.updateApprovalBreached(intakeId, clock.instant());
    } else {
      intakes.updateApprovalWarned(intakeId, clock.instant());
    }
    String name =
        directory.user(intake.applicant()).map(u -> u.displayName()).orElse(intake.applicant());
    String title = "发展对象 " + name + " 支部大会通过 " + months + " 个月仍未审批";
    String body =
        "支部大会于 "
            + intake.admissionMeetingDate()
            + " 讨论通过接收 "
            + name
            + " 为预备党员，上级党委至今未审批。"
            + (breached
                ? "已超过" + IntakeRules.ARTICLES + "第二十五条规定的最长六个月期限。"
                : "依据" + IntakeRules.ARTICLES + "第二十五条，应在三个月内审批。");
    String mark = breached ? "breach" : "warn";
    for (String member : directory.members(ROLE_PARTY_COMMITTEE)) {
      notifications.notify(
          member,
          "intake.approval-late",
          title,
          body,
          "/intakes/" + intakeId,
          null,
          "intake.approval-late:" + intakeId + ":" + mark + ":" + member);
    }
  }

  /** 报县级党委组织部门备案: after the approval. */
  @Transactional
  public void reportAdmission(long intakeId, LocalDate reportDate) {
    IntakeCase intake = approved(intakeId);
    IntakeRules.dateBetween(
        "report-date", "reportDate", "备案日期", reportDate, intake.admissionApprovedDate(), today());
    intakes.updateAdmissionReported(intakeId, reportDate);
  }

  /** 编入党小组、入党宣誓: the Party group joined, the oath after the approval. */
  @Transactional
  public void takeOath(long intakeId, String partyGroup, LocalDate oathDate) {
    IntakeCase intake = approved(intakeId);
    String group = IntakeRules.required("party-group", "partyGroup", "编入的党小组", partyGroup);
    IntakeRules.dateBetween(
        "oath-date", "oathDate", "入党宣誓日期", oathDate, intake.admissionApprovedDate(), today());
    intakes.updateOath(intakeId, group, oathDate);
  }

  // ---- stage 5: 预备党员的教育考察和转正 ---------------------------------------------------------

  /** 转正申请: the probationary member's letter, after the oath. */
  @Transactional
  public void requestConversion(long intakeId, LocalDate requestDate, String letter) {
    IntakeCase intake = approved(intakeId);
    LocalDate since =
        intake.oathDate() != null ? intake.oathDate() : intake.admissionApprovedDate();
    IntakeRules.dateBetween(
        "conversion-request-date", "conversionRequestDate", "申请日期", requestDate, since, today());
    String text = IntakeRules.required("conversion-letter", "conversionLetter", "转正申请", letter);
    intakes.updateConversionRequest(intakeId, requestDate, text);
  }

  /**
   * 支部大会讨论转正 (第二十九、三十条): the numbers as for the admission; convert, extend (6 to 12 months) or
   * cancel; without a quorum or not passed the meeting is kept and held again.
   */
  @Transactional
  public ConversionVote conversionVote(
      long intakeId,
      LocalDate meetingDate,
      VoteCount count,
      String decision,
      Long extensionMonths,
      String resolution,
      String actor) {
    IntakeCase intake = approved(intakeId);
    IntakeRules.voteNumbers(count);
    LocalDate since =
        intake.conversionRequestedDate() != null
            ? intake.conversionRequestedDate()
            : intake.admissionApprovedDate();
    IntakeRules.dateBetween("meeting-date", "meetingDate", "支部大会日期", meetingDate, since, today());
    String checked =
        IntakeRules.oneOf(
            "conversion-decision",
            "conversionDecision",
            "支部大会决定",
            decision,
            CONVERSION_DECISION_CONVERT,
            CONVERSION_DECISION_EXTEND,
            CONVERSION_DECISION_CANCEL);
    Integer months = null;
    if (CONVERSION_DECISION_EXTEND.equals(checked)) {
      if (extensionMonths == null) {
        throw IntakeRules.refused("extension-months", "extensionMonths", "请填写延长预备期的月数（6 至 12 个月）");
      }
      IntakeRules.extensionMonths(extensionMonths);
      months = extensionMonths.intValue();
    }
    String result = IntakeRules.voteResult(count);
    intakes.insertVote(
        vote(
            intakeId,
            IntakeVote.CONVERSION,
            meetingDate,
            count,
            result,
            checked,
            months,
            resolution,
            actor));
    return new ConversionVote(
        result,
        IntakeRules.PASSED.equals(result)
            ? meetingDate.plusMonths(CONVERSION_APPROVAL_MONTHS)
            : null);
  }

  /**
   * 转正审批: approved carries out the branch's decision: a full member from the end of probation,
   * probation extended, or probationary membership cancelled (the case closes); returned leaves
   * only the record, and the branch meeting votes again.
   */
  @Transactional
  public ConversionDecision approveConversion(
      long intakeId, LocalDate approvalDate, String decision, String comment, String actor) {
    IntakeCase intake = approved(intakeId);
    IntakeVote vote =
        intakes.selectVotes(intakeId).stream()
            .filter(v -> IntakeVote.CONVERSION.equals(v.kind()))
            .reduce((first, second) -> second)
            .filter(v -> IntakeRules.PASSED.equals(v.result()))
            .orElseThrow(() -> IntakeRules.conflict("conversion-voted", "支部大会尚未通过转正决定"));
    IntakeRules.dateBetween(
        "approval-date", "approvalDate", "审批日期", approvalDate, vote.meetingDate(), today());
    String checked = approvalDecision(decision);
    intakes.insertApproval(
        new IntakeApproval(
            null,
            intakeId,
            IntakeApproval.CONVERSION,
            approvalDate,
            checked,
            IntakeService.blankToNull(comment),
            actor,
            clock.instant()));
    if (!APPROVAL_DECISION_APPROVED.equals(checked)) {
      return new ConversionDecision(null, intake.probationEnds());
    }
    switch (vote.decision()) {
      case CONVERSION_DECISION_CONVERT -> {
        intakes.updateConverted(intakeId, IntakeStage.FULL.code(), intake.probationEnds());
        registry.change(
            intake.personId(),
            MemberStatus.FULL,
            intake.probationEnds(),
            TASK_APPROVE_CONVERSION,
            "预备党员转正审批",
            intakeId,
            actor);
        return new ConversionDecision(CONVERSION_OUTCOME_CONVERTED, intake.probationEnds());
      }
      case CONVERSION_DECISION_EXTEND -> {
        LocalDate ends = intake.probationEnds().plusMonths(vote.extensionMonths());
        intakes.updateProbationEnds(intakeId, ends);
        return new ConversionDecision(CONVERSION_OUTCOME_EXTENDED, ends);
      }
      default -> {
        intakes.close(intakeId, OUTCOME_CANCELLED, clock.instant());
        registry.change(
            intake.personId(),
            MemberStatus.CANCELLED,
            approvalDate,
            TASK_APPROVE_CONVERSION,
            "预备党员转正审批",
            intakeId,
            actor);
        return new ConversionDecision(CONVERSION_OUTCOME_CANCELLED, intake.probationEnds());
      }
    }
  }

  /** 材料归档: after the conversion, at least one document; closes the case. */
  @Transactional
  public void archiveDocuments(long intakeId, LocalDate archiveDate, List<String> documents) {
    IntakeCase intake = openCase(intakeId);
    if (intake.convertedOn() == null) {
      throw IntakeRules.conflict("converted", "尚未转为正式党员，不能归档");
    }
    IntakeRules.dateBetween(
        "archive-date", "archiveDate", "归档日期", archiveDate, intake.convertedOn(), today());
    if (documents == null || documents.isEmpty()) {
      throw IntakeRules.refused("archived-documents", "archivedDocuments", "请勾选归档的材料，至少一项");
    }
    String joined = String.join(",", documents);
    if (joined.length() > 1000) {
      throw IntakeRules.refused("archived-documents", "archivedDocuments", "归档材料清单过长");
    }
    intakes.updateArchived(intakeId, archiveDate, joined);
    intakes.close(intakeId, OUTCOME_CONVERTED, clock.instant());
  }

  private static String approvalDecision(String decision) {
    return IntakeRules.oneOf(
        "approval-decision",
        "approvalDecision",
        "审批结果",
        decision,
        APPROVAL_DECISION_APPROVED,
        APPROVAL_DECISION_REJECTED);
  }

  private IntakeVote vote(
      long intakeId,
      String kind,
      LocalDate meetingDate,
      VoteCount c,
      String result,
      String decision,
      Integer extensionMonths,
      String resolution,
      String actor) {
    return new IntakeVote(
        null,
        intakeId,
        kind,
        meetingDate,
        (int) c.entitled(),
        (int) c.present(),
        (int) c.votesFor(),
        (int) c.against(),
        (int) c.abstain(),
        (int) c.written(),
        result,
        decision,
        extensionMonths,
        IntakeService.blankToNull(resolution),
        actor,
        clock.instant());
  }

  /** The open case after the branch meeting admitted. */
  private IntakeCase admitted(long intakeId) {
    IntakeCase intake = openCase(intakeId);
    if (intake.admissionMeetingDate() == null) {
      throw IntakeRules.conflict("admission-voted", "支部大会尚未讨论通过接收其为预备党员");
    }
    return intake;
  }

  /** The open case after the Party committee approved the admission. */
  private IntakeCase approved(long intakeId) {
    IntakeCase intake = openCase(intakeId);
    if (intake.admissionApprovedDate() == null) {
      throw IntakeRules.conflict("admission-approved", "上级党委尚未审批接收其为预备党员");
    }
    return intake;
  }

  private IntakeCase openCase(long intakeId) {
    IntakeCase intake = intakes.selectById(intakeId);
    if (intake == null || !IntakeCase.OPEN.equals(intake.state())) {
      throw IntakeRules.conflict("intake-open", "该入党申请已办结或不存在: " + intakeId);
    }
    return intake;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
