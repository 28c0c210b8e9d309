package cn.ronghe.talk;

import static cn.ronghe.processes.talk.TalkVariables.*;

import cn.ronghe.org.OrgService;
import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.settings.Rule;
import cn.ronghe.settings.Rules;
import cn.ronghe.system.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 年度谈心谈话计划: every full or probationary member of each branch gets {@code member-quota} routine
 * talks a year with a secretary of the branch (a secretary with a branch committee member, or
 * another secretary); every leader gets {@code cadre-quota} talks a year with each cadre of the
 * organisation their leader grant names. The rounds of a year are due at the end of its equal
 * parts: with two, on 30 June and on 31 December. A talk already planned is skipped, so the plan
 * can run again when people join.
 */
@Service
class TalkPlan {

  private static final Logger log = LoggerFactory.getLogger(TalkPlan.class);

  private final TalkPlanMapper plans;
  private final TalkMapper talks;
  private final OrgService orgs;
  private final UserDirectory directory;
  private final RuntimeService runtimeService;
  private final Rules rules;
  private final Clock clock;

  TalkPlan(
      TalkPlanMapper plans,
      TalkMapper talks,
      OrgService orgs,
      UserDirectory directory,
      RuntimeService runtimeService,
      Rules rules,
      Clock clock) {
    this.plans = plans;
    this.talks = talks;
    this.orgs = orgs;
    this.directory = directory;
    this.runtimeService = runtimeService;
    this.rules = rules;
    this.clock = clock;
  }

  /** What a run of the plan did. */
  record Opened(int started, int alreadyPlanned, int withoutTalker) {}

  /** Runs inside the engine's transaction of the plan's service task. */
  Opened open(int year) {
    Run run = new Run(year, new HashSet<>(plans.selectPlanned(year)));
    Map<String, List<String>> secretaries = new HashMap<>();
    Map<String, List<String>> committees = new HashMap<>();
    for (TalkPlanMapper.BranchMember member : plans.selectBranchMembers()) {
      String branch = member.branchCode();
      Optional<String> talker =
          talkerFor(
              member.username(),
              secretaries.computeIfAbsent(
                  branch, b -> directory.members(Role.BRANCH_SECRETARY.candidateGroup(b))),
              committees.computeIfAbsent(
                  branch, b -> directory.members(Role.BRANCH_COMMITTEE.candidateGroup(b))));
      if (talker.isEmpty()) {
        run.withoutTalker++;
        log.warn(
            "Talk plan {}: nobody in branch {} to talk with {}", year, branch, member.username());
        continue;
      }
      run.plan(
          KIND_ROUTINE,
          member.username(),
          talker.get(),
          branch,
          rules.value(Rule.TALK_MEMBER_QUOTA));
    }
    for (TalkMapper.Leader leader : talks.selectLeaders(null)) {
      if (leader.orgId() == null) {
        continue;
      }
      for (TalkMapper.CadreTalks cadre :
          talks.selectCadreTalks(
              leader.username(), orgs.subtreeOf(leader.orgId()), year, clock.instant())) {
        run.plan(
            KIND_LEADERSHIP,
            cadre.username(),
            leader.username(),
            cadre.branchCode(),
            rules.value(Rule.TALK_CADRE_QUOTA));
      }
    }
    return new Opened(run.started, run.already, run.withoutTalker);
  }

  /** One run of the plan: what was planned before it, and what it started. */
  private final class Run {
    private final int year;
    private final Set<TalkPlanMapper.Item> planned;
    private final Set<String> routineRounds = new HashSet<>();
    private int started;
    private int already;
    private int withoutTalker;

    Run(int year, Set<TalkPlanMapper.Item> planned) {
      this.year = year;
      this.planned = planned;
      planned.forEach(this::remember);
    }

    /**
     * The talks of the quota's rounds not planned yet. A routine round counts as planned whoever
     * was to talk: the branch may have a new secretary since.
     */
    void plan(String kind, String talkee, String talker, String branch, int quota) {
      for (int round = 1; round <= quota; round++) {
        TalkPlanMapper.Item item = new TalkPlanMapper.Item(kind, talkee, talker, round);
        if (planned.contains(item) || routineRounds.contains(routineRound(item))) {
          already++;
          continue;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(TALKER, talker);
        variables.put(TALKEE, talkee);
        variables.put(TALK_KIND, kind);
        variables.put(TALK_DUE_ON, dueOn(year, round, quota).toString());
        variables.put(TALK_REASON, reason(year, kind, round, quota));
        String instance = runtimeService.startProcessInstanceByKey(PROCESS_ID, variables).getId();
        plans.insert(year, item, branch, instance, clock.instant());
        planned.add(item);
        remember(item);
        started++;
      }
    }

    private void remember(TalkPlanMapper.Item item) {
      if (KIND_ROUTINE.equals(item.kind())) {
        routineRounds.add(routineRound(item));
      }
    }

    /** A routine round's key, or null for other kinds. */
    private static String routineRound(TalkPlanMapper.Item item) {
      return KIND_ROUTINE.equals(item.kind()) ? item.talkee() + "#" + item.round() : null;
    }
  }

  /** Round r of n is due at the end of the r-th n-th of the year: 2 of 2 on 31 December. */
  static LocalDate dueOn(int year, int round, int quota) {
    int month = (12 * round + quota - 1) / quota;
    return YearMonth.of(year, month).atEndOfMonth();
  }

  private static String reason(int year, String kind, int round, int quota) {
    String what = KIND_LEADERSHIP.equals(kind) ? "领导干部谈心谈话" : "支部谈心谈话";
    return year + " 年度" + what + (quota > 1 ? "（第 " + round + " 次）" : "");
  }

  /** The year a run of the plan without one is for: this year in Beijing. */
  int thisYear() {
    return LocalDate.now(clock.withZone(ClockConfig.ZONE)).getYear();
  }

  /**
   * A secretary talks with each member; a secretary is talked with by a committee member, or by
   * another secretary.
   */
  static Optional<String> talkerFor(
      String member, List<String> secretaries, List<String> committee) {
    if (!secretaries.contains(member)) {
      return secretaries.stream().findFirst();
    }
    return committee.stream()
        .filter(c -> !c.equals(member))
        .findFirst()
        .or(() -> secretaries.stream().filter(s -> !s.equals(member)).findFirst());
  }
}
