package cn.ronghe.membership;

import cn.ronghe.audit.AuditService;
import cn.ronghe.org.MemberRegistry;
import cn.ronghe.org.OrgRef;
import cn.ronghe.org.OrgService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.security.RoleGrant;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
      List<RegistryView> registry) {}

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

  @Transactional(readOnly = true)
  Detail detail(CurrentUser user, long id) {
    IntakeCase intake = intakes.selectById(id);
    if (intake == null || !maySee(user, intake)) {
      throw ApiException.notFound("该入党申请不存在或您无权查看: " + id);
    }
    IntakeRow row = intakes.selectRowById(id);
    Instant now = clock.instant();
    List<IntakeTalk> talks = intakes.selectTalks(id);
    return new Detail(
        id,
        intake.applicant(),
        displayName(intake.applicant()),
        branch(intake.branchCode()),
        intake.stage(),
        intake.state(),
        intake.ruleSet(),
        intake.applicationDate(),
        intake.outcome(),
        intake.processInstanceId(),
        steps(intake, row, talks, now),
        talks.stream()
            .map(
                t ->
                    new TalkView(
                        t.kind(), t.talker(), displayName(t.talker()), t.talkDate(), t.record()))
            .toList(),
        registry.history(intake.personId()).stream()
            .filter(c -> c.intakeId() == null || c.intakeId() == id)
            .map(c -> new RegistryView(c.status(), c.effectiveOn(), c.step(), c.stepName()))
            .toList());
  }

  /** Done, current, upcoming or skipped, with the dates this slice of the process records. */
  private static List<StepView> steps(
      IntakeCase intake, IntakeRow row, List<IntakeTalk> talks, Instant now) {
    Map<String, LocalDate> done = new HashMap<>();
    done.put("applicationSubmitted", intake.applicationDate());
    talks.stream()
        .filter(t -> IntakeTalk.WITH_APPLICANT.equals(t.kind()))
        .map(IntakeTalk::talkDate)
        .max(LocalDate::compareTo)
        .ifPresent(d -> done.put("talkWithApplicant", d));
    if (intake.activistResolutionDate() != null) {
      done.put("decideActivist", intake.activistResolutionDate());
    }
    if (intake.activistFiledDate() != null) {
      done.put("fileActivist", intake.activistFiledDate());
    }
    boolean closed = IntakeCase.CLOSED.equals(intake.state());
    String currentKey = currentStepKey(row.currentTaskKey());
    List<StepView> views = new ArrayList<>();
    for (IntakeSteps.Step step : IntakeSteps.ALL) {
      String state;
      LocalDate date = done.get(step.key());
      Instant due = null;
      Boolean overdue = null;
      if (date != null) {
        state = "done";
      } else if (step.key().equals(currentKey)) {
        state = "current";
        due = row.currentDue();
        overdue = due != null && due.isBefore(now);
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

  /** The step a task belongs to: 指派谈话人 is part of step 2, 派人谈话. */
  private static String currentStepKey(String taskKey) {
    return "assignTalker".equals(taskKey) ? "talkWithApplicant" : taskKey;
  }

  private static CurrentStep current(IntakeRow row, Instant now) {
    if (row.currentTaskKey() == null) {
      return null;
    }
    return new CurrentStep(
        row.currentTaskKey(),
        row.currentTaskName(),
        row.currentDue(),
        row.currentDue() != null && row.currentDue().isBefore(now));
  }

  /** Null for every branch (the Party committee); else the branches the user's roles cover. */
  private static Set<String> branchesOf(CurrentUser user) {
    if (user.hasRole(Role.PARTY_COMMITTEE)) {
      return null;
    }
    return user.grants().stream()
        .filter(
            g ->
                g.orgCode() != null
                    && (Role.BRANCH_SECRETARY.code().equals(g.role())
                        || Role.BRANCH_COMMITTEE.code().equals(g.role())))
        .map(RoleGrant::orgCode)
        .collect(Collectors.toSet());
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

  private String displayName(String username) {
    return directory.user(username).map(UserDirectory.DirectoryUser::displayName).orElse(username);
  }
}
