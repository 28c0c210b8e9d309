-- What a finished task came to, for the case timeline: the label of the option chosen in the form's
-- outcome field (通过，报机关党委审批 / 退回申请人补充 / …), or 退回 when it was sent back to an earlier
-- step. Null for steps without a decision.
alter table task_inbox add outcome varchar(100) null;
