package cn.ronghe.talk;

import cn.ronghe.org.OrgRef;
import cn.ronghe.org.OrgService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.settings.Rule;
import cn.ronghe.settings.Rules;
import cn.ronghe.system.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 领导干部谈心谈话: for each leader grant naming an organisation, its people (the leader's cadres) and the
 * talks of the year between the leader and each, against the quota ({@code
 * ronghe.talk.cadre-quota}, twice a year by the court's rule). The Party committee sees every
 * leader, a leader themself.
 */
@Service
class TalkQuota {

  private final TalkMapper talks;
  private final OrgService orgs;
  private final Rules rules;
  private final Clock clock;

  TalkQuota(TalkMapper talks, OrgService orgs, Rules rules, Clock clock) {
    this.talks = talks;
    this.orgs = orgs;
    this.rules = rules;
    this.clock = clock;
  }

  /** A cadre and their talks of the year with the leader. */
  record Cadre(String username, String name, int held, int overdue, int planned) {}

  /**
   * due: the talks the quota asks for (cadres × quota); held: those held, at most the quota per
   * cadre; complete: the cadres talked with as often as the quota asks.
   */
  record Leader(
      String username,
      String name,
      OrgRef org,
      int cadres,
      int due,
      int held,
      int complete,
      List<Cadre> people) {}

  record View(int year, int quota, List<Leader> leaders) {}

  View of(CurrentUser user, int year) {
    TalkCoverage.requireYear(year);
    String only;
    if (user.hasRole(Role.PARTY_COMMITTEE)) {
      only = null;
    } else if (user.hasRole(Role.LEADER)) {
      only = user.username();
    } else {
      throw ApiException.forbidden("只有机关党委和院领导、部门负责人可以查看领导干部谈心谈话情况");
    }
    int quota = rules.value(Rule.TALK_CADRE_QUOTA);
    Instant now = clock.instant();
    List<Leader> leaders =
        talks.selectLeaders(only).stream().map(l -> leader(l, year, quota, now)).toList();
    return new View(year, quota, leaders);
  }

  private Leader leader(TalkMapper.Leader grant, int year, int quota, Instant now) {
    if (grant.orgId() == null) {
      return new Leader(grant.username(), grant.displayName(), null, 0, 0, 0, 0, List.of());
    }
    List<Cadre> people =
        talks.selectCadreTalks(grant.username(), orgs.subtreeOf(grant.orgId()), year, now).stream()
            .map(c -> new Cadre(c.username(), c.displayName(), c.held(), c.overdue(), c.planned()))
            .toList();
    return new Leader(
        grant.username(),
        grant.displayName(),
        new OrgRef(grant.orgId(), grant.orgCode(), grant.orgName()),
        people.size(),
        people.size() * quota,
        people.stream().mapToInt(c -> Math.min(c.held(), quota)).sum(),
        (int) people.stream().filter(c -> c.held() >= quota).count(),
        people);
  }
}
