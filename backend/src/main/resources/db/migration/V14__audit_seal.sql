-- The audit trail's seal: a hash chain over audit_event, written after the fact by the sealer
-- (cn.ronghe.audit.AuditSealer) so that no audited action waits for a global lock. Seal n holds
-- hash(n) = SHA-256(hash(n-1) ‖ event), so changing, removing or inserting an event or a seal
-- anywhere breaks every hash after it. Like audit_event, append-only (see db/vendor/*/V15).
create table audit_seal (
  seq       bigint   primary key,
  event_id  bigint   not null,
  hash      char(64) not null,
  sealed_at timestamp not null,
  constraint uk_audit_seal_event unique (event_id)
);

-- The head of the chain (one row): the last seal, and the floor below which every event is sealed
-- (so a sweep looks only at the events above it for unsealed ones).
create table audit_seal_head (
  id       int      primary key,
  seq      bigint   not null,
  hash     char(64) not null,
  floor_id bigint   not null
);
insert into audit_seal_head (id, seq, hash, floor_id)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

create index ix_audit_event_occurred on audit_event (occurred_at);
