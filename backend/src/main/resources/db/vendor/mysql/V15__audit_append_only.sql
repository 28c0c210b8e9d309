-- audit_event and audit_seal are append-only in the database itself: no statement of the
-- application (or of anyone with its account) can change or remove a row.
create trigger audit_event_no_update before update on audit_event for each row
  signal sqlstate '45000' set message_text = 'audit_event is append-only';
create trigger audit_event_no_delete before delete on audit_event for each row
  signal sqlstate '45000' set message_text = 'audit_event is append-only';
create trigger audit_seal_no_update before update on audit_seal for each row
  signal sqlstate '45000' set message_text = 'audit_seal is append-only';
create trigger audit_seal_no_delete before delete on audit_seal for each row
  signal sqlstate '45000' set message_text = 'audit_seal is append-only';
