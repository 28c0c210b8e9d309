package cn.ronghe.membership;

import static cn.ronghe.processes.membership.MembershipIntakeVariables.APPROVAL_DECISION_APPROVED;
import static cn.ronghe.processes.membership.MembershipIntakeVariables.PRE_REVIEW_PASSED;
import static cn.ronghe.processes.membership.MembershipIntakeVariables.TASK_ASSESS_ACTIVIST;
import static cn.ronghe.processes.membership.MembershipIntakeVariables.VOTE_RESULT_NO_QUORUM;

import cn.ronghe.audit.AuditService;
import cn.ronghe.org.MemberRegistry;
import cn.ronghe.org.OrgRef;
import cn.ronghe.org.OrgService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the intake pages show: the list of cases a user may follow and one case with its 25 steps.
 * The Party committee sees every branch; a branch secretary or committee member their own branches;
 * an applicant their own case; anyone else is refused (the list) or told the case does not exist.
 */
@Service
class IntakeViews {

  static final int MAX_PAGE_SIZE = 100;
  static final int MAX_EXPORT = 5000;

  private final IntakeMapper intakes;
  private final MemberRegistry registry;
  private final UserDirectory directory;
  private final OrgService orgs;
  private final AuditService audit;
  private final Clock clock;

  IntakeViews(
      IntakeMapper intakes,
      MemberRegistry registry,
      UserDirectory directory,
      OrgService orgs,
      AuditService audit,
      Clock clock) {
    this.intakes = intakes;
    this.registry = registry;
    this.directory = directory;
    this.orgs = orgs;
    this.audit = audit;
    this.clock = clock;
  }

  record Branch(String code, String name) {}

  record CurrentStep(String key, String name, Instant due, boolean overdue) {}

  record ListItem(
      long id,
      String applicant,
      String applicantName,
      Branch branch,
      String stage,
      String state,
      String ruleSet,
      LocalDate applicationDate,
      CurrentStep currentStep,
      String outcome,
      String processInstanceId) {}

  record Page(List<ListItem> items, long total, int page, int size) {}

  record StepView(
      int number,
      String key,
      String name,
      int stageNumber,
      String stageName,
      String state,
      LocalDate date,
      Instant due,
      Boolean overdue,
      String actor,
      String rule) {}

  record TalkView(
      String kind, String talker, String talkerName, LocalDate talkDate, String record) {}

  record RegistryView(String status, LocalDate effectiveOn, String step, String stepName) {}

  /** A mentor (培养联系人) or an introducer (入党介绍人), and the day they were assigned or named. */
  record PersonView(String username, String name, LocalDate since) {}

  record AssessmentView(
      LocalDate assessedOn,
      String assessor,
      String assessorName,
      String conclusion,
      String record) {}

  record PoliticalReviewView(LocalDate reviewedOn, String result, String conclusion) {}

  record TrainingView(
      LocalDate startDate, LocalDate endDate, int days, int classHours, String certificate) {}

  record VoteView(
      String kind,
      LocalDate meetingDate,
      int entitled,
      int present,
      int votesFor,
      int votesAgainst,
      int votesAbstain,
      int writtenVotes,
      String result,
      String decision,
      Integer extensionMonths,
      String resolution) {}

  record ApprovalView(
      String kind,
      LocalDate decidedOn,
      String decision,
      String comment,
      String decidedBy,
      String decidedByName) {}

  /** The case's key facts after the activist stage; the documents archived as their codes. */
  record FactsView(
      LocalDate developmentResolutionDate,
      LocalDate noticeStart,
      LocalDate noticeEnd,
      String applicationFormNumber,
      Boolean leavingSoon,
      LocalDate admissionMeetingDate,
      Instant approvalWarnedAt,
      Instant approvalBreachedAt,
      String partyGroup,
      LocalDate oathDate,
      LocalDate probationEnds,
      LocalDate convertedOn,
      LocalDate archivedOn,
      List<String> archivedDocuments) {}

  record Detail(
      long id,
      String applicant,
      String applicantName,
      Branch branch,
      String stage,
      String state,
      String ruleSet,
      LocalDate applicationDate,
      String outcome,
      String processInstanceId,
      List<StepView> steps,
      List<TalkView> talks,
      List<RegistryView> registry,
      List<PersonView> mentors,
      List<PersonView> introducers,
      List<AssessmentView> assessments,
      PoliticalReviewView politicalReview,
      TrainingView training,
      List<VoteView> votes,
      List<ApprovalView> approvals,
      FactsView facts) {}

