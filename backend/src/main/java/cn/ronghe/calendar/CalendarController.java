package cn.ronghe.calendar;

import cn.ronghe.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar: read by anyone logged in (due dates, date pickers), kept by the admin
 * one year at a time.
 */
@RestController
class CalendarController {

  private final CalendarEditor editor;

  CalendarController(CalendarEditor editor) {
    this.editor = editor;
  }

  @GetMapping("/api/calendar/{year}")
  CalendarYear year(@PathVariable int year) {
    return editor.read(year);
  }

  /** Replaces the year's holidays and make-up workdays (admin only). */
  @PutMapping("/api/calendar/{year}")
  CalendarYear replace(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable int year,
      @RequestBody CalendarEditor.YearInput body) {
    return editor.replace(user, year, body);
  }
}
