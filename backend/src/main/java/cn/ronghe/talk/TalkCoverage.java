package cn.ronghe.talk;

import static cn.ronghe.processes.talk.TalkVariables.KIND_ROUTINE;

import cn.ronghe.org.OrgRef;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.settings.Rule;
import cn.ronghe.settings.Rules;
import cn.ronghe.system.ApiException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The branch's duty to talk with each member (支部谈心谈话, the routine talks) in a year: for each full
 * or probationary member of a branch, whether the year's talks were held, one is overdue, is
 * planned, or there is none; and the same counted per branch. Leaders' talks with their cadres are
 * {@link TalkQuota}'s. The Party committee sees every branch, a secretary or committee member their
 * own.
 */
@Service
public class TalkCoverage {

  static final int FIRST_YEAR = 2020;
  static final int LAST_YEAR = 2100;

  private final TalkMapper talks;
  private final Rules rules;
  private final Clock clock;

  TalkCoverage(TalkMapper talks, Rules rules, Clock clock) {
    this.talks = talks;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * held: the year's quota of talks was recorded; else overdue (one is past due), else planned,
   * else none.
   */
  enum Status {
    held,
    overdue,
    planned,
    none
  }

  record Person(
      String username,
      String name,
      OrgRef branch,
      Status status,
      int held,
      int overdue,
      int planned) {}

  /** A branch's members and how many of them had the year's talks (held), by status. */
  public record Branch(
      String code, String name, int members, int held, int overdue, int planned, int none) {}

  /** quota: the talks a year each member is to have. */
  record View(int year, int quota, List<Branch> branches, List<Person> people) {}

  /** A year the views answer for, or a 400 naming {@code year}. */
  static void requireYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw ApiException.invalidField("year", "年度应在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间");
    }
  }

  View of(CurrentUser user, int year) {
    requireYear(year);
    Set<String> scope = user.hasRole(Role.PARTY_COMMITTEE) ? null : user.branchesOverseen();
    if (scope != null && scope.isEmpty()) {
      throw ApiException.forbidden("只有机关党委和党支部书记、委员可以查看谈心谈话覆盖情况");
    }
    return of(scope, year);
  }

  /**
   * One branch's coverage of a year (its members as they are now), for the views of others: the
   * annual report's figures. A branch without members has none.
   */
  public Optional<Branch> branch(int year, String code) {
    return of(Set.of(code), year).branches().stream().findFirst();
  }

  private View of(Set<String> scope, int year) {
    List<Person> people = new ArrayList<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (TalkMapper.Coverage c : talks.selectCoverage(year, KIND_ROUTINE, clock.instant(), scope)) {
      Status status =
          c.held() >= rules.value(Rule.TALK_MEMBER_QUOTA)
              ? Status.held
              : c.overdue() > 0 ? Status.overdue : c.planned() > 0 ? Status.planned : Status.none;
      people.add(
          new Person(
              c.username(),
              c.displayName(),
              new OrgRef(0, c.branchCode(), c.branchName()),
              status,
              c.held(),
              c.overdue(),
              c.planned()));
      names.put(c.branchCode(), c.branchName());
      counts
          .computeIfAbsent(c.branchCode(), b -> new int[Status.values().length])[
          status.ordinal()]++;
    }
    List<Branch> branches = new ArrayList<>();
    counts.forEach(
        (code, n) ->
            branches.add(
                new Branch(
                    code,
                    names.get(code),
                    n[0] + n[1] + n[2] + n[3],
                    n[Status.held.ordinal()],
                    n[Status.overdue.ordinal()],
                    n[Status.planned.ordinal()],
                    n[Status.none.ordinal()])));
    return new View(year, rules.value(Rule.TALK_MEMBER_QUOTA), branches, people);
  }
}