  /** The list's filters: state (open by default), stage, branch (Party committee only), overdue. */
  record Filter(String state, String stage, String branch, boolean overdue) {
    Filter {
      state = state == null || state.isBlank() ? IntakeCase.OPEN : state;
      stage = stage == null || stage.isBlank() ? null : stage;
      branch = branch == null || branch.isBlank() ? null : branch;
    }
  }

  @Transactional(readOnly = true)
  Page list(CurrentUser user, Filter filter, int page, int size) {
    int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int pageNumber = Math.max(page, 1);
    IntakeQuery query = query(user, filter, (pageNumber - 1) * pageSize, pageSize);
    return new Page(
        items(intakes.selectPage(query), query.now()),
        intakes.countPage(query),
        pageNumber,
        pageSize);
  }

  /**
   * Every case the filter finds (at most {@link #MAX_EXPORT}), in the list's order, as an Excel
   * workbook; the export is audited.
   */
  @Transactional
  byte[] export(CurrentUser user, Filter filter) {
    IntakeQuery query = query(user, filter, 0, MAX_EXPORT);
    List<ListItem> items = items(intakes.selectPage(query), query.now());
    audit.record(
        user.username(),
        "intake.export",
        "intake-list",
        "intakes",
        filter + " → " + items.size() + " rows");
    return IntakeWorkbook.of(items);
  }

  private IntakeQuery query(CurrentUser user, Filter filter, int offset, int limit) {
    Set<String> scope = branchesOf(user);
    if (scope != null && scope.isEmpty()) {
      throw ApiException.forbidden("只有机关党委和党支部书记、委员可以查看发展党员名单");
    }
    if (!Set.of(IntakeCase.OPEN, IntakeCase.CLOSED).contains(filter.state())) {
      throw ApiException.invalidField("state", "状态只能是 open 或 closed: " + filter.state());
    }
    if (filter.stage() != null
        && Arrays.stream(IntakeStage.values()).noneMatch(s -> s.code().equals(filter.stage()))) {
      throw ApiException.invalidField("stage", "没有这个阶段: " + filter.stage());
    }
    List<String> branches =
        scope == null
            ? (filter.branch() == null ? null : List.of(filter.branch()))
            : List.copyOf(scope);
    Instant now = clock.instant();
    return new IntakeQuery(
        branches,
        filter.state(),
        filter.stage(),
        filter.overdue() ? now : null,
        now,
        offset,
        limit);
  }

  private List<ListItem> items(List<IntakeRow> rows, Instant now) {
    Map<String, String> names = new HashMap<>();
    directory
        .users(rows.stream().map(IntakeRow::applicant).collect(Collectors.toSet()))
        .forEach(u -> names.put(u.username(), u.displayName()));
    List<ListItem> items = new ArrayList<>();
    for (IntakeRow row : rows) {
      items.add(
          new ListItem(
              row.id(),
              row.applicant(),
              names.getOrDefault(row.applicant(), row.applicant()),
              branch(row.branchCode()),
              row.stage(),
              row.state(),
              row.ruleSet(),
              row.applicationDate(),
              current(row, now),
              row.outcome(),
              row.processInstanceId()));
    }
    return items;
  }

