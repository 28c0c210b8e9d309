-- 立案审查: a clue that became a case (its case process, the sanction decided and its form of the
-- "four forms", the appeal's result), and the people who declared a conflict (回避): they leave
-- the access list and may not be named to the case again.
alter table discipline_case add column case_instance_id varchar(64) null;
alter table discipline_case add column case_opened_at timestamp null;
alter table discipline_case add column sanction varchar(20) null;
alter table discipline_case add column decided_on date null;
alter table discipline_case add column appeal_result varchar(20) null;
alter table discipline_case add column case_closed_at timestamp null;
-- 四种形态 (1..4) of the outcome or the sanction; null when neither is one (cleared, held, ...)
alter table discipline_case add column four_form int null;

create table discipline_case_recusal (
  case_id      varchar(64)    not null,
  username     varchar(64)    not null,
  reason       varchar(1000)  not null,
  declared_by  varchar(64)    not null,
  declared_at  timestamp      not null,
  constraint pk_discipline_case_recusal primary key (case_id, username)
);
