-- 年度谈心谈话计划: the talks the yearly plan started, one per person, year and kind, so that
-- running the plan again (a member who joined in the year) starts only the missing ones.
create table talk_plan_item (
  plan_year           int          not null,
  kind                varchar(20)  not null,
  talkee              varchar(64)  not null,
  talker              varchar(64)  not null,
  branch_code         varchar(64)  not null,
  process_instance_id varchar(64)  not null,
  created_at          timestamp    not null,
  constraint pk_talk_plan_item primary key (plan_year, kind, talkee)
);
create index ix_talk_plan_item_branch on talk_plan_item (plan_year, branch_code);
