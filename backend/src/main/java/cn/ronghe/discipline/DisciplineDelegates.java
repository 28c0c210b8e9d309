package cn.ronghe.discipline;

import static cn.ronghe.processes.discipline.DisciplineVariables.*;

import cn.ronghe.calendar.Deadlines;
import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.settings.Rule;
import cn.ronghe.settings.Rules;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.workflow.FormValues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;

/**
 * The delegates of 问题线索处置 ({@code disciplineClue}), named in {@code DisciplineVariables}: they
 * number and record a clue, keep its access list (the registrar, the commission head, the
 * verification team), check what the forms cannot (who may be the subject, the team's size) and
 * record the way and the outcome. A refused step throws an {@link ApiException} naming the field:
 * nothing starts, or the task stays open.
 */
@Configuration
class DisciplineDelegates {

  /** The sources of a clue, in the order the register and the statistics show them. */
  static final List<String> SOURCES_IN_ORDER =
      List.of(
          SOURCE_LETTER,
          SOURCE_VISIT,
          SOURCE_PHONE,
          SOURCE_ONLINE,
          SOURCE_REFERRAL,
          SOURCE_AUDIT,
          SOURCE_INSPECTION);

  static final Set<String> SOURCES = Set.copyOf(SOURCES_IN_ORDER);

  private final DisciplineMapper clues;
  private final DisciplineAccess access;
  private final UserDirectory directory;
  private final Deadlines deadlines;
  private final Rules rules;
  private final Clock clock;

  DisciplineDelegates(
      DisciplineMapper clues,
      DisciplineAccess access,
      UserDirectory directory,
      Deadlines deadlines,
      Rules rules,
      Clock clock) {
    this.clues = clues;
    this.access = access;
    this.directory = directory;
    this.deadlines = deadlines;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * 登记: the clue's number (纪线〔year〕n号, counted per year), its record and access list (the registrar
   * and the commission head); a clue about the commission's head goes to the higher level.
   */
  @Bean(CLUE_REGISTERED_DELEGATE)
  ExecutionListener clueRegisteredDelegate() {
    return execution -> {
      String registrar = (String) execution.getVariable(REGISTRAR);
      String source = (String) execution.getVariable(SOURCE);
      if (!SOURCES.contains(source)) {
        throw ApiException.invalidField(SOURCE, "请选择线索来源");
      }
      LocalDate today = today();
      LocalDate received = FormValues.date(execution.getVariable(RECEIVED_ON), RECEIVED_ON);
      if (received.isAfter(today)) {
        throw ApiException.invalidField(RECEIVED_ON, "收到日期不能晚于今天");
      }
      boolean named = NAMED.equals(execution.getVariable(COMPLAINANT_NAMED));
      Object name = execution.getVariable(COMPLAINANT_NAME);
      if (named && (name == null || name.toString().isBlank())) {
        throw ApiException.invalidField(COMPLAINANT_NAME, "实名反映的，请填写反映人姓名");
      }
      String subject = (String) execution.getVariable(SUBJECT);
      UserDirectory.DirectoryUser person =
          directory
              .user(subject)
              .filter(u -> !u.username().equals(registrar))
              .orElseThrow(() -> ApiException.invalidField(SUBJECT, "请选择被反映人（不能是本人）"));
      List<String> heads = directory.members(Role.DISCIPLINE_HEAD.code());
      if (heads.size() != 1) {
        throw new ApiException(
            HttpStatus.CONFLICT, "discipline.head", "应有且仅有一名机关纪委书记（discipline-head）才能登记问题线索");
      }
      String head = heads.get(0);
      boolean higherLevel = subject.equals(head);

      int year = today.getYear();
      int seq = nextNumber(year);
      String number = "纪线〔" + year + "〕" + seq + "号";
      String id = execution.getProcessInstanceId();
      Instant now = clock.instant();
      clues.insertClue(
          id, year, seq, number, source, received, named, subject, higherLevel, registrar, now);
      access.grant(id, registrar, DisciplineAccess.REGISTRAR, now);
      access.grant(id, head, DisciplineAccess.HEAD, now);
      execution.setVariable(CASE_NUMBER, number);
      execution.setVariable(HEAD, head);
      execution.setVariable(HIGHER_LEVEL, higherLevel);
      execution.setVariable(SUBJECT_NAME, person.displayName());
      execution.setVariable(BUSINESS_TITLE, "问题线索 " + number);
    };
  }

