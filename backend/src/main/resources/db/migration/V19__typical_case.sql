-- 典型案例库: the cases notified by the discipline authorities that warning-education campaigns use
-- as materials. Kept, never deleted: a case withdrawn from the library is marked inactive.
create table typical_case (
  id              bigint auto_increment primary key,
  title           varchar(200)  not null,
  summary         varchar(5000) not null,
  violation_type  varchar(30)   not null,
  source          varchar(200)  not null,
  notified_on     date          not null,
  local_case      boolean       not null default false,
  active          boolean       not null default true,
  created_by      varchar(64)   not null,
  created_at      timestamp     not null,
  updated_by      varchar(64)   not null,
  updated_at      timestamp     not null
);
create index ix_typical_case_notified on typical_case (active, notified_on);
