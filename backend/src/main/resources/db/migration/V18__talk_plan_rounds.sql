-- A quota above one talk a year (a leader with each cadre twice a year; a branch may set its
-- members' quota higher): the plan starts one talk per round, so an item is one person's talk of
-- a kind with one talker in one round of the year.
alter table talk_plan_item add column talk_round int not null default 1;
alter table talk_plan_item drop primary key;
alter table talk_plan_item
  add constraint pk_talk_plan_item primary key (plan_year, kind, talkee, talker, talk_round);
