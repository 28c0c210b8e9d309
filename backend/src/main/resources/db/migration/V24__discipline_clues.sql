-- 问题线索处置: one row per clue (its number, source, subject, the way it was disposed of and the
-- outcome), its access list (who may see it: the registrar, the commission head, the verification
-- team), and the last number given in each year. Written by the process's listeners in the
-- engine's transaction; every query of the views joins the access list.
create table discipline_case (
  process_instance_id varchar(64)  primary key,
  case_year           int          not null,
  case_seq            int          not null,
  case_number         varchar(40)  not null,
  source              varchar(20)  not null,
  received_on         date         not null,
  complainant_named   boolean      not null,
  subject_username    varchar(64)  not null,
  higher_level        boolean      not null,
  registrar           varchar(64)  not null,
  registered_at       timestamp    not null,
  disposal_way        varchar(20),
  outcome             varchar(20),
  closed_at           timestamp    null,
  constraint uq_discipline_case_number unique (case_year, case_seq)
);

create table discipline_case_access (
  case_id     varchar(64)  not null,
  username    varchar(64)  not null,
  duty        varchar(20)  not null,
  granted_at  timestamp    not null,
  constraint pk_discipline_case_access primary key (case_id, username, duty)
);
create index ix_discipline_case_access_user on discipline_case_access (username, case_id);

create table discipline_case_year (
  case_year  int  primary key,
  last_seq   int  not null
);
