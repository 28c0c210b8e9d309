package cn.ronghe.workflow;

import static cn.ronghe.system.PdfReport.orDash;

import cn.ronghe.attachment.Attachment;
import cn.ronghe.attachment.AttachmentService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.system.PdfFonts;
import cn.ronghe.system.PdfReport;
import cn.ronghe.workflow.CaseViewService.CaseView;
import cn.ronghe.workflow.CaseViewService.TimelineEntry;
import cn.ronghe.workflow.form.FormField;
import cn.ronghe.workflow.form.FormSchema;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 卷宗: a case's file as a PDF for the archive, for anyone who may see the case: a cover (the case,
 * its process, branch, state and dates), the timeline of its steps (who, when, what it came to,
 * opinions), each step's form with its final values, and the list of attachments; in the embedded
 * Chinese font. Made from the same view the case page shows, so it shows nothing more; the read of
 * a confidential case is audited ({@code case.dossier}).
 */
@Service
class CaseDossier {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String USER_TASK = "userTask";
  private static final String START_EVENT = "startEvent";

  private final CaseViewService cases;
  private final DeployedForms forms;
  private final AttachmentService attachments;
  private final HistoryService historyService;
  private final UserDirectory directory;
  private final PdfFonts fonts;
  private final Clock clock;

  CaseDossier(
      CaseViewService cases,
      DeployedForms forms,
      AttachmentService attachments,
      HistoryService historyService,
      UserDirectory directory,
      PdfFonts fonts,
      Clock clock) {
    this.cases = cases;
    this.forms = forms;
    this.attachments = attachments;
    this.historyService = historyService;
    this.directory = directory;
    this.fonts = fonts;
    this.clock = clock;
  }

  /** The case file and its name (卷宗-<case>.pdf). */
  record File(String name, byte[] pdf) {}

  @Transactional
  public File of(CurrentUser user, String processInstanceId) {
    CaseView view = cases.view(user, processInstanceId, "case.dossier");
    HistoricProcessInstance instance =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance v :
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceId)
            .list()) {
      variables.put(v.getName(), v.getValue());
    }
    PdfReport pdf = new PdfReport(fonts.chinese(), "卷宗", view.title());
    pdf.section("一、案件概况")
        .table(
            new float[] {1, 3},
            List.of("项目", "内容"),
            List.of(
                List.of("事项", view.title()),
                List.of("流程", view.processName()),
                List.of("所在支部", orDash(view.branchName())),
                List.of("状态", "COMPLETED".equals(view.state()) ? "已办结" : "办理中"),
                List.of("开始时间", time(view.started())),
                List.of("办结时间", time(view.ended())),
                List.of("流程实例编号", view.id())));
    pdf.section("二、办理过程").table(new float[] {3, 2, 3, 3, 2, 5}, TIMELINE, timeline(view));
    pdf.section("三、表单内容");
    Set<String> shown = new LinkedHashSet<>();
    String definition = instance.getProcessDefinitionId();
    for (TimelineEntry step : view.timeline()) {
      boolean start = START_EVENT.equals(step.type());
      if (!start && !USER_TASK.equals(step.type()) || step.ended() == null || step.canceled()) {
        continue;
      }
      if (!shown.add(step.activityId())) {
        continue; // a step done twice (returned) shows its final values once
      }
      FormSchema form =
          start ? forms.ofStart(definition) : forms.ofStep(definition, step.activityId());
      List<List<String>> rows = values(form, variables);
      if (!rows.isEmpty()) {
        pdf.text(orDash(step.name()));
        pdf.table(new float[] {2, 5}, List.of("填写项", "最终内容"), rows);
      }
    }
    if (shown.isEmpty()) {
      pdf.text("尚无已办结的环节。");
    }
    List<Attachment> files = attachments.filedWith(processInstanceId);
    pdf.section("四、附件目录");
    if (files.isEmpty()) {
      pdf.text("无附件。");
    } else {
      List<List<String>> rows = new ArrayList<>();
      int n = 1;
      for (Attachment a : files) {
        rows.add(
            List.of(
                String.valueOf(n++),
                a.fileName(),
                name(a.uploadedBy()),
                time(a.uploadedAt()),
                size(a.sizeBytes())));
      }
      pdf.table(new float[] {1, 6, 2, 3, 2}, List.of("序号", "文件名", "上传人", "上传时间", "大小"), rows);
    }
    return new File("卷宗-" + view.title() + ".pdf", pdf.finish(clock.instant()));
  }

  private static final List<String> TIMELINE = List.of("环节", "办理人", "开始", "完成", "结果", "意见");

  private static List<List<String>> timeline(CaseView view) {
    List<List<String>> rows = new ArrayList<>();
    for (TimelineEntry e : view.timeline()) {
      rows.add(
          List.of(
              orDash(e.name()),
              orDash(e.assigneeName()),
              time(e.started()),
              e.canceled() ? "已取消" : time(e.ended()),
              orDash(e.outcome()),
              orDash(
                  e.opinions().stream()
                      .map(o -> o.authorName() + "：" + o.body())
                      .collect(Collectors.joining("\n")))));
    }
    return rows;
  }

  /** The step's inputs with a value, as the form labels and shows them. */
  private List<List<String>> values(FormSchema form, Map<String, Object> variables) {
    List<List<String>> rows = new ArrayList<>();
    for (FormField f : form.fields()) {
      Object value = variables.get(f.key());
      if (f.readonly().value() || value == null || value.toString().isBlank()) {
        continue;
      }
      rows.add(List.of(orDash(f.label()), display(f, value)));
    }
    return rows;
  }

  private String display(FormField field, Object value) {
    if (value instanceof Collection<?> items) {
      return items.stream()
          .map(item -> item instanceof Map<?, ?> row ? row(row) : one(field, item))
          .collect(Collectors.joining(field.rowFields().isEmpty() ? "、" : "\n"));
    }
    return one(field, value);
  }

  private String one(FormField field, Object value) {
    if (value instanceof Date date) {
      return time(date.toInstant());
    }
    if (value instanceof Boolean flag) {
      return flag ? "是" : "否";
    }
    String shown = field.display(value);
    // options offered by the server (people) are not in the form: show the person's name
    if (field.valuesKey() != null && shown.equals(String.valueOf(value))) {
      return name(shown);
    }
    return shown;
  }

  private static String row(Map<?, ?> row) {
    return row.values().stream()
        .filter(v -> v != null && !v.toString().isBlank())
        .map(String::valueOf)
        .collect(Collectors.joining("；"));
  }

  private String name(String username) {
    return username == null
        ? "—"
        : directory.user(username).map(UserDirectory.DirectoryUser::displayName).orElse(username);
  }

  private static String time(Instant instant) {
    return instant == null ? "—" : STAMP.format(instant.atZone(ClockConfig.ZONE));
  }

  private static String size(long bytes) {
    return bytes < 1024
        ? bytes + " B"
        : bytes < 1024 * 1024
            ? (bytes + 1023) / 1024 + " KB"
            : String.format("%.1f MB", bytes / 1024.0 / 1024.0);
  }
}
