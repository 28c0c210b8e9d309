package cn.ronghe.discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The discipline clues, their access lists and their numbers. Every read of a clue takes the
 * reader's username and answers only for clues whose access list holds it: the access rule is in
 * the SQL, so no caller can forget it.
 */
@Mapper
interface DisciplineMapper {

  // ---- numbers --------------------------------------------------------------------------------

  /** Takes the year's next number; 0 rows when the year has none yet. */
  int bumpSeq(@Param("year") int year);

  void insertYear(@Param("year") int year);

  int selectSeq(@Param("year") int year);

  // ---- clues ----------------------------------------------------------------------------------

  /** A clue as its register shows it. */
  record ClueRow(
      String id,
      String caseNumber,
      String source,
      LocalDate receivedOn,
      boolean complainantNamed,
      String subjectUsername,
      boolean higherLevel,
      String registrar,
      Instant registeredAt,
      String disposalWay,
      String outcome,
      Instant closedAt,
      Integer fourForm,
      String caseInstanceId,
      Instant caseOpenedAt,
      String sanction,
      LocalDate decidedOn,
      String appealResult,
      Instant caseClosedAt) {}

  void insertClue(
      @Param("id") String id,
      @Param("year") int year,
      @Param("seq") int seq,
      @Param("caseNumber") String caseNumber,
      @Param("source") String source,
      @Param("receivedOn") LocalDate receivedOn,
      @Param("complainantNamed") boolean complainantNamed,
      @Param("subject") String subject,
      @Param("higherLevel") boolean higherLevel,
      @Param("registrar") String registrar,
      @Param("registeredAt") Instant registeredAt);

  void updateDisposalWay(@Param("id") String id, @Param("way") String way);

  void updateOutcome(
      @Param("id") String id,
      @Param("outcome") String outcome,
      @Param("fourForm") Integer fourForm,
      @Param("closedAt") Instant closedAt);

  // ---- the case (立案审查) -----------------------------------------------------------------------

  void updateCaseOpened(
      @Param("id") String id,
      @Param("caseInstanceId") String caseInstanceId,
      @Param("openedAt") Instant openedAt);

  /** The sanction in force and its form (四种形态): decided, or changed on appeal. */
  void updateSanction(
      @Param("id") String id,
      @Param("sanction") String sanction,
      @Param("fourForm") Integer fourForm,
      @Param("decidedOn") LocalDate decidedOn);

  void updateAppealResult(@Param("id") String id, @Param("appealResult") String appealResult);

  void updateCaseClosed(@Param("id") String id, @Param("closedAt") Instant closedAt);

  /** The clues on the reader's access list, newest first. */
  List<ClueRow> selectClues(@Param("reader") String reader);

  /** The clues on the reader's access list received in the period, oldest first. */
  List<ClueRow> selectReceived(
      @Param("reader") String reader, @Param("from") LocalDate from, @Param("to") LocalDate to);

  /** The clue, if the reader is on its access list; else null. */
  ClueRow selectClue(@Param("id") String id, @Param("reader") String reader);

  // ---- access lists ---------------------------------------------------------------------------

  /** Who may see a clue, and why. */
  record Access(String username, String duty, Instant grantedAt) {}

  void insertAccess(
      @Param("caseId") String caseId,
      @Param("username") String username,
      @Param("duty") String duty,
      @Param("grantedAt") Instant grantedAt);

  int countAccess(@Param("caseId") String caseId, @Param("username") String username);

  /**
   * The whole access list, for the process's own checks (separation of duties, recusal); never
   * returned to a reader.
   */
  List<Access> selectGrants(@Param("caseId") String caseId);

  int deleteAccess(@Param("caseId") String caseId, @Param("username") String username);

  // ---- recusals (回避) --------------------------------------------------------------------------

  /** Someone who declared a conflict: off the list, and never named to the clue again. */
  record Recusal(String username, String reason, String declaredBy, Instant declaredAt) {}

  void insertRecusal(
      @Param("caseId") String caseId,
      @Param("username") String username,
      @Param("reason") String reason,
      @Param("declaredBy") String declaredBy,
      @Param("declaredAt") Instant declaredAt);

  /** The recusals of a clue, for the process's own checks. */
  List<Recusal> selectRecusals(@Param("caseId") String caseId);

  /** The recusals of a clue, for a reader on its list; empty for anyone else. */
  List<Recusal> selectReadableRecusals(
      @Param("caseId") String caseId, @Param("reader") String reader);

  /** The access list of a clue, for a reader on it; empty for anyone else. */
  List<Access> selectAccess(@Param("caseId") String caseId, @Param("reader") String reader);
}
