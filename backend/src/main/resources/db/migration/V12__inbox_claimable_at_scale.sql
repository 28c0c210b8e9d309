-- The claimable inbox at 100,000 open tasks (issue 5, measured with the bench profile): the page
-- and its counts read every candidate row of the user and looked each task up to test its state
-- and assignee, then sorted them. Now:
-- * task_inbox.no_due orders tasks without a due date last as a plain column, so the page reads
--   ix_task_inbox_queue in its own order and stops after a page;
-- * task_candidate.assigned says whether the task has a holder, so the claimable count reads
--   ix_task_candidate_claimable alone. Candidate rows exist only while their task is open.
alter table task_inbox add no_due boolean not null default false;
update task_inbox set no_due = true where due_at is null;
create index ix_task_inbox_queue on task_inbox (state, assignee, no_due, due_at, created_at, task_id);

alter table task_candidate add assigned boolean not null default false;
update task_candidate set assigned = true
  where task_id in (select task_id from task_inbox where assignee is not null);
create index ix_task_candidate_claimable on task_candidate (candidate, assigned, task_id);
