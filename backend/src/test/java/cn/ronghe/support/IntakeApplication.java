package cn.ronghe.support;

import java.time.LocalDate;
import java.util.Map;

/** An application to join the Party (入党申请), submitted through the API as its applicant does. */
public final class IntakeApplication {

  private IntakeApplication() {}

  /** Starts {@code membershipIntake} with this application date; the answer as it came. */
  public static ApiClient.Response submit(ApiClient applicant, LocalDate applicationDate) {
    return applicant.post(
        "/api/processes/membershipIntake/start",
        Map.of(
            "values",
            Map.of(
                "applicationDate",
                applicationDate.toString(),
                "applicationLetter",
                "我志愿加入中国共产党，拥护党的纲领，遵守党的章程")));
  }
}
