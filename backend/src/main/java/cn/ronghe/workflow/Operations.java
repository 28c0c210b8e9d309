package cn.ronghe.workflow;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What the administrator watches the engine by: the jobs that failed (a timer, an asynchronous
 * step) with their error, retried on request with the outcome shown; the process versions deployed
 * and how many instances run on each. The error of a confidential process's job is shown by its
 * type only: its message may quote the case.
 */
@Service
public class Operations {

  private static final int LIMIT = 500;

  private final ManagementService management;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ConfidentialProcesses confidential;
  private final AuditService audit;

  Operations(
      ManagementService management,
      RuntimeService runtime,
      RepositoryService repository,
      ConfidentialProcesses confidential,
      AuditService audit) {
    this.management = management;
    this.runtime = runtime;
    this.repository = repository;
    this.confidential = confidential;
    this.audit = audit;
  }

  /**
   * A job that failed: where, how often it may still be tried, why; its incident once none are
   * left.
   */
  public record FailedJob(
      String jobId,
      String processKey,
      String processName,
      int processVersion,
      String processInstanceId,
      String activityId,
      String activityName,
      int retries,
      String error,
      boolean confidential,
      Instant dueAt,
      String incidentId,
      Instant incidentAt) {}

  public List<FailedJob> failedJobs() {
    Map<String, Incident> incidents = new HashMap<>();
    runtime
        .createIncidentQuery()
        .incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
        .list()
        .forEach(i -> incidents.put(i.getConfiguration(), i));
    List<FailedJob> failed = new ArrayList<>();
    for (Job job :
        management.createJobQuery().withException().orderByJobId().asc().listPage(0, LIMIT)) {
      failed.add(describe(job, incidents.get(job.getId())));
    }
    failed.sort(Comparator.comparing(FailedJob::retries).thenComparing(FailedJob::jobId));
    return failed;
  }

  /** The outcome of running a failed job again, now. */
  public record Retry(String jobId, boolean succeeded, String error, FailedJob job) {}

  /**
   * Runs the failed job again at once, with one more try, and says how it went: on success the job
   * is done (and its incident resolved); on failure the new error is shown and the incident stays.
   */
  public Retry retry(CurrentUser admin, String jobId) {
    Job job = management.createJobQuery().jobId(jobId).singleResult();
    if (job == null) {
      throw ApiException.notFound("作业不存在或已完成: " + jobId);
    }
    String error = null;
    try {
      management.setJobRetries(jobId, 1);
      management.executeJob(jobId);
    } catch (OptimisticLockingException e) {
      throw new ApiException(HttpStatus.CONFLICT, "job.busy", "该作业正在执行，请稍后刷新查看");
    } catch (RuntimeException e) {
      error = messageOf(job, e);
    }
    Job after = management.createJobQuery().jobId(jobId).singleResult();
    boolean succeeded = error == null;
    audit.record(
        admin.username(),
        "operations.retry",
        "job",
        jobId,
        (succeeded ? "succeeded" : "failed again") + " · " + job.getProcessDefinitionKey());
    return new Retry(
        jobId, succeeded, error, after == null ? null : describe(after, incident(after)));
  }

  /** One version of a process: when it was deployed, how many instances run on it. */
  public record Version(
      String id,
      int version,
      Instant deployedAt,
      long running,
      long incidents,
      boolean suspended) {}

  /** A process and its deployed versions, newest first. */
  public record ProcessVersions(String key, String name, List<Version> versions) {}

  public List<ProcessVersions> processes() {
    Map<String, ProcessVersions> byKey = new LinkedHashMap<>();
    Map<String, Instant> deployed = new HashMap<>();
    for (Deployment deployment : repository.createDeploymentQuery().list()) {
      deployed.put(deployment.getId(), deployment.getDeploymentTime().toInstant());
    }
    for (ProcessDefinition definition :
        repository
            .createProcessDefinitionQuery()
            .orderByProcessDefinitionKey()
            .asc()
            .orderByProcessDefinitionVersion()
            .desc()
            .list()) {
      ProcessVersions process =
          byKey.computeIfAbsent(
              definition.getKey(),
              key ->
                  new ProcessVersions(
                      key,
                      definition.getName() == null ? key : definition.getName(),
                      new ArrayList<>()));
      process
          .versions()
          .add(
              new Version(
                  definition.getId(),
                  definition.getVersion(),
                  deployed.get(definition.getDeploymentId()),
                  runtime
                      .createProcessInstanceQuery()
                      .processDefinitionId(definition.getId())
                      .count(),
                  runtime.createIncidentQuery().processDefinitionId(definition.getId()).count(),
                  definition.isSuspended()));
    }
    return List.copyOf(byKey.values());
  }

  private FailedJob describe(Job job, Incident incident) {
    ProcessDefinition definition =
        job.getProcessDefinitionId() == null
            ? null
            : repository.getProcessDefinition(job.getProcessDefinitionId());
    String activityId = incident != null ? incident.getActivityId() : job.getFailedActivityId();
    boolean secret =
        job.getProcessInstanceId() != null
            && confidential.confidentialPath(job.getProcessInstanceId()).isPresent();
    return new FailedJob(
        job.getId(),
        job.getProcessDefinitionKey(),
        definition == null || definition.getName() == null
            ? job.getProcessDefinitionKey()
            : definition.getName(),
        definition == null ? 0 : definition.getVersion(),
        job.getProcessInstanceId(),
        activityId,
        activityName(job.getProcessDefinitionId(), activityId),
        job.getRetries(),
        secret ? hidden(job.getExceptionMessage()) : job.getExceptionMessage(),
        secret,
        job.getDuedate() == null ? null : job.getDuedate().toInstant(),
        incident == null ? null : incident.getId(),
        incident == null ? null : incident.getIncidentTimestamp().toInstant());
  }

  private Incident incident(Job job) {
    return runtime.createIncidentQuery().configuration(job.getId()).singleResult();
  }

  private String activityName(String definitionId, String activityId) {
    if (definitionId == null || activityId == null) {
      return null;
    }
    return repository.getBpmnModelInstance(definitionId).getModelElementById(activityId)
            instanceof FlowElement element
        ? element.getName()
        : null;
  }

  private String messageOf(Job job, RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    boolean secret =
        job.getProcessInstanceId() != null
            && confidential.confidentialPath(job.getProcessInstanceId()).isPresent();
    return secret ? hidden(message) : message;
  }

  /** Only that there was an error: a confidential case's may quote the case. */
  private static String hidden(String message) {
    return message == null ? null : "（保密流程：错误内容不予显示，见服务器日志）";
  }
}
