package cn.ronghe.membership;

import cn.ronghe.system.ApiException;
import cn.ronghe.system.ApiException.FieldProblem;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The checks of 《中国共产党发展党员工作细则》 (2014) that a step must pass, each refusing with a code {@code
 * rule.<name>} and a message that names the rule. Pure functions of their arguments.
 */
final class IntakeRules {

  static final int MINIMUM_AGE = 18;

  private IntakeRules() {}

  /** 第五条: the applicant is at least 18 on the day of the application. */
  static void applicantOfAge(LocalDate birthDate, LocalDate applicationDate) {
    if (birthDate == null) {
      throw refused("applicant-birth-date", "applicationDate", "人员档案缺少出生日期，无法核对申请人年龄，请联系机关党委补录");
    }
    int age = Period.between(birthDate, applicationDate).getYears();
    if (age < MINIMUM_AGE) {
      throw refused(
          "applicant-age",
          "applicationDate",
          "申请日期 "
              + applicationDate
              + " 时申请人未满十八周岁（出生于 "
              + birthDate
              + "）。依据《中国共产党发展党员工作细则》第五条，年满十八岁方可申请入党");
    }
  }

  /** A step's date cannot lie in the future, nor before the step it follows. */
  static void dateBetween(
      String rule, String field, String what, LocalDate date, LocalDate earliest, LocalDate today) {
    if (date.isAfter(today)) {
      throw refused(rule, field, what + "不能晚于今天（" + today + "）");
    }
    if (earliest != null && date.isBefore(earliest)) {
      throw refused(rule, field, what + "不能早于 " + earliest);
    }
  }

  /** A 400 naming the field and the rule. */
  static ApiException refused(String rule, String field, String message) {
    return new ApiException(
        HttpStatus.BAD_REQUEST, "rule." + rule, message, List.of(new FieldProblem(field, message)));
  }

  /** A 409: the step cannot happen in the current state of the person or case. */
  static ApiException conflict(String rule, String message) {
    return new ApiException(HttpStatus.CONFLICT, "rule." + rule, message);
  }
}
