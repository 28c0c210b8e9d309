package cn.ronghe.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The facts of the annual responsibility reports, as their processes record them, and the counts of
 * the other processes' records that a report's figures are made of.
 */
@Mapper
interface ReportMapper {

  // ---- rounds ---------------------------------------------------------------------------------

  /** A yearly round: the year reported on, the due date, the template. */
  record Round(
      String id,
      int year,
      LocalDate dueOn,
      String templateCode,
      String requirements,
      String openedBy,
      Instant openedAt,
      Instant closedAt) {}

  int countRounds(@Param("year") int year);

  void insertRound(
      @Param("id") String id,
      @Param("year") int year,
      @Param("dueOn") LocalDate dueOn,
      @Param("templateCode") String templateCode,
      @Param("requirements") String requirements,
      @Param("openedBy") String openedBy,
      @Param("openedAt") Instant openedAt);

  Round selectRound(@Param("id") String id);

  /** The rounds of the years, newest first. */
  List<Round> selectRounds(@Param("fromYear") int fromYear, @Param("toYear") int toYear);

  void closeRound(@Param("id") String id, @Param("closedAt") Instant closedAt);

  // ---- reports --------------------------------------------------------------------------------

  /** One organisation's report of a year, as far as it has come. */
  record Report(
      String id,
      String roundId,
      int year,
      String orgCode,
      String status,
      LocalDate dueOn,
      Instant submittedAt,
      String submittedBy,
      int returnCount,
      Instant escalatedAt,
      String branchReviewOpinion,
      String disciplineOpinion,
      String reviewComment,
      BigDecimal score,
      String grade,
      String reviewedBy,
      Instant acceptedAt,
      Instant createdAt) {}

  void insertReport(
      @Param("id") String id,
      @Param("roundId") String roundId,
      @Param("year") int year,
      @Param("orgCode") String orgCode,
      @Param("dueOn") LocalDate dueOn,
      @Param("createdAt") Instant createdAt);

  Report selectReport(@Param("id") String id);

  /** The reports of the years, of the organisations (all when null). */
  List<Report> selectReports(
      @Param("fromYear") int fromYear,
      @Param("toYear") int toYear,
      @Param("orgCodes") Collection<String> orgCodes);

  void updateBranchReview(@Param("id") String id, @Param("opinion") String opinion);

  void updateSubmitted(@Param("id") String id, @Param("by") String by, @Param("at") Instant at);

  void updateDisciplineOpinion(@Param("id") String id, @Param("opinion") String opinion);

  /** Back to the organisation: a return counted, a new due date, no escalation yet. */
  void updateReturned(
      @Param("id") String id,
      @Param("comment") String comment,
      @Param("by") String by,
      @Param("dueOn") LocalDate dueOn);

  void updateAccepted(
      @Param("id") String id,
      @Param("comment") String comment,
      @Param("score") BigDecimal score,
      @Param("grade") String grade,
      @Param("by") String by,
      @Param("at") Instant at);

  void updateEscalated(@Param("id") String id, @Param("at") Instant at);

  // ---- sections and figures -------------------------------------------------------------------

  /** A section of a report: its template text, what the organisation wrote, the return comment. */
  record Section(
      int sortOrder, String code, String title, String guidance, String content, String comment) {}

  void insertSection(
      @Param("reportId") String reportId,
      @Param("sortOrder") int sortOrder,
      @Param("code") String code,
      @Param("title") String title,
      @Param("guidance") String guidance);

  List<Section> selectSections(@Param("reportId") String reportId);

  void updateSectionContent(
      @Param("reportId") String reportId,
      @Param("sortOrder") int sortOrder,
      @Param("content") String content);

  void updateSectionComment(
      @Param("reportId") String reportId,
      @Param("sortOrder") int sortOrder,
      @Param("comment") String comment);

  /** A figure of a report: counted from the records, and as the organisation reports it. */
  record Figure(
      int sortOrder, String code, String label, int computed, Integer reported, String note) {}

  void insertFigure(
      @Param("reportId") String reportId,
      @Param("sortOrder") int sortOrder,
      @Param("code") String code,
      @Param("label") String label,
      @Param("value") int value);

  List<Figure> selectFigures(@Param("reportId") String reportId);

  void updateFigureReported(
      @Param("reportId") String reportId,
      @Param("sortOrder") int sortOrder,
      @Param("reported") int reported,
      @Param("note") String note);

  // ---- feedback items -------------------------------------------------------------------------

  /** A problem fed back on acceptance, tracked as a follow-up item. */
  record FeedbackItem(String followUpInstanceId, String title, String owner, Instant createdAt) {}

  void insertFeedbackItem(
      @Param("followUpInstanceId") String followUpInstanceId,
      @Param("reportId") String reportId,
      @Param("orgCode") String orgCode,
      @Param("title") String title,
      @Param("owner") String owner,
      @Param("createdAt") Instant createdAt);

  List<FeedbackItem> selectFeedbackItems(@Param("reportId") String reportId);

  // ---- the other processes' records, counted for a year's figures -----------------------------

  /** People of the branch who reached each stage of the intake within the dates. */
  record IntakeCounts(
      int applications, int activists, int developmentTargets, int admitted, int converted) {}

  IntakeCounts selectIntakeCounts(
      @Param("orgCode") String orgCode, @Param("from") LocalDate from, @Param("to") LocalDate to);

  /** Talks of the branch held within the dates: all kinds, and of must-talk events. */
  record TalkCounts(int held, int events) {}

  TalkCounts selectTalkCounts(
      @Param("orgCode") String orgCode,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      @Param("eventKind") String eventKind);

  /** The branch's warning-education sessions held within the dates, and their attendance. */
  record CampaignCounts(int sessions, int present, int absent, int madeUp, int lateReflections) {}

  CampaignCounts selectCampaignCounts(
      @Param("orgCode") String orgCode, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
