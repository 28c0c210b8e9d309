package cn.ronghe.campaign;

import static cn.ronghe.processes.campaign.CampaignVariables.*;

import cn.ronghe.org.OrgRef;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 警示教育 views: the campaigns, one campaign with each branch's progress and its figures, and a
 * person's record. The discipline commission and the Party committee see every campaign and branch;
 * a branch's secretary and committee members the campaigns that reach their branch, and of those
 * only their branch; everyone their own record.
 */
@Service
public class CampaignViews {

  /** Where a campaign stands. */
  enum Stage {
    approval,
    branches,
    summary,
    closed
  }

  private final CampaignMapper campaigns;
  private final TypicalCaseLibrary library;
  private final UserDirectory directory;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  CampaignViews(
      CampaignMapper campaigns,
      TypicalCaseLibrary library,
      UserDirectory directory,
      RuntimeService runtimeService,
      HistoryService historyService) {
    this.campaigns = campaigns;
    this.library = library;
    this.directory = directory;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  public record ListItem(
      String id,
      String title,
      String kind,
      String specialTarget,
      LocalDate sessionFrom,
      LocalDate sessionTo,
      Stage stage,
      int branches,
      int sessionsHeld,
      int summariesFiled,
      Instant createdAt) {}

  public record Listing(List<ListItem> items) {}

  public record Figures(
      int sessionsHeld,
      int present,
      int absent,
      int madeUp,
      int attendanceRate,
      int reflectionsOnTime,
      int reflectionsLate,
      int rectificationItems) {}

  public record BranchProgress(
      String code,
      String name,
      String processInstanceId,
      LocalDate sessionDate,
      String sessionForm,
      String sessionPlace,
      boolean held,
      int present,
      int absent,
      int madeUp,
      int reflectionsOnTime,
      int reflectionsLate,
      int rectificationItems,
      boolean summaryFiled) {}

  public record RectificationItem(
      String processInstanceId,
      String title,
      String owner,
      String ownerName,
      OrgRef branch,
      Instant createdAt,
      boolean closed) {}

  public record Detail(
      String id,
      String title,
      String kind,
      String specialTarget,
      String theme,
      LocalDate sessionFrom,
      LocalDate sessionTo,
      int reflectionDays,
      String materials,
      List<TypicalCaseLibrary.View> typicalCases,
      Stage stage,
      String summary,
      Figures figures,
      List<BranchProgress> branches,
      List<RectificationItem> rectifications) {}

  public record HistoryItem(
      String campaignId,
      String title,
      String kind,
      String branchName,
      LocalDate sessionDate,
      boolean present,
      String absenceReason,
      LocalDate madeUpOn,
      Instant reflectionSubmittedAt,
      Boolean reflectionLate) {}

  public record History(String username, String name, List<HistoryItem> items) {}

  @Transactional(readOnly = true)
  public Listing list(CurrentUser user) {
    Set<String> scope = scopeOf(user);
    if (scope != null && scope.isEmpty()) {
      throw ApiException.forbidden("只有机关纪委、机关党委和党支部书记、委员可以查看警示教育活动");
    }
    List<CampaignMapper.CampaignRow> rows = campaigns.selectCampaigns(scope);
    if (rows.isEmpty()) {
      return new Listing(List.of());
    }
    Map<String, List<CampaignMapper.CampaignBranch>> parts =
        campaigns
            .selectCampaignBranches(
                rows.stream().map(CampaignMapper.CampaignRow::id).toList(), null)
            .stream()
            .collect(Collectors.groupingBy(CampaignMapper.CampaignBranch::campaignId));
    Set<String> ended =
        ended(
            parts.values().stream().flatMap(List::stream).map(b -> b.processInstanceId()).toList());
    Set<String> campaignsEnded = ended(rows.stream().map(CampaignMapper.CampaignRow::id).toList());
    return new Listing(
        rows.stream()
            .map(
                c -> {
                  List<CampaignMapper.CampaignBranch> branches =
                      parts.getOrDefault(c.id(), List.of());
                  return new ListItem(
                      c.id(),
                      c.title(),
                      c.kind(),
                      c.specialTarget(),
                      c.sessionFrom(),
                      c.sessionTo(),
                      stageOf(c.id(), campaignsEnded),
                      branches.size(),
                      (int) branches.stream().filter(CampaignMapper.CampaignBranch::held).count(),
                      (int)
                          branches.stream()
                              .filter(b -> ended.contains(b.processInstanceId()))
                              .count(),
                      c.createdAt());
                })
            .toList());
  }

  @Transactional(readOnly = true)
  public Detail detail(CurrentUser user, String id) {
    Set<String> scope = scopeOf(user);
    CampaignMapper.CampaignRow c = campaigns.selectCampaign(id);
    List<CampaignMapper.BranchRow> rows =
        c == null || (scope != null && scope.isEmpty())
            ? List.of()
            : campaigns.selectBranchRows(id, scope);
    if (c == null || (scope != null && rows.isEmpty())) {
      throw ApiException.notFound("警示教育活动不存在或您无权查看: " + id);
    }
    Set<String> branchesEnded =
        ended(rows.stream().map(CampaignMapper.BranchRow::processInstanceId).toList());
    List<BranchProgress> branches =
        rows.stream()
            .map(
                b ->
                    new BranchProgress(
                        b.code(),
                        b.name(),
                        b.processInstanceId(),
                        b.sessionDate(),
                        b.sessionForm(),
                        b.sessionPlace(),
                        b.held(),
                        b.present(),
                        b.absent(),
                        b.madeUp(),
                        b.reflectionsOnTime(),
                        b.reflectionsLate(),
                        b.rectificationItems(),
                        branchesEnded.contains(b.processInstanceId())))
            .toList();
    List<CampaignMapper.Rectification> items = campaigns.selectRectifications(id, scope);
    Set<String> closed =
        ended(items.stream().map(CampaignMapper.Rectification::followUpInstanceId).toList());
    Map<String, Object> plan =
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceId(id)
            .variableNameIn(THEME, MATERIALS, CAMPAIGN_SUMMARY, TYPICAL_CASES)
            .list()
            .stream()
            .filter(v -> v.getValue() != null)
            .collect(Collectors.toMap(v -> v.getName(), v -> v.getValue(), (a, b) -> a));
    return new Detail(
        c.id(),
        c.title(),
        c.kind(),
        c.specialTarget(),
        (String) plan.get(THEME),
        c.sessionFrom(),
        c.sessionTo(),
        c.reflectionDays(),
        (String) plan.get(MATERIALS),
        library.ofIds(caseIds(plan.get(TYPICAL_CASES))),
        stageOf(id, ended(List.of(id))),
        (String) plan.get(CAMPAIGN_SUMMARY),
        figures(branches),
        branches,
        items.stream()
            .map(
                r ->
                    new RectificationItem(
                        r.followUpInstanceId(),
                        r.title(),
                        r.owner(),
                        r.ownerName(),
                        new OrgRef(0, r.branchCode(), r.branchName()),
                        r.createdAt(),
                        closed.contains(r.followUpInstanceId())))
            .toList());
  }

  /** A person's record: oneself, or anyone for those who answer for them. */
  @Transactional(readOnly = true)
  public History history(CurrentUser user, String username) {
    String who = username == null || username.isBlank() ? user.username() : username.strip();
    if (!who.equals(user.username())) {
      boolean oversees =
          user.hasRole(Role.PARTY_COMMITTEE)
              || user.hasRole(Role.DISCIPLINE)
              || directory.branchOf(who).map(user.branchesOverseen()::contains).orElse(false);
      if (!oversees) {
        throw ApiException.forbidden("您无权查看他人的警示教育记录");
      }
    }
    String name =
        directory
            .user(who)
            .map(UserDirectory.DirectoryUser::displayName)
            .orElseThrow(() -> ApiException.notFound("没有这个用户: " + who));
    return new History(
        who,
        name,
        campaigns.selectHistory(who).stream()
            .map(
                h ->
                    new HistoryItem(
                        h.campaignId(),
                        h.title(),
                        h.kind(),
                        h.branchName(),
                        h.sessionDate(),
                        h.present(),
                        h.absenceReason(),
                        h.madeUpOn(),
                        h.reflectionSubmittedAt(),
                        h.reflectionLate()))
            .toList());
  }

  /** The typical cases' ids a plan chose (strings, as the form's checklist gives them). */
  private static List<Long> caseIds(Object chosen) {
    List<Long> ids = new java.util.ArrayList<>();
    if (chosen instanceof Collection<?> values) {
      for (Object v : values) {
        try {
          ids.add(Long.valueOf(String.valueOf(v)));
        } catch (NumberFormatException e) {
          // only offered ids pass the form's check
        }
      }
    }
    return ids;
  }

  /** Every branch (null) for the commission and the Party committee, else those overseen. */
  static Set<String> scopeOf(CurrentUser user) {
    if (user.hasRole(Role.DISCIPLINE) || user.hasRole(Role.PARTY_COMMITTEE)) {
      return null;
    }
    return user.branchesOverseen();
  }

  static Figures figures(Collection<BranchProgress> branches) {
    int present = branches.stream().mapToInt(BranchProgress::present).sum();
    int absent = branches.stream().mapToInt(BranchProgress::absent).sum();
    return new Figures(
        (int) branches.stream().filter(BranchProgress::held).count(),
        present,
        absent,
        branches.stream().mapToInt(BranchProgress::madeUp).sum(),
        present + absent == 0 ? 0 : Math.round(100f * present / (present + absent)),
        branches.stream().mapToInt(BranchProgress::reflectionsOnTime).sum(),
        branches.stream().mapToInt(BranchProgress::reflectionsLate).sum(),
        branches.stream().mapToInt(BranchProgress::rectificationItems).sum());
  }

  private Stage stageOf(String campaignId, Set<String> ended) {
    if (ended.contains(campaignId)) {
      return Stage.closed;
    }
    List<String> active = runtimeService.getActiveActivityIds(campaignId);
    if (active.contains(TASK_APPROVE_CAMPAIGN) || active.contains(TASK_REVISE_CAMPAIGN)) {
      return Stage.approval;
    }
    return active.contains(CALL_HOLD_BRANCH_SESSIONS) ? Stage.branches : Stage.summary;
  }

  /** Those of the process instances that have ended. */
  private Set<String> ended(Collection<String> ids) {
    Set<String> ended = new HashSet<>();
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += 500) {
      Set<String> chunk = new HashSet<>(all.subList(from, Math.min(all.size(), from + 500)));
      historyService
          .createHistoricProcessInstanceQuery()
          .processInstanceIds(chunk)
          .finished()
          .list()
          .stream()
          .map(HistoricProcessInstance::getId)
          .forEach(ended::add);
    }
    return ended;
  }
}
