-- The top-level process instance a task belongs to: a task of a called process (the conversion
-- 转正 called by 发展党员) belongs to the case of the process that called it. Until now every task
-- was of a top-level instance.
alter table task_inbox add root_process_instance_id varchar(64) null;
update task_inbox set root_process_instance_id = process_instance_id;
create index ix_task_inbox_root on task_inbox (root_process_instance_id, state);
