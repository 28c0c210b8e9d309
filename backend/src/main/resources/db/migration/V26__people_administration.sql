-- People administration and the roster import (issue 11).

-- After an administrator sets or resets a password, its owner must choose a new one before
-- anything else.
alter table app_user add column password_must_change boolean not null default false;

-- Why a person's status changed outside a process (an administrator's correction, a roster
-- import); null for the changes a process step made.
alter table member_status_change add column reason varchar(500) null;

-- When a person left the roster (停用), and why; their history stays.
alter table person add column deactivated_on date null;
alter table person add column deactivated_reason varchar(500) null;

-- Imports of the Excel roster: one row each, with its progress while it runs. An import runs in
-- one transaction; the progress is written beside it, so every node can show it.
create table roster_import (
  id                 bigint auto_increment primary key,
  file_name          varchar(255) not null,
  status             varchar(20)  not null,
  total              int          not null,
  processed          int          not null default 0,
  orgs_created       int          not null default 0,
  orgs_updated       int          not null default 0,
  orgs_unchanged     int          not null default 0,
  people_created     int          not null default 0,
  people_updated     int          not null default 0,
  people_unchanged   int          not null default 0,
  error              varchar(2000) null,
  started_by         varchar(64)  not null,
  started_at         timestamp    not null,
  updated_at         timestamp    not null,
  finished_at        timestamp    null
);
create index ix_roster_import_started on roster_import (started_at);

-- The administrator's values of the configurable rules (quotas, time limits), by the property
-- that sets their default; a rule not here has its configured default.
create table app_setting (
  name          varchar(100) primary key,
  setting_value int          not null,
  updated_by    varchar(64)  not null,
  updated_at    timestamp    not null
);
