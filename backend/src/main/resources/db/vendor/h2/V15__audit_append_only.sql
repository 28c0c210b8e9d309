-- audit_event and audit_seal are append-only in the database itself: no statement of the
-- application can change or remove a row (cn.ronghe.audit.AppendOnlyTrigger refuses it).
create trigger audit_event_no_update before update on audit_event for each row
  call 'cn.ronghe.audit.AppendOnlyTrigger';
create trigger audit_event_no_delete before delete on audit_event for each row
  call 'cn.ronghe.audit.AppendOnlyTrigger';
create trigger audit_seal_no_update before update on audit_seal for each row
  call 'cn.ronghe.audit.AppendOnlyTrigger';
create trigger audit_seal_no_delete before delete on audit_seal for each row
  call 'cn.ronghe.audit.AppendOnlyTrigger';