  /** 审批处置意见: an approved way is the clue's way of disposal. */
  @Bean(DISPOSAL_APPROVED_DELEGATE)
  TaskListener disposalApprovedDelegate() {
    return task -> {
      if (APPROVE.equals(task.getVariable(APPROVE_DECISION))) {
        clues.updateDisposalWay(
            task.getProcessInstanceId(), (String) task.getVariable(DISPOSAL_WAY));
      }
    };
  }

  /** 谈话函询: the written reply is due 15 working days after the inquiry. */
  @Bean(INQUIRY_SENT_DELEGATE)
  TaskListener inquirySentDelegate() {
    return task -> {
      LocalDate sent = FormValues.date(task.getVariable(INQUIRY_DATE), INQUIRY_DATE);
      if (sent.isAfter(today())) {
        throw ApiException.invalidField(INQUIRY_DATE, "谈话函询日期不能晚于今天");
      }
      Instant start = sent.atStartOfDay(ClockConfig.ZONE).toInstant();
      task.setVariable(INQUIRY_REPLY_DUE, Date.from(deadlines.workingDays(start, 15)));
    };
  }

  /**
   * 组成核查组: at least two discipline officers, none the clue's subject; they join the access list and
   * are the report's candidates.
   */
  @Bean(VERIFICATION_TEAM_DELEGATE)
  TaskListener verificationTeamDelegate() {
    return task -> {
      List<String> team =
          access.nameTeam(
              task,
              VERIFICATION_TEAM,
              "核查组",
              task.getProcessInstanceId(),
              DisciplineAccess.INVESTIGATOR,
              Set.of());
      task.setVariable(VERIFICATION_TEAM, team);
      task.setVariable(VERIFICATION_TEAM_USERS, String.join(",", team));
      task.setVariable(
          VERIFICATION_DUE,
          Date.from(
              deadlines.calendarMonths(
                  clock.instant(), rules.value(Rule.DISCIPLINE_VERIFICATION_MONTHS))));
    };
  }

  /** 办结 (or referred, or a case concluded): the outcome of the clue and its form. */
  @Bean(CLUE_CLOSED_DELEGATE)
  ExecutionListener clueClosedDelegate() {
    return execution -> {
      String outcome = outcome(execution);
      boolean settledByInquiry =
          WAY_INQUIRY.equals(execution.getVariable(DISPOSAL_WAY))
              && !(execution.getVariable(VERIFICATION_OUTCOME) instanceof String);
      clues.updateOutcome(
          execution.getProcessInstanceId(),
          outcome,
          FourForms.ofClueOutcome(outcome, settledByInquiry),
          clock.instant());
    };
  }

  private static String outcome(DelegateExecution execution) {
    return switch (execution.getCurrentActivityId()) {
      case END_CLUE_REFERRED -> "referred";
      case END_CASE_CONCLUDED -> VERIFICATION_OPEN_CASE;
      default -> {
        // an inquiry may have gone on to verification: the verification's outcome is the last word
        if (execution.getVariable(VERIFICATION_OUTCOME) instanceof String verified) {
          yield verified;
        }
        Object way = execution.getVariable(DISPOSAL_WAY);
        if (WAY_INQUIRY.equals(way)) {
          yield (String) execution.getVariable(INQUIRY_OUTCOME);
        }
        yield WAY_HOLD.equals(way) ? OUTCOME_HOLD : OUTCOME_CLOSE;
      }
    };
  }

  /**
   * The year's next number: the year's row is updated in this transaction, so a concurrent
   * registration waits for it; the year's first clue inserts the row, and of two first clues the
   * second finds it inserted and updates it.
   */
  private int nextNumber(int year) {
    if (clues.bumpSeq(year) == 0) {
      try {
        clues.insertYear(year);
      } catch (DuplicateKeyException insertedMeanwhile) {
        clues.bumpSeq(year);
      }
    }
    return clues.selectSeq(year);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ClockConfig.ZONE);
  }
}
