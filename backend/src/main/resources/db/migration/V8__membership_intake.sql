-- 发展党员: one intake case per application, from 递交入党申请书 to full membership (or not), and the
-- member registry's history. The process instance holds only intake_case.id (variable intakeId);
-- the record of each step lives here.
create table intake_case (
  id                      bigint auto_increment primary key,
  person_id               bigint       not null,
  applicant               varchar(64)  not null,
  branch_code             varchar(50)  not null,
  -- the rules the case follows (《中国共产党发展党员工作细则》 2014 unless a later revision applies)
  rule_set                varchar(20)  not null,
  stage                   varchar(30)  not null,
  state                   varchar(10)  not null,
  process_instance_id     varchar(64),
  application_date        date         not null,
  talk_due                date         not null,
  talker                  varchar(64),
  recommendation_type     varchar(30),
  activist_resolution_date date,
  activist_filed_date     date,
  outcome                 varchar(30),
  opened_at               timestamp    not null,
  closed_at               timestamp    null,
  constraint ck_intake_case_state check (state in ('open', 'closed')),
  constraint fk_intake_case_person foreign key (person_id) references person (id)
);
create index ix_intake_case_person on intake_case (person_id, state);
create index ix_intake_case_branch on intake_case (branch_code, state, stage);

-- Talks held during an intake: with the applicant (派人谈话), later the committee's talk.
create table intake_talk (
  id              bigint auto_increment primary key,
  intake_id       bigint        not null,
  kind            varchar(30)   not null,
  talker          varchar(64)   not null,
  talk_date       date          not null,
  record          varchar(2000) not null,
  recorded_at     timestamp     not null,
  constraint fk_intake_talk_case foreign key (intake_id) references intake_case (id)
);
create index ix_intake_talk_case on intake_talk (intake_id);

-- The member registry's history: every change of person.member_status, with the date it took
-- effect, the step that made it and the intake case it belongs to.
create table member_status_change (
  id            bigint auto_increment primary key,
  person_id     bigint       not null,
  status        varchar(30)  not null,
  effective_on  date         not null,
  step          varchar(64)  not null,
  step_name     varchar(100) not null,
  intake_id     bigint       null,
  changed_by    varchar(64)  not null,
  changed_at    timestamp    not null,
  constraint fk_member_status_change_person foreign key (person_id) references person (id)
);
create index ix_member_status_change_person on member_status_change (person_id, changed_at);
