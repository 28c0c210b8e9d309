package cn.ronghe.calendar;

/** What an entry of the working-day calendar says about its date. */
public enum DayKind {
  /** A statutory day off (放假), usually on a weekday. */
  holiday,
  /** A make-up working day (调休上班), always on a Saturday or Sunday. */
  workday
}
