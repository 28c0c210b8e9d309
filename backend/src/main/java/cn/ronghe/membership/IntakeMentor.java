package cn.ronghe.membership;

import java.time.LocalDate;

/** 培养联系人 ({@code intake_mentor}): a full member of the branch assigned to the activist (第九条). */
public record IntakeMentor(
    Long id, long intakeId, String mentor, LocalDate assignedOn, String assignedBy) {}
