package cn.ronghe.roster;

import cn.ronghe.org.MemberStatus;
import java.util.List;

/**
 * What importing a roster would do, row by row, and what is wrong with it. Importing a plan with
 * errors is refused: nothing of it is imported.
 */
record RosterPlan(List<OrgChange> orgs, List<PersonChange> people, List<RowError> errors) {

  enum Action {
    CREATE,
    UPDATE,
    UNCHANGED
  }

  /** How many rows an import creates, updates and leaves as they are. */
  record Counts(int created, int updated, int unchanged) {
    static Counts of(List<Action> actions) {
      return new Counts(
          (int) actions.stream().filter(a -> a == Action.CREATE).count(),
          (int) actions.stream().filter(a -> a == Action.UPDATE).count(),
          (int) actions.stream().filter(a -> a == Action.UNCHANGED).count());
    }

    @Override
    public String toString() {
      return "新增 " + created + "，更新 " + updated + "，不变 " + unchanged;
    }
  }

  /**
   * An organisation to create or change, parents before their children: {@code id} is the existing
   * one's, the parent is named by code.
   */
  record OrgChange(
      Action action,
      Long id,
      int row,
      String code,
      String name,
      String type,
      String parentCode,
      int sortOrder) {}

  /**
   * A person to create or change: {@code personId} is the existing one's. The values are the ones
   * to store (a cell left empty keeps what was there); {@code status} is null when the registry
   * status stays.
   */
  record PersonChange(
      Action action,
      Long personId,
      int row,
      String name,
      String gender,
      String idNumber,
      String orgCode,
      String post,
      java.time.LocalDate hiredOn,
      MemberStatus status,
      java.time.LocalDate statusSince) {}

  Counts orgCounts() {
    return Counts.of(orgs.stream().map(OrgChange::action).toList());
  }

  Counts peopleCounts() {
    return Counts.of(people.stream().map(PersonChange::action).toList());
  }

  /** Rows to write: the progress bar's whole. */
  int total() {
    return orgs.size() + people.size();
  }
}
