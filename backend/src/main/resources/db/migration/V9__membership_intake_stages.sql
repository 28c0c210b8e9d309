-- 发展党员 after the activist's filing: stages 2 to 5. The case keeps its key dates (one per step
-- that happens once); what a step records several times, or in more detail, has its own table.
alter table intake_case add column development_resolution_date date;
alter table intake_case add column notice_start date;
alter table intake_case add column notice_end date;
alter table intake_case add column opinions_heard varchar(2000);
alter table intake_case add column notice_result varchar(2000);
alter table intake_case add column development_filed_date date;
alter table intake_case add column committee_review_date date;
alter table intake_case add column committee_review_opinion varchar(2000);
alter table intake_case add column pre_review_date date;
alter table intake_case add column application_form_number varchar(64);
alter table intake_case add column leaving_soon boolean;
alter table intake_case add column application_form_date date;
alter table intake_case add column introducer_opinions varchar(2000);
-- the branch general meeting that admitted (a meeting without quorum is in intake_vote only)
alter table intake_case add column admission_meeting_date date;
alter table intake_case add column admission_approved_date date;
alter table intake_case add column admission_reported_date date;
-- the approval was still pending 3 months (warned) and 6 months (breached) after the meeting
alter table intake_case add column approval_warned_at timestamp null;
alter table intake_case add column approval_breached_at timestamp null;
alter table intake_case add column party_group varchar(100);
alter table intake_case add column oath_date date;
-- end of probation: the meeting date + 12 months, moved by an extension
alter table intake_case add column probation_ends date;
-- 转正申请: the probationary member's letter, latest first
alter table intake_case add column conversion_requested_date date;
alter table intake_case add column conversion_letter varchar(4000);
alter table intake_case add column converted_on date;
alter table intake_case add column archived_on date;
alter table intake_case add column archived_documents varchar(1000);

-- 培养联系人: one or two full members per case.
create table intake_mentor (
  id           bigint auto_increment primary key,
  intake_id    bigint      not null,
  mentor       varchar(64) not null,
  assigned_on  date        not null,
  assigned_by  varchar(64) not null,
  constraint fk_intake_mentor_case foreign key (intake_id) references intake_case (id)
);
create index ix_intake_mentor_case on intake_mentor (intake_id);

-- 半年考察: one per half year while an activist.
create table intake_assessment (
  id           bigint auto_increment primary key,
  intake_id    bigint        not null,
  assessed_on  date          not null,
  assessor     varchar(64)   not null,
  conclusion   varchar(10)   not null,
  record       varchar(2000) not null,
  recorded_at  timestamp     not null,
  constraint fk_intake_assessment_case foreign key (intake_id) references intake_case (id)
);
create index ix_intake_assessment_case on intake_assessment (intake_id);

-- 入党介绍人: exactly two per case.
create table intake_introducer (
  id           bigint auto_increment primary key,
  intake_id    bigint      not null,
  introducer   varchar(64) not null,
  named_on     date        not null,
  named_by     varchar(64) not null,
  constraint fk_intake_introducer_case foreign key (intake_id) references intake_case (id)
);
create index ix_intake_introducer_case on intake_introducer (intake_id);

-- 政治审查: the written conclusion; passed or failed.
create table intake_political_review (
  id            bigint auto_increment primary key,
  intake_id     bigint        not null,
  reviewed_on   date          not null,
  result        varchar(10)   not null,
  conclusion    varchar(2000) not null,
  reviewed_by   varchar(64)   not null,
  recorded_at   timestamp     not null,
  constraint fk_intake_political_review_case foreign key (intake_id) references intake_case (id)
);
create index ix_intake_political_review_case on intake_political_review (intake_id);

-- 集中培训: ≥ 3 days or ≥ 24 class hours.
create table intake_training (
  id            bigint auto_increment primary key,
  intake_id     bigint       not null,
  start_date    date         not null,
  end_date      date         not null,
  days          int          not null,
  class_hours   int          not null,
  certificate   varchar(64),
  recorded_by   varchar(64)  not null,
  recorded_at   timestamp    not null,
  constraint fk_intake_training_case foreign key (intake_id) references intake_case (id)
);
create index ix_intake_training_case on intake_training (intake_id);

-- 支部大会表决: admission or conversion; every meeting entered, valid or not.
create table intake_vote (
  id                bigint auto_increment primary key,
  intake_id         bigint        not null,
  kind              varchar(20)   not null,
  meeting_date      date          not null,
  entitled          int           not null,
  present           int           not null,
  votes_for         int           not null,
  votes_against     int           not null,
  votes_abstain     int           not null,
  written_votes     int           not null,
  -- noQuorum, lost or passed
  result            varchar(20)   not null,
  -- conversion only: convert, extend or cancel, and the months of an extension
  decision          varchar(20),
  extension_months  int,
  resolution        varchar(2000),
  recorded_by       varchar(64)   not null,
  recorded_at       timestamp     not null,
  constraint ck_intake_vote_kind check (kind in ('admission', 'conversion')),
  constraint fk_intake_vote_case foreign key (intake_id) references intake_case (id)
);
create index ix_intake_vote_case on intake_vote (intake_id, kind);

-- 审批 by the Party committee: pre-review, admission and conversion.
create table intake_approval (
  id           bigint auto_increment primary key,
  intake_id    bigint        not null,
  kind         varchar(20)   not null,
  decided_on   date          not null,
  decision     varchar(20)   not null,
  comment      varchar(2000),
  decided_by   varchar(64)   not null,
  recorded_at  timestamp     not null,
  constraint ck_intake_approval_kind check (kind in ('pre-review', 'admission', 'conversion')),
  constraint fk_intake_approval_case foreign key (intake_id) references intake_case (id)
);
create index ix_intake_approval_case on intake_approval (intake_id, kind);

-- 留党察看 and other Party sanctions, as far as intake needs them: an introducer may not be under one.
create table member_sanction (
  id              bigint auto_increment primary key,
  person_id       bigint       not null,
  -- warning, serious-warning, removal-from-post, probation (留党察看), expulsion
  kind            varchar(30)  not null,
  effective_from  date         not null,
  effective_until date,
  decided_by      varchar(100),
  constraint fk_member_sanction_person foreign key (person_id) references person (id)
);
create index ix_member_sanction_person on member_sanction (person_id);