  /**
   * The case file of one intake: confidential (political review, talks), so every read is audited.
   */
  @Transactional
  Detail detail(CurrentUser user, long id) {
    IntakeCase intake = intakes.selectById(id);
    if (intake == null || !maySee(user, intake)) {
      throw ApiException.notFound("该入党申请不存在或您无权查看: " + id);
    }
    audit.record(user.username(), "intake.read", "intake", String.valueOf(id), null);
    Records r = records(intake);
    UnaryOperator<String> names = displayNames(intake.applicant(), r);
    IntakePoliticalReview review = last(r.reviews());
    IntakeTraining training = last(r.trainings());
    return new Detail(
        id,
        intake.applicant(),
        names.apply(intake.applicant()),
        branch(intake.branchCode()),
        intake.stage(),
        intake.state(),
        intake.ruleSet(),
        intake.applicationDate(),
        intake.outcome(),
        intake.processInstanceId(),
        steps(intake, r, clock.instant()),
        r.talks().stream()
            .map(
                t ->
                    new TalkView(
                        t.kind(), t.talker(), names.apply(t.talker()), t.talkDate(), t.record()))
            .toList(),
        registry.history(intake.personId()).stream()
            .filter(c -> c.intakeId() == null || c.intakeId() == id)
            .map(c -> new RegistryView(c.status(), c.effectiveOn(), c.step(), c.stepName()))
            .toList(),
        r.mentors().stream()
            .map(m -> new PersonView(m.mentor(), names.apply(m.mentor()), m.assignedOn()))
            .toList(),
        r.introducers().stream()
            .map(i -> new PersonView(i.introducer(), names.apply(i.introducer()), i.namedOn()))
            .toList(),
        r.assessments().stream()
            .map(
                a ->
                    new AssessmentView(
                        a.assessedOn(),
                        a.assessor(),
                        names.apply(a.assessor()),
                        a.conclusion(),
                        a.record()))
            .toList(),
        review == null
            ? null
            : new PoliticalReviewView(review.reviewedOn(), review.result(), review.conclusion()),
        training == null
            ? null
            : new TrainingView(
                training.startDate(),
                training.endDate(),
                training.days(),
                training.classHours(),
                training.certificate()),
        r.votes().stream()
            .map(
                v ->
                    new VoteView(
                        v.kind(),
                        v.meetingDate(),
                        v.entitled(),
                        v.present(),
                        v.votesFor(),
                        v.votesAgainst(),
                        v.votesAbstain(),
                        v.writtenVotes(),
                        v.result(),
                        v.decision(),
                        v.extensionMonths(),
                        v.resolution()))
            .toList(),
        r.approvals().stream()
            .map(
                a ->
                    new ApprovalView(
                        a.kind(),
                        a.decidedOn(),
                        a.decision(),
                        a.comment(),
                        a.decidedBy(),
                        names.apply(a.decidedBy())))
            .toList(),
        factsView(intake));
  }

  /** What the detail shows of a case beyond its row, read once. */
  private record Records(
      List<IntakeMapper.OpenStep> openSteps,
      List<IntakeTalk> talks,
      List<IntakeMentor> mentors,
      List<IntakeIntroducer> introducers,
      List<IntakeAssessment> assessments,
      List<IntakePoliticalReview> reviews,
      List<IntakeTraining> trainings,
      List<IntakeVote> votes,
      List<IntakeApproval> approvals) {

    /** The last vote of a kind that counted (a meeting without quorum decides nothing). */
    Optional<IntakeVote> lastCountedVote(String kind) {
      return votes.stream()
          .filter(v -> v.kind().equals(kind) && !VOTE_RESULT_NO_QUORUM.equals(v.result()))
          .reduce((first, second) -> second);
    }

    Optional<IntakeApproval> lastApproval(String kind) {
      return approvals.stream().filter(a -> a.kind().equals(kind)).reduce((a, b) -> b);
    }
  }

  private Records records(IntakeCase intake) {
    long id = intake.id();
    return new Records(
        intake.processInstanceId() == null
            ? List.of()
            : intakes.selectOpenSteps(intake.processInstanceId()),
        intakes.selectTalks(id),
        intakes.selectMentors(id),
        intakes.selectIntroducers(id),
        intakes.selectAssessments(id),
        intakes.selectPoliticalReviews(id),
        intakes.selectTrainings(id),
        intakes.selectVotes(id),
        intakes.selectApprovals(id));
  }

  /** Display names of everyone the detail names, in one read; a username without one as itself. */
  private UnaryOperator<String> displayNames(String applicant, Records r) {
    Set<String> usernames = new HashSet<>();
    r.talks().forEach(t -> usernames.add(t.talker()));
    r.mentors().forEach(m -> usernames.add(m.mentor()));
    r.introducers().forEach(i -> usernames.add(i.introducer()));
    r.assessments().forEach(a -> usernames.add(a.assessor()));
    r.approvals().forEach(a -> usernames.add(a.decidedBy()));
    usernames.add(applicant);
    Map<String, String> names = new HashMap<>();
    directory.users(usernames).forEach(u -> names.put(u.username(), u.displayName()));
    return username -> names.getOrDefault(username, username);
  }

