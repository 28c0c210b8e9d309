-- Party organisations, people and user accounts. Runs unchanged on H2 and MySQL/MariaDB.

-- The organisation tree: 机关党委 (committee) → 党支部 (branch) → 党小组 (group);
-- the discipline commission (commission) hangs under the committee.
create table org_unit (
  id          bigint auto_increment primary key,
  code        varchar(64)  not null,
  name        varchar(100) not null,
  type        varchar(20)  not null,
  parent_id   bigint,
  sort_order  int          not null default 0,
  active      boolean      not null default true,
  constraint uk_org_unit_code unique (code),
  constraint fk_org_unit_parent foreign key (parent_id) references org_unit (id)
);

-- People (干警): everyone in the court's organs, Party member or not.
create table person (
  id                  bigint auto_increment primary key,
  name                varchar(50)  not null,
  gender              char(1)      not null,
  birth_date          date,
  id_number           varchar(18),
  post                varchar(100),
  org_id              bigint,
  member_status       varchar(30)  not null default 'none',
  member_status_since date,
  active              boolean      not null default true,
  constraint uk_person_id_number unique (id_number),
  constraint fk_person_org foreign key (org_id) references org_unit (id)
);
create index ix_person_org on person (org_id);

-- Login accounts. Failed logins and lockout live here so they hold on every node.
create table app_user (
  id                  bigint auto_increment primary key,
  username            varchar(64)  not null,
  person_id           bigint,
  display_name        varchar(50)  not null,
  password_hash       varchar(100) not null,
  enabled             boolean      not null default true,
  failed_logins       int          not null default 0,
  locked_until        timestamp    null,
  password_changed_at timestamp    null,
  constraint uk_app_user_username unique (username),
  constraint fk_app_user_person foreign key (person_id) references person (id)
);

-- Roles of a user; branch roles (branch-secretary, branch-committee) name the organisation.
create table role_grant (
  id       bigint auto_increment primary key,
  user_id  bigint      not null,
  role     varchar(40) not null,
  org_id   bigint,
  constraint fk_role_grant_user foreign key (user_id) references app_user (id),
  constraint fk_role_grant_org foreign key (org_id) references org_unit (id)
);
create index ix_role_grant_user on role_grant (user_id);
