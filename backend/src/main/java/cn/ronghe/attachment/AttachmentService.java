package cn.ronghe.attachment;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ApiException;
import cn.ronghe.workflow.CaseViewService;
import cn.ronghe.workflow.ConfidentialProcesses;
import cn.ronghe.workflow.TaskRow;
import cn.ronghe.workflow.WorkbenchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to cases: uploaded at an open task by whoever may see it, downloaded by whoever
 * may see the case. Only office documents, PDF, images, text and zip archives, at most {@value
 * #MAX_BYTES} bytes, and the content must match the file's extension. Every upload and download is
 * audited, and so is the list of a confidential case's attachments ({@link ConfidentialProcesses}).
 */
@Service
public class AttachmentService {

  static final long MAX_BYTES = 20L * 1024 * 1024;
  static final String AUDIT_ATTACHMENT = "attachment";

  /** Allowed extensions, with the content type they are served as. */
  static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("ofd", "application/ofd"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("ppt", "application/vnd.ms-powerpoint"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("wps", "application/vnd.ms-works"),
          Map.entry("txt", "text/plain"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("png", "image/png"),
          Map.entry("zip", "application/zip"));

  private final AttachmentMapper attachments;
  private final WorkbenchService workbench;
  private final CaseViewService cases;
  private final ConfidentialProcesses confidential;
  private final AuditService audit;
  private final Clock clock;

  AttachmentService(
      AttachmentMapper attachments,
      WorkbenchService workbench,
      CaseViewService cases,
      ConfidentialProcesses confidential,
      AuditService audit,
      Clock clock) {
    this.attachments = attachments;
    this.workbench = workbench;
    this.cases = cases;
    this.confidential = confidential;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Attachment upload(CurrentUser user, String taskId, String fileName, byte[] content) {
    TaskRow task = workbench.task(user, taskId);
    if (task.ended() != null) {
      throw new ApiException(HttpStatus.CONFLICT, "task.ended", "该任务已办结，不能再上传附件");
    }
    String name = cleanName(fileName);
    String extension = extension(name);
    String type = TYPES.get(extension);
    if (type == null) {
      throw ApiException.invalidField(
          "file",
          "不支持的文件类型: ."
              + extension
              + "（允许: "
              + String.join("、", TYPES.keySet().stream().sorted().toList())
              + "）");
    }
    if (content == null || content.length == 0) {
      throw ApiException.invalidField("file", "文件是空的");
    }
    if (content.length > MAX_BYTES) {
      throw ApiException.invalidField("file", "文件不能超过 20 MB");
    }
    if (!FileSignatures.matches(extension, content)) {
      throw ApiException.invalidField("file", "文件内容与扩展名 ." + extension + " 不符");
    }
    String sha256 = sha256(content);
    Attachment attachment =
        new Attachment(
            null,
            task.processInstanceId(),
            taskId,
            name,
            type,
            content.length,
            sha256,
            user.username(),
            clock.instant());
    attachments.insert(attachment, content);
    long id = attachments.selectNewestId(task.processInstanceId(), sha256, user.username());
    audit.record(user.username(), "attachment.upload", AUDIT_ATTACHMENT, String.valueOf(id), name);
    return attachments.selectById(id);
  }

  @Transactional
  public List<Attachment> ofCase(CurrentUser user, String processInstanceId) {
    requireCase(user, processInstanceId);
    confidential.auditRead(
        user,
        "attachment.list",
        ConfidentialProcesses.AUDIT_INSTANCE,
        processInstanceId,
        processInstanceId);
    return attachments.selectByInstance(processInstanceId);
  }

  @Transactional
  public AttachmentContent download(CurrentUser user, long id) {
    Attachment attachment = attachments.selectById(id);
    if (attachment == null || !cases.maySee(user, attachment.processInstanceId())) {
      throw ApiException.notFound("附件不存在或您无权查看: " + id);
    }
    audit.record(
        user.username(),
        "attachment.download",
        AUDIT_ATTACHMENT,
        String.valueOf(id),
        attachment.fileName());
    return new AttachmentContent(attachment, attachments.selectContent(id).content());
  }

  private void requireCase(CurrentUser user, String processInstanceId) {
    if (!cases.maySee(user, processInstanceId)) {
      throw ApiException.notFound("案件不存在或您无权查看: " + processInstanceId);
    }
  }

  /** The name without any path a browser may send, and without control characters. */
  static String cleanName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw ApiException.invalidField("file", "缺少文件名");
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty() || name.length() > 200) {
      throw ApiException.invalidField("file", "文件名为空或超过 200 个字符");
    }
    return name;
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
