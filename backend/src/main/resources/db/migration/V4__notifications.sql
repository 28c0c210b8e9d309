-- In-app notifications. dedup_key makes every notification idempotent: whoever sends one names it
-- (reminder:<task>:<user>, escalation:<task>:<user>, ...) and a second send with the same key,
-- from this node or another, is a no-op.
create table notification (
  id          bigint auto_increment primary key,
  recipient   varchar(64)   not null,
  kind        varchar(30)   not null,
  title       varchar(500)  not null,
  body        varchar(1000),
  link        varchar(255),
  task_id     varchar(64),
  created_at  timestamp     not null,
  read_at     timestamp     null,
  dedup_key   varchar(200)  not null,
  constraint uk_notification_dedup_key unique (dedup_key)
);
create index ix_notification_recipient on notification (recipient, read_at, created_at);

-- The deadline sweep: which open tasks are due soon or overdue, found by an index range on due_at,
-- never by reading the engine's tables. reminded_at / escalated_at record that a sweep has dealt
-- with the task; they are cleared when the assignee or the due date changes, so the new holder is
-- told too (the dedup keys stop anyone being told twice).
alter table task_inbox add reminded_at timestamp null;
alter table task_inbox add escalated_at timestamp null;
create index ix_task_inbox_due on task_inbox (state, due_at);
