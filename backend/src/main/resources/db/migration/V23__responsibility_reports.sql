-- 主体责任年度报告: one row per yearly round, per organisation's report, per section and figure of
-- a report, and per feedback item, written by the report processes' listeners in the engine's
-- transaction. The year × organisation matrix, the report page and the score export read them.
create table report_round (
  process_instance_id varchar(64)   primary key,
  report_year         int           not null,
  due_on              date          not null,
  template_code       varchar(40)   not null,
  requirements        varchar(2000),
  opened_by           varchar(64),
  opened_at           timestamp     not null,
  closed_at           timestamp     null,
  constraint uq_report_round_year unique (report_year)
);

create table responsibility_report (
  process_instance_id   varchar(64)   primary key,
  round_id              varchar(64)   not null,
  report_year           int           not null,
  org_code              varchar(64)   not null,
  status                varchar(20)   not null,
  due_on                date          not null,
  submitted_at          timestamp     null,
  submitted_by          varchar(64),
  return_count          int           not null default 0,
  escalated_at          timestamp     null,
  branch_review_opinion varchar(1000),
  discipline_opinion    varchar(2000),
  review_comment        varchar(2000),
  score                 decimal(4,1),
  grade                 varchar(20),
  reviewed_by           varchar(64),
  accepted_at           timestamp     null,
  created_at            timestamp     not null,
  constraint uq_responsibility_report unique (report_year, org_code)
);

create table report_section (
  report_id       varchar(64)   not null,
  sort_order      int           not null,
  code            varchar(40)   not null,
  title           varchar(100)  not null,
  guidance        varchar(1000),
  content         varchar(4000),
  return_comment  varchar(1000),
  constraint pk_report_section primary key (report_id, sort_order)
);

create table report_figure (
  report_id       varchar(64)   not null,
  sort_order      int           not null,
  code            varchar(40)   not null,
  label           varchar(100)  not null,
  computed_value  int           not null,
  reported_value  int,
  note            varchar(200),
  constraint pk_report_figure primary key (report_id, sort_order)
);

create table report_feedback_item (
  follow_up_instance_id varchar(64)  primary key,
  report_id             varchar(64)  not null,
  org_code              varchar(64)  not null,
  title                 varchar(200) not null,
  owner                 varchar(64)  not null,
  created_at            timestamp    not null
);
create index ix_report_feedback_item on report_feedback_item (report_id);
