-- When a person joined the court: special warning-education campaigns for new staff (新入职干警)
-- take those who joined within the last months. Unknown (null) for people recorded before.
alter table person add column hired_on date null;
