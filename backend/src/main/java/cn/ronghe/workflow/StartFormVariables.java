package cn.ronghe.workflow;

import cn.ronghe.security.CurrentUser;
import java.util.Map;

/**
 * What a process's start form needs to show itself to a user: the variables its selects take their
 * options from ({@code valuesKey}). The catalog hands them to the browser with the form and checks
 * a submission against them, so a value is valid only if it was offered to that user; they are not
 * stored in the process.
 */
public interface StartFormVariables {

  /** The process whose start form this serves. */
  String processKey();

  Map<String, Object> of(CurrentUser user);
}
