package cn.ronghe.talk;

import static cn.ronghe.processes.talk.TalkVariables.*;

import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
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
 * 年度谈心谈话计划: every full or probationary member of each branch gets one routine talk a year with a
 * secretary of the branch (a secretary with a branch committee member, or another secretary), due
 * on 31 December. A person already planned for the year is skipped, so the plan can run again when
 * members join.
 */
@Service
class TalkPlan {

  private static final Logger log = LoggerFactory.getLogger(TalkPlan.class);

  private final TalkPlanMapper plans;
  private final UserDirectory directory;
  private final RuntimeService runtimeService;
  private final Clock clock;

  TalkPlan(
      TalkPlanMapper plans, UserDirectory directory, RuntimeService runtimeService, Clock clock) {
    this.plans = plans;
    this.directory = directory;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** What a run of the plan did. */
  record Opened(int started, int alreadyPlanned, int withoutTalker) {}

  /** Runs inside the engine's transaction of the plan's service task. */
  Opened open(int year) {
    Set<String> planned = new HashSet<>(plans.selectPlanned(year, KIND_ROUTINE));
    Map<String, List<String>> secretaries = new HashMap<>();
    Map<String, List<String>> committees = new HashMap<>();
    int started = 0;
    int already = 0;
    int withoutTalker = 0;
    for (TalkPlanMapper.BranchMember member : plans.selectBranchMembers()) {
      if (planned.contains(member.username())) {
        already++;
        continue;
      }
      String branch = member.branchCode();
      Optional<String> talker =
          talkerFor(
              member.username(),
              secretaries.computeIfAbsent(
                  branch, b -> directory.members(Role.BRANCH_SECRETARY.candidateGroup(b))),
              committees.computeIfAbsent(
                  branch, b -> directory.members(Role.BRANCH_COMMITTEE.candidateGroup(b))));
      if (talker.isEmpty()) {
        withoutTalker++;
        log.warn(
            "Talk plan {}: nobody in branch {} to talk with {}", year, branch, member.username());
        continue;
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(TALKER, talker.get());
      variables.put(TALKEE, member.username());
      variables.put(TALK_KIND, KIND_ROUTINE);
      variables.put(TALK_DUE_ON, LocalDate.of(year, 12, 31).toString());
      variables.put(TALK_REASON, year + " 年度支部谈心谈话");
      String instance = runtimeService.startProcessInstanceByKey(PROCESS_ID, variables).getId();
      plans.insert(
          year, KIND_ROUTINE, member.username(), talker.get(), branch, instance, clock.instant());
      planned.add(member.username());
      started++;
    }
    return new Opened(started, already, withoutTalker);
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
