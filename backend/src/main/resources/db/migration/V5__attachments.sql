-- Files attached to a case (process instance), optionally at one of its tasks. Kept in the
-- database, so every node serves them and a backup holds them.
create table attachment (
  id                  bigint auto_increment primary key,
  process_instance_id varchar(64)  not null,
  task_id             varchar(64),
  file_name           varchar(255) not null,
  content_type        varchar(100) not null,
  size_bytes          bigint       not null,
  sha256              char(64)     not null,
  content             ${blobType}  not null,
  uploaded_by         varchar(64)  not null,
  uploaded_at         timestamp    not null
);
create index ix_attachment_instance on attachment (process_instance_id, uploaded_at);
