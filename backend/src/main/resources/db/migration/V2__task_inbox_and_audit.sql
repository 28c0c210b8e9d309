-- The task inbox: one row per user task of the engine, written by the engine's task listeners in
-- the same transaction as the engine's own change, so it is never out of step. The inbox queries
-- read only these tables, indexed for them, never the engine's variables.
create table task_inbox (
  task_id               varchar(64)  primary key,
  process_instance_id   varchar(64)  not null,
  process_definition_id varchar(64)  not null,
  process_key           varchar(255) not null,
  process_name          varchar(255) not null,
  task_key              varchar(255) not null,
  task_name             varchar(255) not null,
  title                 varchar(500) not null,
  branch_code           varchar(64),
  branch_name           varchar(100),
  assignee              varchar(64),
  priority              int          not null,
  created_at            timestamp    not null,
  due_at                timestamp    null,
  -- open, done (completed) or deleted (cancelled with its instance)
  state                 varchar(10)  not null,
  ended_at              timestamp    null,
  ended_by              varchar(64)
);
create index ix_task_inbox_mine on task_inbox (assignee, state, due_at);
create index ix_task_inbox_instance on task_inbox (process_instance_id, state);
create index ix_task_inbox_done on task_inbox (ended_by, state, ended_at);

-- Who may claim an open task: 'g:<group id>' or 'u:<username>'. Removed when the task ends.
create table task_candidate (
  task_id   varchar(64)  not null,
  candidate varchar(150) not null,
  constraint pk_task_candidate primary key (task_id, candidate)
);
create index ix_task_candidate_candidate on task_candidate (candidate, task_id);

-- People involved in a process instance (started it, acted on it, were copied): they see its open
-- tasks under "involved".
create table instance_participant (
  process_instance_id varchar(64) not null,
  username            varchar(64) not null,
  reason              varchar(20) not null,
  since               timestamp   not null,
  constraint pk_instance_participant primary key (process_instance_id, username)
);
create index ix_instance_participant_user on instance_participant (username, process_instance_id);

-- Append-only audit trail: who did what to which object, when and from where.
create table audit_event (
  id          bigint auto_increment primary key,
  occurred_at timestamp     not null,
  actor       varchar(64)   not null,
  action      varchar(40)   not null,
  object_type varchar(40)   not null,
  object_id   varchar(64)   not null,
  detail      varchar(1000),
  remote_addr varchar(64)
);
create index ix_audit_event_object on audit_event (object_type, object_id);
create index ix_audit_event_actor on audit_event (actor, occurred_at);

-- Opinions (意见) given on tasks: shown on the case's timeline.
create table task_comment (
  id                  bigint auto_increment primary key,
  task_id             varchar(64)   not null,
  process_instance_id varchar(64)   not null,
  author              varchar(64)   not null,
  body                varchar(2000) not null,
  created_at          timestamp     not null
);
create index ix_task_comment_instance on task_comment (process_instance_id, created_at);
