package cn.ronghe.membership;

import java.time.LocalDate;

/** 入党介绍人 ({@code intake_introducer}): exactly two full members per case (第十四条). */
public record IntakeIntroducer(
    Long id, long intakeId, String introducer, LocalDate namedOn, String namedBy) {}
