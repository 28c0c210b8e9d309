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

  static final String ARTICLES = "《中国共产党发展党员工作细则》";

  /** 第十三条: an activist becomes a development target after a year or more of education. */
  static final int ACTIVIST_MONTHS = 12;

  /** 本院规定: the public notice of a development target lasts at least 5 working days. */
  static final int NOTICE_WORKING_DAYS = 5;

  /** 第十七条: the short training lasts at least 3 days or 24 class hours. */
  static final int TRAINING_DAYS = 3;

  static final int TRAINING_HOURS = 24;

  /** 第三十条: probation is extended by at least 6 months and at most a year. */
  static final int EXTENSION_MIN_MONTHS = 6;

  static final int EXTENSION_MAX_MONTHS = 12;

  /** A value that must be given: refused naming the field when missing or blank. */
  static String required(String rule, String field, String what, String value) {
    if (value == null || value.isBlank()) {
      throw refused(rule, field, "请填写" + what);
    }
    return value.strip();
  }

  /** A value that must be one of the choices the form offers. */
  static String oneOf(String rule, String field, String what, String value, String... choices) {
    for (String choice : choices) {
      if (choice.equals(value)) {
        return choice;
      }
    }
    throw refused(rule, field, what + "须为以下之一：" + String.join("、", choices));
  }

  /** 第十三条: at least 12 months between becoming an activist and becoming a development target. */
  static void activistOneYear(LocalDate activistResolution, LocalDate targetResolution) {
    LocalDate earliest = activistResolution.plusMonths(ACTIVIST_MONTHS);
    if (targetResolution.isBefore(earliest)) {
      throw refused(
          "activist-one-year",
          "targetResolutionDate",
          "确定为入党积极分子（"
              + activistResolution
              + "）未满一年，最早可于 "
              + earliest
              + " 确定为发展对象。依据"
              + ARTICLES
              + "第十三条：经过一年以上培养教育和考察");
    }
  }

  /** 第十一条: at least two half-year assessments recorded. */
  static void twoAssessments(int assessments) {
    if (assessments < 2) {
      throw refused(
          "two-assessments",
          "targetResolutionDate",
          "入党积极分子仅有 " + assessments + " 次半年考察记录，至少须有两次。依据" + ARTICLES + "第十一条：党支部每半年对入党积极分子进行一次考察");
    }
  }

  /** 本院规定: the public notice of a development target lasts at least 5 working days. */
  static void noticeLongEnough(LocalDate start, LocalDate end, int workingDays) {
    if (workingDays < NOTICE_WORKING_DAYS) {
      throw refused(
          "notice-five-working-days",
          "noticeEndDate",
          "公示期 "
              + start
              + " 至 "
              + end
              + " 只有 "
              + workingDays
              + " 个工作日，至少须 "
              + NOTICE_WORKING_DAYS
              + " 个工作日（本院规定，按工作日历扣除节假日、计入调休上班日）");
    }
  }

  /**
   * 第十七条: at least 3 days or 24 class hours, and no more days than the calendar days from the first
   * day to the last.
   */
  static void trainingLength(LocalDate start, LocalDate end, long days, long hours) {
    long calendarDays = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
    if (days > calendarDays) {
      throw refused(
          "training-days",
          "trainingDays",
          "培训天数 " + days + " 天多于 " + start + " 至 " + end + " 的 " + calendarDays + " 天");
    }
    if (days < TRAINING_DAYS && hours < TRAINING_HOURS) {
      throw refused(
          "training-length",
          "trainingDays",
          "集中培训 "
              + days
              + " 天、"
              + hours
              + " 学时，不足 "
              + TRAINING_DAYS
              + " 天或 "
              + TRAINING_HOURS
              + " 学时。依据"
              + ARTICLES
              + "第十七条：集中培训时间一般不少于3天（或不少于24个学时）");
    }
  }

  /** An extension of probation is 6 to 12 months (《细则》 on 延长预备期; article number to be checked). */
  static void extensionMonths(long months) {
    if (months < EXTENSION_MIN_MONTHS || months > EXTENSION_MAX_MONTHS) {
      throw refused(
          "extension-months",
          "extensionMonths",
          "延长预备期 "
              + months
              + " 个月不符合规定，须为 "
              + EXTENSION_MIN_MONTHS
              + " 至 "
              + EXTENSION_MAX_MONTHS
              + " 个月。依据"
              + ARTICLES
              + "：延长预备期的时间不能少于半年，最长不超过一年");
    }
  }

  /**
   * The numbers of a branch general meeting (支部大会): {@code entitled} full members with a vote,
   * {@code present} of them at the meeting, {@code written} votes of absent ones, and the votes.
   */
  record VoteCount(
      long entitled, long present, long written, long votesFor, long against, long abstain) {}

  /** {@code voteResult} values: the meeting was not valid, did not pass, or passed. */
  static final String NO_QUORUM = "noQuorum";

  static final String LOST = "lost";
  static final String PASSED = "passed";

  /**
   * The numbers agree with each other: no more present than entitled, no more written votes than
   * absent members, no more votes than present members and written votes.
   */
  static void voteNumbers(VoteCount v) {
    if (v.present() > v.entitled()) {
      throw refused(
          "vote-numbers",
          "presentMembers",
          "实到人数 " + v.present() + " 多于应到有表决权的正式党员 " + v.entitled() + " 人");
    }
    if (v.written() > v.entitled() - v.present()) {
      throw refused(
          "vote-numbers",
          "writtenVotes",
          "书面表决 " + v.written() + " 票多于未到会的有表决权党员 " + (v.entitled() - v.present()) + " 人");
    }
    long cast = v.votesFor() + v.against() + v.abstain();
    if (cast > v.present() + v.written()) {
      throw refused(
          "vote-numbers",
          "votesFor",
          "赞成、反对、弃权合计 " + cast + " 票，多于实到 " + v.present() + " 人与书面表决 " + v.written() + " 票之和");
    }
  }

  /**
   * 第十八、十九条: the meeting is valid only when more than half of the entitled members are present
   * ({@link #NO_QUORUM} otherwise, not an error), and resolves only with the votes for of more than
   * half of the entitled members.
   */
  static String voteResult(VoteCount v) {
    if (v.present() * 2 <= v.entitled()) {
      return NO_QUORUM;
    }
    return v.votesFor() * 2 > v.entitled() ? PASSED : LOST;
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
