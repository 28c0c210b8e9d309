package cn.ronghe.workflow.inbox;

/** What a finished task came to, as the case timeline shows it (e.g. 退回申请人补充). */
public record TaskOutcome(String taskId, String outcome) {}
