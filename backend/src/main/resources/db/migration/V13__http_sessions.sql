-- Spring Session's tables (its schema for MySQL, in Flyway's hands like ours): the logged-in
-- sessions live in the database, so that every node serves every request and a restart logs
-- nobody out. Attribute values are Java-serialised (the security context with CurrentUser).
-- Upper case: Spring Session names them so in its statements, and MySQL's table names are
-- case-sensitive on Linux.
create table SPRING_SESSION (
  PRIMARY_ID            char(36)     not null primary key,
  SESSION_ID            char(36)     not null,
  CREATION_TIME         bigint       not null,
  LAST_ACCESS_TIME      bigint       not null,
  MAX_INACTIVE_INTERVAL int          not null,
  EXPIRY_TIME           bigint       not null,
  PRINCIPAL_NAME        varchar(100)
);
create unique index ix_spring_session_id on SPRING_SESSION (SESSION_ID);
create index ix_spring_session_expiry on SPRING_SESSION (EXPIRY_TIME);
create index ix_spring_session_principal on SPRING_SESSION (PRINCIPAL_NAME);

create table SPRING_SESSION_ATTRIBUTES (
  SESSION_PRIMARY_ID char(36)     not null,
  ATTRIBUTE_NAME     varchar(200) not null,
  ATTRIBUTE_BYTES    ${blobType}  not null,
  primary key (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
  constraint fk_spring_session_attributes foreign key (SESSION_PRIMARY_ID)
    references SPRING_SESSION (PRIMARY_ID) on delete cascade
);
