package cn.ronghe.discipline;

import static cn.ronghe.processes.discipline.DisciplineCaseVariables.*;
import static cn.ronghe.processes.discipline.DisciplineVariables.OUTCOME_CLOSE;
import static cn.ronghe.processes.discipline.DisciplineVariables.OUTCOME_REMIND;

import java.util.Map;

/**
 * The "four forms" (四种形态) of supervision and discipline, by which outcomes are counted: 1 批评教育、
 * 谈话提醒、诫勉、函询了结; 2 党纪轻处分（警告、严重警告）; 3 党纪重处分（撤销党内职务、留党察看）; 4 开除党籍. A clue cleared, held or
 * transferred, and a case dismissed, are none of them.
 */
final class FourForms {

  private FourForms() {}

  /** Each sanction's form; {@code none} (撤销案件) has none. */
  static final Map<String, Integer> BY_SANCTION =
      Map.of(
          SANCTION_ADMONITION, 1,
          SANCTION_WARNING, 2,
          SANCTION_SERIOUS_WARNING, 2,
          SANCTION_REMOVAL, 3,
          SANCTION_PROBATION, 3,
          SANCTION_EXPULSION, 4);

  /** The form of a sanction, or null for none. */
  static Integer ofSanction(String sanction) {
    return BY_SANCTION.get(sanction);
  }

  /**
   * The form of a clue's outcome without a case: a talk reminder, or an inquiry that closed the
   * clue (函询了结), is the first form; anything else is none.
   */
  static Integer ofClueOutcome(String outcome, boolean settledByInquiry) {
    return OUTCOME_REMIND.equals(outcome) || settledByInquiry && OUTCOME_CLOSE.equals(outcome)
        ? 1
        : null;
  }
}
