-- Files of a typical case (the notice as issued, a judgment, photos): kept in the database like
-- case attachments, so every node serves them and a backup holds them.
create table typical_case_file (
  id               bigint auto_increment primary key,
  typical_case_id  bigint       not null,
  file_name        varchar(255) not null,
  content_type     varchar(100) not null,
  size_bytes       bigint       not null,
  sha256           char(64)     not null,
  content          ${blobType}  not null,
  uploaded_by      varchar(64)  not null,
  uploaded_at      timestamp    not null,
  constraint fk_typical_case_file_case foreign key (typical_case_id) references typical_case (id)
);
create index ix_typical_case_file_case on typical_case_file (typical_case_id, uploaded_at);
