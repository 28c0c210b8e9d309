package cn.ronghe.workflow.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The pilot process's forms, read from the ronghe-processes jar on the class path. */
final class PilotForms {

  static final String[] ALL = {
    "submitHelpRequest",
    "reviewHelpRequest",
    "reviseHelpRequest",
    "approveHelpRequest",
    "handleHelpRequest",
    "confirmHelpResult"
  };

  private PilotForms() {}

  static FormSchema load(String formId) {
    return FormSchema.parse(json(formId));
  }

  static String json(String formId) {
    String resource = "forms/" + formId + ".form";
    try (InputStream in = PilotForms.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the class path: mvn -f processes/pom.xml install");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
