package cn.ronghe.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An intake as the list shows it, with the step it waits at: the open task of its process, read
 * from the workbench's inbox ({@code task_inbox}), which the intake list joins as a read model;
 * with no open task, a probationary member's case waits for the end of probation.
 */
record IntakeRow(
    long id,
    String applicant,
    String branchCode,
    String stage,
    String state,
    String ruleSet,
    LocalDate applicationDate,
    String outcome,
    String processInstanceId,
    String currentTaskKey,
    String currentTaskName,
    Instant currentDue,
    LocalDate probationEnds) {}
