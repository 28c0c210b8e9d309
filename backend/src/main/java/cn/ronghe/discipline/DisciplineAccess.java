package cn.ronghe.discipline;

import static cn.ronghe.processes.discipline.DisciplineVariables.PROCESS_ID;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.workflow.InstanceAccess;
import org.springframework.stereotype.Component;

/**
 * A discipline clue is seen by the people on its access list only: not the Party committee, not an
 * admin, not another discipline officer. The workbench and the case view ask this for every task,
 * case view and attachment of the clue.
 */
@Component
class DisciplineAccess implements InstanceAccess {

  /** Why someone is on a clue's access list. */
  static final String REGISTRAR = "registrar";

  static final String HEAD = "head";
  static final String INVESTIGATOR = "investigator";

  private final DisciplineMapper clues;

  DisciplineAccess(DisciplineMapper clues) {
    this.clues = clues;
  }

  @Override
  public String processKey() {
    return PROCESS_ID;
  }

  @Override
  public boolean maySee(CurrentUser user, String rootProcessInstanceId) {
    return clues.countAccess(rootProcessInstanceId, user.username()) > 0;
  }
}
