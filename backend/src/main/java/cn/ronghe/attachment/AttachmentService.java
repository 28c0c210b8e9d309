package cn.ronghe.attachment;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ApiException;
import cn.ronghe.workflow.CaseViewService;
import cn.ronghe.workflow.ConfidentialProcesses;
import cn.ronghe.workflow.TaskRow;
import cn.ronghe.workflow.WorkbenchService;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to cases: uploaded at an open task by whoever may see it, downloaded by whoever
 * may see the case. Only office documents, PDF, images, text and zip archives, at most 20 MB, and
 * the content must match the file's extension ({@link UploadedFile}). Every upload and download is
 * audited, and so is the list of a confidential case's attachments ({@link ConfidentialProcesses}).
 */
@Service
public class AttachmentService {

  static final String AUDIT_ATTACHMENT = "attachment";

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
    UploadedFile file = UploadedFile.check(fileName, content);
    Attachment attachment =
        new Attachment(
            null,
            task.processInstanceId(),
            taskId,
            file.name(),
            file.contentType(),
            content.length,
            file.sha256(),
            user.username(),
            clock.instant());
    attachments.insert(attachment, content);
    long id = attachments.selectNewestId(task.processInstanceId(), file.sha256(), user.username());
    audit.record(
        user.username(), "attachment.upload", AUDIT_ATTACHMENT, String.valueOf(id), file.name());
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

  /**
   * The attachments filed with a case, for a caller that has already checked the reader may see it
   * and audited the read (the case file, 卷宗).
   */
  public List<Attachment> filedWith(String processInstanceId) {
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
}
