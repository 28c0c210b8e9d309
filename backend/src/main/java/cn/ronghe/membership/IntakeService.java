package cn.ronghe.membership;

import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;

import cn.ronghe.calendar.Deadlines;
import cn.ronghe.calendar.WorkingDayCalendar;
import cn.ronghe.org.MemberRegistry;
import cn.ronghe.org.MemberStatus;
import cn.ronghe.org.Person;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ClockConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发展党员 as the process drives it: each method is one step, checks its rules ({@link IntakeRules}),
 * records the step in our tables and moves the member registry. Called by the process's delegates
 * inside the engine's transaction, so a refused step changes nothing.
 */
@Service
public class IntakeService {

  /** The rules a new case follows: 《中国共产党发展党员工作细则》 (2014). */
  static final String RULE_SET = "2014";

  static final String OUTCOME_NOT_ACTIVIST = "not-activist";
  static final String OUTCOME_POLITICAL_REVIEW_FAILED = "political-review-failed";
  static final String OUTCOME_ACTIVIST_DROPPED = "activist-dropped";

  private final IntakeMapper intakes;
  private final MemberRegistry registry;
  private final UserDirectory directory;
  private final Deadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  IntakeService(
      IntakeMapper intakes,
      MemberRegistry registry,
      UserDirectory directory,
      Deadlines deadlines,
      WorkingDayCalendar calendar,
      Clock clock) {
    this.intakes = intakes;
    this.registry = registry;
    this.directory = directory;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** What opening a case gives the process: the case, and when the talk is due. */
  public record Opened(long intakeId, Instant talkDueAt) {}

  /**
   * 递交入党申请书: the applicant is of age on the application date, has no open intake and is not already
   * a member; the talk is due one calendar month after the application (第七条).
   */
  @Transactional
  public Opened open(
      String applicant, String branchCode, String processInstanceId, LocalDate applicationDate) {
    long personId =
        directory
            .personOf(applicant)
            .orElseThrow(
                () -> IntakeRules.conflict("applicant-person", "您的账号没有关联人员档案，无法提交入党申请，请联系机关党委"));
    Person person = registry.lockedPerson(personId).orElseThrow();
    if (branchCode == null) {
      throw IntakeRules.conflict("applicant-branch", "您尚未编入党支部，无法提交入党申请，请联系机关党委");
    }
    IntakeRules.dateBetween(
        "application-date", "applicationDate", "申请日期", applicationDate, null, today());
    IntakeRules.applicantOfAge(person.birthDate(), applicationDate);
    if (intakes.selectOpenByPerson(personId) != null) {
      throw IntakeRules.conflict("one-open-intake", "您已有一份正在办理的入党申请，一人同时只能有一份");
    }
    MemberStatus status = registry.statusOf(person);
    if (!Set.of(
            MemberStatus.NONE,
            MemberStatus.APPLICANT,
            MemberStatus.REJECTED,
            MemberStatus.CANCELLED)
        .contains(status)) {
      throw IntakeRules.conflict("already-in-intake", "您在党员名册中已是" + status.label() + "，不能再提交入党申请");
    }
    Instant talkDueAt =
        deadlines.calendarMonths(applicationDate.atStartOfDay(ClockConfig.ZONE).toInstant(), 1);
    IntakeCase intake =
        new IntakeCase(
            null,
            personId,
            applicant,
            branchCode,
            RULE_SET,
            IntakeStage.APPLICANT.code(),
            IntakeCase.OPEN,
            processInstanceId,
            applicationDate,
            talkDueAt.atZone(ClockConfig.ZONE).toLocalDate(),
            null,
            null,
            null,
            null,
            null,
            clock.instant(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    intakes.insert(intake);
    long id = intakes.selectOpenByPerson(personId).id();
    registry.change(
        personId,
        MemberStatus.APPLICANT,
        applicationDate,
        "applicationSubmitted",
        "递交入党申请书",
        id,
        applicant);
    return new Opened(id, talkDueAt);
  }

  /** 派人谈话: the branch names a full member of the branch, not the applicant, to talk. */
  @Transactional
  public void assignTalker(long intakeId, String talker) {
    IntakeCase intake = openCase(intakeId);
    boolean fullMemberOfBranch =
        talker != null
            && !talker.equals(intake.applicant())
            && directory.branchOf(talker).filter(intake.branchCode()::equals).isPresent()
            && directory
                .personOf(talker)
                .flatMap(registry::person)
                .map(p -> registry.statusOf(p) == MemberStatus.FULL)
                .orElse(false);
    if (!fullMemberOfBranch) {
      throw IntakeRules.refused(
          "talker-full-member", "talker", "谈话人须为本支部的正式党员（《中国共产党发展党员工作细则》第七条：党组织派人同入党申请人谈话）");
    }
    intakes.updateTalker(intakeId, talker);
  }

  /** The talk with the applicant: held on or after the application, not in the future. */
  @Transactional
  public void recordTalk(long intakeId, String talker, LocalDate talkDate, String record) {
    IntakeCase intake = openCase(intakeId);
    IntakeRules.dateBetween(
        "talk-date", "talkDate", "谈话日期", talkDate, intake.applicationDate(), today());
    intakes.insertTalk(
        new IntakeTalk(
            null,
            intakeId,
            IntakeTalk.WITH_APPLICANT,
            talker,
            talkDate,
            record.strip(),
            clock.instant()));
  }

  /**
   * 确定入党积极分子 (第八条): on a recommendation, by the branch committee's resolution, after the talk; or
   * not yet, which closes the case and leaves the person an applicant.
   */
  @Transactional
  public void decideActivist(
      long intakeId, boolean activist, String recommendationType, LocalDate resolutionDate) {
    IntakeCase intake = openCase(intakeId);
    if (!activist) {
      intakes.close(intakeId, OUTCOME_NOT_ACTIVIST, clock.instant());
      return;
    }
    LocalDate talked =
        intakes.selectTalks(intakeId).stream()
            .map(IntakeTalk::talkDate)
            .max(LocalDate::compareTo)
            .orElse(intake.applicationDate());
    IntakeRules.dateBetween(
        "activist-resolution-date", "resolutionDate", "支委会决议日期", resolutionDate, talked, today());
    intakes.updateActivist(intakeId, recommendationType, resolutionDate);
  }

  /** 报上级党委备案: the applicant becomes an activist from the date of the resolution. */
  @Transactional
  public void fileActivist(long intakeId, LocalDate filingDate, String actor) {
    IntakeCase intake = openCase(intakeId);
    IntakeRules.dateBetween(
        "filing-date", "filingDate", "备案日期", filingDate, intake.activistResolutionDate(), today());
    intakes.updateFiled(intakeId, IntakeStage.ACTIVIST.code(), filingDate);
    registry.change(
        intake.personId(),
        MemberStatus.ACTIVIST,
        intake.activistResolutionDate(),
        "fileActivist",
        "报上级党委备案",
        intakeId,
        actor);
  }

  // ---- stage 2: 入党积极分子的培养教育 -----------------------------------------------------------

  /**
   * 指定培养联系人 (第九条): one or two full members of the applicant's branch, not the applicant, not the
   * same person twice; returns the mentors' user ids.
   */
  @Transactional
  public List<String> assignMentors(long intakeId, String mentor1, String mentor2, String actor) {
    IntakeCase intake = openCase(intakeId);
    String first = blankToNull(mentor1);
    String second = blankToNull(mentor2);
    if (first == null) {
      throw IntakeRules.refused("mentor-full-member", "mentor1", "请指定培养联系人");
    }
    if (first.equals(second)) {
      throw IntakeRules.refused("mentors-distinct", "mentor2", "两名培养联系人不能是同一人");
    }
    List<String> mentors = second == null ? List.of(first) : List.of(first, second);
    for (int i = 0; i < mentors.size(); i++) {
      if (!fullMemberOfBranch(mentors.get(i), intake)) {
        throw IntakeRules.refused(
            "mentor-full-member",
            i == 0 ? "mentor1" : "mentor2",
            "培养联系人须为本支部的正式党员，且不能是申请人本人（"
                + IntakeRules.ARTICLES
                + "第九条：党组织应当指定一至两名正式党员作为入党积极分子的培养联系人）");
      }
    }
    for (String mentor : mentors) {
      intakes.insertMentor(new IntakeMentor(null, intakeId, mentor, today(), actor));
    }
    return mentors;
  }

  /** 半年考察: dated from the mentors' assignment to today, good / fair / poor, with its record. */
  @Transactional
  public void assessActivist(
      long intakeId, LocalDate assessedOn, String conclusion, String record, String assessor) {
    openCase(intakeId);
    LocalDate assigned =
        intakes.selectMentors(intakeId).stream()
            .map(IntakeMentor::assignedOn)
            .min(LocalDate::compareTo)
            .orElseThrow(() -> IntakeRules.conflict("mentors-assigned", "尚未指定培养联系人，不能记录考察"));
    IntakeRules.dateBetween(
        "assessment-date", "assessmentDate", "考察日期", assessedOn, assigned, today());
    String checked =
        IntakeRules.oneOf(
            "assessment-conclusion",
            "assessmentConclusion",
            "考察结论",
            conclusion,
            ASSESSMENT_CONCLUSION_GOOD,
            ASSESSMENT_CONCLUSION_FAIR,
            ASSESSMENT_CONCLUSION_POOR);
    String text = IntakeRules.required("assessment-record", "assessmentRecord", "考察记录", record);
    intakes.insertAssessment(
        new IntakeAssessment(null, intakeId, assessedOn, assessor, checked, text, clock.instant()));
  }

  // ---- stage 3: 发展对象的确定和考察 -------------------------------------------------------------

  /**
   * 确定发展对象 (第十三条): a year or more as an activist, two half-year assessments, and a public notice of
   * at least 5 working days after the resolution, ended by today.
   */
  @Transactional
  public void decideDevelopmentTarget(
      long intakeId,
      LocalDate resolutionDate,
      String opinionsHeard,
      LocalDate noticeStart,
      LocalDate noticeEnd,
      String noticeResult) {
    IntakeCase intake = openCase(intakeId);
    if (intake.activistResolutionDate() == null || intake.activistFiledDate() == null) {
      throw IntakeRules.conflict("activist-filed", "申请人尚未确定为入党积极分子并备案");
    }
    IntakeRules.dateBetween(
        "target-resolution-date",
        "targetResolutionDate",
        "支委会决议日期",
        resolutionDate,
        intake.activistResolutionDate(),
        today());
    IntakeRules.activistOneYear(intake.activistResolutionDate(), resolutionDate);
    IntakeRules.twoAssessments(intakes.selectAssessments(intakeId).size());
    IntakeRules.dateBetween(
        "notice-dates", "noticeStartDate", "公示开始日期", noticeStart, resolutionDate, today());
    IntakeRules.dateBetween(
        "notice-dates", "noticeEndDate", "公示结束日期", noticeEnd, noticeStart, today());
    checkNotice(noticeStart, noticeEnd);
    intakes.updateDevelopmentTarget(
        intakeId,
        resolutionDate,
        noticeStart,
        noticeEnd,
        blankToNull(opinionsHeard),
        blankToNull(noticeResult));
  }

  /**
   * 取消入党积极分子资格: the branch committee finds the activist no longer fit, for a stated reason. The
   * intake ends; the person is {@code rejected} in the registry from the decision and may apply
   * again.
   */
  @Transactional
  public void dropActivist(long intakeId, LocalDate decisionDate, String reason, String actor) {
    IntakeCase intake = openCase(intakeId);
    if (intake.activistResolutionDate() == null || intake.activistFiledDate() == null) {
      throw IntakeRules.conflict("activist-filed", "申请人尚未确定为入党积极分子并备案");
    }
    IntakeRules.dateBetween(
        "target-resolution-date",
        "targetResolutionDate",
        "支委会决议日期",
        decisionDate,
        intake.activistResolutionDate(),
        today());
    IntakeRules.required("drop-reason", "dropReason", "取消入党积极分子资格的理由", reason);
    intakes.close(intakeId, OUTCOME_ACTIVIST_DROPPED, clock.instant());
    registry.change(
        intake.personId(),
        MemberStatus.REJECTED,
        decisionDate,
        TASK_DECIDE_DEVELOPMENT_TARGET,
        "取消入党积极分子资格",
        intakeId,
        actor);
  }

  /**
   * The notice lasts at least 5 working days from its first day to its last, both counted, by the
   * working-day calendar (holidays off, make-up workdays on).
   */
  void checkNotice(LocalDate start, LocalDate end) {
    int workingDays =
        (calendar.isWorkingDay(start) ? 1 : 0) + calendar.workingDaysBetween(start, end);
    IntakeRules.noticeLongEnough(start, end, workingDays);
  }

  /** 报上级党委备案: the activist is a development target from the branch committee's resolution. */
  @Transactional
  public void fileDevelopmentTarget(long intakeId, LocalDate filingDate, String actor) {
    IntakeCase intake = openCase(intakeId);
    if (intake.developmentResolutionDate() == null) {
      throw IntakeRules.conflict("target-decided", "支部委员会尚未确定其为发展对象");
    }
    IntakeRules.dateBetween(
        "target-filing-date", "targetFilingDate", "备案日期", filingDate, intake.noticeEnd(), today());
    intakes.updateDevelopmentFiled(intakeId, IntakeStage.DEVELOPMENT_TARGET.code(), filingDate);
    registry.change(
        intake.personId(),
        MemberStatus.DEVELOPMENT_TARGET,
        intake.developmentResolutionDate(),
        TASK_FILE_DEVELOPMENT_TARGET,
        "发展对象报上级党委备案",
        intakeId,
        actor);
  }

  /**
   * 确定入党介绍人 (第十四条): exactly two different full members, neither the development target, neither
   * under 留党察看.
   */
  @Transactional
  public void nameIntroducers(long intakeId, String introducer1, String introducer2, String actor) {
    IntakeCase intake = openCase(intakeId);
    String first = blankToNull(introducer1);
    String second = blankToNull(introducer2);
    String two = "须有两名不同的入党介绍人（" + IntakeRules.ARTICLES + "第十四条：发展党员，必须有两名正式党员作介绍人）";
    if (first == null) {
      throw IntakeRules.refused("introducers-two", "introducer1", two);
    }
    if (second == null || second.equals(first)) {
      throw IntakeRules.refused("introducers-two", "introducer2", two);
    }
    LocalDate today = today();
    String[] fields = {"introducer1", "introducer2"};
    String[] introducers = {first, second};
    for (int i = 0; i < 2; i++) {
      Long personId = fullMember(introducers[i], intake);
      if (personId == null) {
        throw IntakeRules.refused(
            "introducer-full-member",
            fields[i],
            "入党介绍人须为正式党员，且不能是发展对象本人（" + IntakeRules.ARTICLES + "第十四条：预备党员不能作入党介绍人）");
      }
      if (registry.underSanction(personId, MemberRegistry.SANCTION_PROBATION, today)) {
        throw IntakeRules.refused(
            "introducer-not-sanctioned",
            fields[i],
            "该党员正在受留党察看处分，不能作入党介绍人（" + IntakeRules.ARTICLES + "第十四条；受留党察看处分的党员没有表决权、选举权和被选举权）");
      }
    }
    for (String introducer : introducers) {
      intakes.insertIntroducer(new IntakeIntroducer(null, intakeId, introducer, today, actor));
    }
  }

  /**
   * 政治审查 (第十五、十六条): after the filing, passed or failed with a written conclusion; a failed review
   * closes the case and the person is not admitted.
   */
  @Transactional
  public void politicalReview(
      long intakeId, LocalDate reviewedOn, String result, String conclusion, String actor) {
    IntakeCase intake = openCase(intakeId);
    IntakeRules.dateBetween(
        "political-review-date",
        "politicalReviewDate",
        "政治审查日期",
        reviewedOn,
        intake.developmentFiledDate(),
        today());
    String checked =
        IntakeRules.oneOf(
            "political-review-result",
            "politicalReviewResult",
            "政治审查结论",
            result,
            POLITICAL_REVIEW_PASSED,
            POLITICAL_REVIEW_FAILED);
    String text =
        IntakeRules.required(
            "political-review-conclusion", "politicalReviewConclusion", "政审结论", conclusion);
    intakes.insertPoliticalReview(
        new IntakePoliticalReview(
            null, intakeId, reviewedOn, checked, text, actor, clock.instant()));
    if (POLITICAL_REVIEW_FAILED.equals(checked)) {
      intakes.close(intakeId, OUTCOME_POLITICAL_REVIEW_FAILED, clock.instant());
      registry.change(
          intake.personId(),
          MemberStatus.REJECTED,
          reviewedOn,
          TASK_POLITICAL_REVIEW,
          "政治审查",
          intakeId,
          actor);
    }
  }

  /** 集中培训 (第十七条): at least 3 days or 24 class hours, ended by today. */
  @Transactional
  public void shortTraining(
      long intakeId,
      LocalDate start,
      LocalDate end,
      long days,
      long hours,
      String certificate,
      String actor) {
    openCase(intakeId);
    IntakeRules.dateBetween("training-dates", "trainingStartDate", "培训开始日期", start, null, today());
    IntakeRules.dateBetween("training-dates", "trainingEndDate", "培训结束日期", end, start, today());
    IntakeRules.trainingLength(start, end, days, hours);
    intakes.insertTraining(
        new IntakeTraining(
            null,
            intakeId,
            start,
            end,
            (int) days,
            (int) Math.min(hours, Integer.MAX_VALUE),
            blankToNull(certificate),
            actor,
            clock.instant()));
  }

  // ---- reading ---------------------------------------------------------------------------------

  public Optional<IntakeCase> intake(long intakeId) {
    return Optional.ofNullable(intakes.selectById(intakeId));
  }

  public List<IntakeTalk> talks(long intakeId) {
    return intakes.selectTalks(intakeId);
  }

  public List<IntakeMentor> mentors(long intakeId) {
    return intakes.selectMentors(intakeId);
  }

  public List<IntakeAssessment> assessments(long intakeId) {
    return intakes.selectAssessments(intakeId);
  }

  public List<IntakeIntroducer> introducers(long intakeId) {
    return intakes.selectIntroducers(intakeId);
  }

  public List<IntakePoliticalReview> politicalReviews(long intakeId) {
    return intakes.selectPoliticalReviews(intakeId);
  }

  public List<IntakeTraining> trainings(long intakeId) {
    return intakes.selectTrainings(intakeId);
  }

  public List<IntakeVote> votes(long intakeId) {
    return intakes.selectVotes(intakeId);
  }

  public List<IntakeApproval> approvals(long intakeId) {
    return intakes.selectApprovals(intakeId);
  }

  /**
   * The person of a user when the user is a full member (registry), not the applicant; else null.
   */
  Long fullMember(String username, IntakeCase intake) {
    if (username == null || username.equals(intake.applicant())) {
      return null;
    }
    return directory
        .personOf(username)
        .flatMap(registry::person)
        .filter(p -> registry.statusOf(p) == MemberStatus.FULL)
        .map(Person::id)
        .orElse(null);
  }

  private boolean fullMemberOfBranch(String username, IntakeCase intake) {
    return fullMember(username, intake) != null
        && directory.branchOf(username).filter(intake.branchCode()::equals).isPresent();
  }

  private IntakeCase openCase(long intakeId) {
    IntakeCase intake = intakes.selectById(intakeId);
    if (intake == null || !IntakeCase.OPEN.equals(intake.state())) {
      throw IntakeRules.conflict("intake-open", "该入党申请已办结或不存在: " + intakeId);
    }
    return intake;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