  private static FactsView factsView(IntakeCase c) {
    List<String> documents =
        c.archivedDocuments() == null || c.archivedDocuments().isBlank()
            ? null
            : Arrays.stream(c.archivedDocuments().split(","))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .toList();
    return new FactsView(
        c.developmentResolutionDate(),
        c.noticeStart(),
        c.noticeEnd(),
        c.applicationFormNumber(),
        c.leavingSoon(),
        c.admissionMeetingDate(),
        c.approvalWarnedAt(),
        c.approvalBreachedAt(),
        c.partyGroup(),
        c.oathDate(),
        c.probationEnds(),
        c.convertedOn(),
        c.archivedOn(),
        documents);
  }

  private static <T> T last(List<T> list) {
    return list.isEmpty() ? null : list.get(list.size() - 1);
  }

  /** The day each step was done, by step key, from the case's records. */
  private static Map<String, LocalDate> doneDates(IntakeCase intake, Records r) {
    IntakeCase f = intake;
    List<IntakeTalk> talks = r.talks();
    Map<String, LocalDate> done = new HashMap<>();
    done.put("applicationSubmitted", intake.applicationDate());
    lastTalk(talks, IntakeTalk.WITH_APPLICANT).ifPresent(d -> done.put("talkWithApplicant", d));
    done.put("decideActivist", intake.activistResolutionDate());
    done.put("fileActivist", intake.activistFiledDate());
    r.mentors().stream().findFirst().ifPresent(m -> done.put("assignMentors", m.assignedOn()));
    if (f.developmentResolutionDate() != null && !r.assessments().isEmpty()) {
      done.put("assessActivist", last(r.assessments()).assessedOn());
    }
    done.put("decideDevelopmentTarget", f.developmentResolutionDate());
    done.put("fileDevelopmentTarget", f.developmentFiledDate());
    r.introducers().stream().findFirst().ifPresent(i -> done.put("nameIntroducers", i.namedOn()));
    if (!r.reviews().isEmpty()) {
      done.put("politicalReview", last(r.reviews()).reviewedOn());
    }
    if (!r.trainings().isEmpty()) {
      done.put("shortTraining", last(r.trainings()).endDate());
    }
    done.put("reviewByBranchCommittee", f.committeeReviewDate());
    r.lastApproval(IntakeApproval.PRE_REVIEW)
        .filter(a -> PRE_REVIEW_PASSED.equals(a.decision()))
        .ifPresent(a -> done.put("preReview", a.decidedOn()));
    done.put("fillApplicationForm", f.applicationFormDate());
    r.lastCountedVote(IntakeVote.ADMISSION)
        .ifPresent(v -> done.put("branchMeetingVote", v.meetingDate()));
    lastTalk(talks, IntakeTalk.COMMITTEE).ifPresent(d -> done.put("committeeTalk", d));
    r.lastApproval(IntakeApproval.ADMISSION)
        .ifPresent(a -> done.put("approveAdmission", a.decidedOn()));
    done.put("reportAdmission", f.admissionReportedDate());
    done.put("joinBranch", f.oathDate());
    done.put("takeOath", f.oathDate());
    Optional<IntakeVote> conversionVote = r.lastCountedVote(IntakeVote.CONVERSION);
    Optional<IntakeApproval> conversionApproval =
        r.lastApproval(IntakeApproval.CONVERSION)
            .filter(a -> APPROVAL_DECISION_APPROVED.equals(a.decision()));
    if (f.convertedOn() != null || AdmissionService.OUTCOME_CANCELLED.equals(intake.outcome())) {
      done.put("probation", f.probationEnds());
    }
    done.put("requestConversion", f.conversionRequestedDate());
    conversionVote.ifPresent(v -> done.put("conversionVote", v.meetingDate()));
    conversionApproval.ifPresent(a -> done.put("approveConversion", a.decidedOn()));
    done.put("archiveDocuments", f.archivedOn());
    done.values().removeIf(Objects::isNull);
    return done;
  }

  private static Optional<LocalDate> lastTalk(List<IntakeTalk> talks, String kind) {
    return talks.stream()
        .filter(t -> kind.equals(t.kind()))
        .map(IntakeTalk::talkDate)
        .max(LocalDate::compareTo);
  }

