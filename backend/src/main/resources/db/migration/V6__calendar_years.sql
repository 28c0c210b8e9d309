-- One row per year of the working-day calendar the admin has entered: which notice it follows, and
-- whether it is still provisional (only the dates the law fixes, entered before the State Council's
-- yearly notice, so no make-up workdays yet). The admin replaces a year from the notice with
-- PUT /api/calendar/{year}; who did it last and when are kept here, each edit in audit_event.
create table work_calendar_year (
  calendar_year int          not null primary key,
  notice        varchar(100) null,
  provisional   boolean      not null,
  updated_by    varchar(64)  null,
  updated_at    timestamp    null
);

insert into work_calendar_year (calendar_year, notice, provisional) values
  (2025, '国办发明电〔2024〕12号', false),
  (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）', false),
  (2027, null, true);

-- 2027, provisional: the statutory days of 《全国年节及纪念日放假办法》 (2024 revision) — New Year's
-- Day; Spring Festival eve and the first three days of the first lunar month; Qingming; 1–2 May;
-- Dragon Boat; Mid-Autumn; 1–3 October — with the lunar dates converted for 2027. The bridging days
-- and make-up workdays come with the State Council's notice, which the admin then enters.
insert into work_calendar_day (calendar_date, kind, name) values
  (date '2027-01-01', 'holiday', '元旦'),
  (date '2027-02-06', 'holiday', '春节'),
  (date '2027-02-07', 'holiday', '春节'),
  (date '2027-02-08', 'holiday', '春节'),
  (date '2027-02-09', 'holiday', '春节'),
  (date '2027-04-05', 'holiday', '清明节'),
  (date '2027-05-01', 'holiday', '劳动节'),
  (date '2027-05-02', 'holiday', '劳动节'),
  (date '2027-06-09', 'holiday', '端午节'),
  (date '2027-09-15', 'holiday', '中秋节'),
  (date '2027-10-01', 'holiday', '国庆节'),
  (date '2027-10-02', 'holiday', '国庆节'),
  (date '2027-10-03', 'holiday', '国庆节');
