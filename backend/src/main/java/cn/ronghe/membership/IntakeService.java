package cn.ronghe.membership;

import cn.ronghe.calendar.Deadlines;
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

  private final IntakeMapper intakes;
  private final MemberRegistry registry;
  private final UserDirectory directory;
  private final Deadlines deadlines;
  private final Clock clock;

  IntakeService(
      IntakeMapper intakes,
      MemberRegistry registry,
      UserDirectory directory,
      Deadlines deadlines,
      Clock clock) {
    this.intakes = intakes;
    this.registry = registry;
    this.directory = directory;
    this.deadlines = deadlines;
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
    if (!Set.of(MemberStatus.NONE, MemberStatus.APPLICANT).contains(status)) {
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

  public Optional<IntakeCase> intake(long intakeId) {
    return Optional.ofNullable(intakes.selectById(intakeId));
  }

  public List<IntakeTalk> talks(long intakeId) {
    return intakes.selectTalks(intakeId);
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
