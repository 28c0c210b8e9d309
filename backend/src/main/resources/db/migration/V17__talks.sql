-- 谈心谈话: one row per talk (an instance of the talk process), written when it is scheduled and
-- when it is recorded, for the coverage view (who has been talked with this year). The talk's
-- content stays in the process; this is only who, when and whether.
create table talk (
  process_instance_id varchar(64)  primary key,
  talk_year           int          not null,
  kind                varchar(20)  not null,
  talker              varchar(64)  not null,
  talkee              varchar(64)  not null,
  branch_code         varchar(64),
  due_at              timestamp    not null,
  talked_on           date         null,
  created_at          timestamp    not null
);
create index ix_talk_talkee on talk (talkee, talk_year);
create index ix_talk_year_branch on talk (talk_year, branch_code);
