-- 警示教育活动: one row per campaign, per branch session, per person's attendance and reflection,
-- and per rectification item, written by the campaign processes' listeners in the engine's
-- transaction. The summaries' figures and the views are counted from them.
create table campaign (
  process_instance_id varchar(64)  primary key,
  title               varchar(100) not null,
  kind                varchar(20)  not null,
  special_target      varchar(30),
  session_from        date         not null,
  session_to          date         not null,
  reflection_days     int          not null,
  drafted_by          varchar(64)  not null,
  created_at          timestamp    not null
);

create table campaign_branch (
  campaign_id         varchar(64)  not null,
  branch_code         varchar(64)  not null,
  process_instance_id varchar(64)  not null,
  session_date        date,
  session_form        varchar(20),
  session_place       varchar(100),
  held                boolean      not null default false,
  summary_filed_at    timestamp    null,
  constraint pk_campaign_branch primary key (campaign_id, branch_code)
);

create table campaign_attendance (
  campaign_id     varchar(64)  not null,
  username        varchar(64)  not null,
  branch_code     varchar(64)  not null,
  present         boolean      not null,
  absence_reason  varchar(200),
  made_up_on      date,
  constraint pk_campaign_attendance primary key (campaign_id, username)
);

create table campaign_reflection (
  campaign_id     varchar(64)  not null,
  username        varchar(64)  not null,
  branch_code     varchar(64)  not null,
  due_at          timestamp    not null,
  submitted_at    timestamp    not null,
  late            boolean      not null,
  submissions     int          not null,
  constraint pk_campaign_reflection primary key (campaign_id, username)
);

create table campaign_rectification (
  follow_up_instance_id varchar(64)  primary key,
  campaign_id           varchar(64)  not null,
  branch_code           varchar(64)  not null,
  title                 varchar(200) not null,
  owner                 varchar(64)  not null,
  created_at            timestamp    not null
);
create index ix_campaign_rectification on campaign_rectification (campaign_id, branch_code);
