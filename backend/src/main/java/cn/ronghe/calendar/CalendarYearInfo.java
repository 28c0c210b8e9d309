package cn.ronghe.calendar;

import java.time.Instant;

/** The admin's record of one calendar year ({@code work_calendar_year}). */
record CalendarYearInfo(
    int year, String notice, boolean provisional, String updatedBy, Instant updatedAt) {}