  /**
   * The steps the case waits at, with their due dates: its open tasks (指派谈话人 is part of 派人谈话; while
   * 确定发展对象 waits, 培养教育考察 goes on), or 预备期 while the probation timer runs (a half-year assessment
   * left open from stage 2 is not a step of the path).
   */
  private static Map<String, Instant> currentSteps(IntakeCase intake, Records r) {
    Map<String, Instant> current = new HashMap<>();
    if (!IntakeCase.OPEN.equals(intake.state())) {
      return current;
    }
    for (IntakeMapper.OpenStep open : r.openSteps()) {
      String key = "assignTalker".equals(open.taskKey()) ? "talkWithApplicant" : open.taskKey();
      current.merge(key, dueOrMax(open.due()), (a, b) -> a.isBefore(b) ? a : b);
      if ("decideDevelopmentTarget".equals(key)) {
        current.putIfAbsent("assessActivist", Instant.MAX);
      }
    }
    boolean noStepOpen =
        r.openSteps().stream().allMatch(open -> TASK_ASSESS_ACTIVIST.equals(open.taskKey()));
    if (noStepOpen && intake.oathDate() != null && intake.probationEnds() != null) {
      current.put("probation", intake.probationEnds().atStartOfDay(ClockConfig.ZONE).toInstant());
    }
    return current;
  }

  private static Instant dueOrMax(Instant due) {
    return due == null ? Instant.MAX : due;
  }

  /** Done, current, upcoming or skipped, each with its date or deadline. */
  private static List<StepView> steps(IntakeCase intake, Records records, Instant now) {
    Map<String, LocalDate> done = doneDates(intake, records);
    Map<String, Instant> current = currentSteps(intake, records);
    boolean closed = IntakeCase.CLOSED.equals(intake.state());
    List<StepView> views = new ArrayList<>();
    for (IntakeSteps.Step step : IntakeSteps.ALL) {
      String state;
      LocalDate date = done.get(step.key());
      Instant due = null;
      Boolean overdue = null;
      if (current.containsKey(step.key())) {
        state = "current";
        Instant d = current.get(step.key());
        due = Instant.MAX.equals(d) ? null : d;
        overdue = due != null && due.isBefore(now);
      } else if (date != null) {
        state = "done";
      } else if (closed
          && "decideActivist".equals(step.key())
          && IntakeService.OUTCOME_NOT_ACTIVIST.equals(intake.outcome())) {
        state = "done";
      } else {
        state = closed ? "skipped" : "upcoming";
      }
      views.add(
          new StepView(
              step.number(),
              step.key(),
              step.name(),
              step.stage(),
              IntakeSteps.STAGES.get(step.stage() - 1),
              state,
              date,
              due,
              overdue,
              step.actor(),
              step.rule()));
    }
    return views;
  }

  private static CurrentStep current(IntakeRow row, Instant now) {
    if (row.currentTaskKey() != null) {
      return new CurrentStep(
          row.currentTaskKey(),
          row.currentTaskName(),
          row.currentDue(),
          row.currentDue() != null && row.currentDue().isBefore(now));
    }
    if (IntakeCase.OPEN.equals(row.state()) && row.probationEnds() != null) {
      Instant ends = probationEnd(row.probationEnds());
      return new CurrentStep(
          IntakeSteps.PROBATION.key(), IntakeSteps.PROBATION.name(), ends, ends.isBefore(now));
    }
    return null;
  }

  /** Probation ends, and the conversion starts, at 00:00 of its end date (the meeting + 1 year). */
  private static Instant probationEnd(LocalDate probationEnds) {
    return probationEnds.atStartOfDay(ClockConfig.ZONE).toInstant();
  }

  /** Null for every branch (the Party committee); else the branches the user's roles cover. */
  private static Set<String> branchesOf(CurrentUser user) {
    if (user.hasRole(Role.PARTY_COMMITTEE)) {
      return null;
    }
    return user.branchesOverseen();
  }

  private static boolean maySee(CurrentUser user, IntakeCase intake) {
    if (user.username().equals(intake.applicant())) {
      return true;
    }
    Set<String> scope = branchesOf(user);
    return scope == null || scope.contains(intake.branchCode());
  }

  private Branch branch(String code) {
    return new Branch(code, orgs.org(code).map(OrgRef::name).orElse(code));
  }
}
