package cn.ronghe.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The facts of 警示教育 campaigns, as their processes record them. */
@Mapper
interface CampaignMapper {

  /** A person of a branch (or of one of its Party groups) who can log in. */
  record BranchPerson(String username, String displayName) {}

  /**
   * Everyone of the branch who can log in, by name: the branch's sign-in list; of a special
   * campaign, only those whose post holds one of the words, or who joined since the date.
   */
  List<BranchPerson> selectBranchPeople(
      @Param("branchCode") String branchCode,
      @Param("postWords") Collection<String> postWords,
      @Param("hiredSince") LocalDate hiredSince);

  /** The active branches' codes and names, in their order. */
  record Branch(String code, String name) {}

  List<Branch> selectBranches();

  int updateCampaign(
      @Param("id") String id,
      @Param("title") String title,
      @Param("kind") String kind,
      @Param("specialTarget") String specialTarget,
      @Param("sessionFrom") LocalDate sessionFrom,
      @Param("sessionTo") LocalDate sessionTo,
      @Param("reflectionDays") int reflectionDays);

  void insertCampaign(
      @Param("id") String id,
      @Param("title") String title,
      @Param("kind") String kind,
      @Param("specialTarget") String specialTarget,
      @Param("sessionFrom") LocalDate sessionFrom,
      @Param("sessionTo") LocalDate sessionTo,
      @Param("reflectionDays") int reflectionDays,
      @Param("draftedBy") String draftedBy,
      @Param("createdAt") Instant createdAt);

  void insertBranch(
      @Param("campaignId") String campaignId,
      @Param("branchCode") String branchCode,
      @Param("processInstanceId") String processInstanceId);

  void updateSession(
      @Param("campaignId") String campaignId,
      @Param("branchCode") String branchCode,
      @Param("sessionDate") LocalDate sessionDate,
      @Param("sessionForm") String sessionForm,
      @Param("sessionPlace") String sessionPlace);

  void markHeld(@Param("campaignId") String campaignId, @Param("branchCode") String branchCode);

  void insertAttendance(
      @Param("campaignId") String campaignId,
      @Param("username") String username,
      @Param("branchCode") String branchCode,
      @Param("present") boolean present,
      @Param("absenceReason") String absenceReason);

  void updateMadeUp(
      @Param("campaignId") String campaignId,
      @Param("username") String username,
      @Param("madeUpOn") LocalDate madeUpOn);

  /** A rewrite counts the submission; the first one's time and lateness stand. */
  int countResubmission(@Param("campaignId") String campaignId, @Param("username") String username);

  void insertReflection(
      @Param("campaignId") String campaignId,
      @Param("username") String username,
      @Param("branchCode") String branchCode,
      @Param("dueAt") Instant dueAt,
      @Param("submittedAt") Instant submittedAt,
      @Param("late") boolean late);

  void insertRectification(
      @Param("followUpInstanceId") String followUpInstanceId,
      @Param("campaignId") String campaignId,
      @Param("branchCode") String branchCode,
      @Param("title") String title,
      @Param("owner") String owner,
      @Param("createdAt") Instant createdAt);

  /** The figures of a campaign, or of one of its branches when the code is given. */
  record Figures(
      int sessionsHeld,
      int present,
      int absent,
      int madeUp,
      int reflectionsOnTime,
      int reflectionsLate,
      int rectificationItems) {}

  Figures selectFigures(
      @Param("campaignId") String campaignId, @Param("branchCode") String branchCode);

  /** A campaign as listed. */
  record CampaignRow(
      String id,
      String title,
      String kind,
      String specialTarget,
      LocalDate sessionFrom,
      LocalDate sessionTo,
      int reflectionDays,
      String draftedBy,
      Instant createdAt) {}

  /** The campaigns, newest first; with branches given, only those that reach one of them. */
  List<CampaignRow> selectCampaigns(@Param("branches") Collection<String> branches);

  CampaignRow selectCampaign(@Param("id") String id);

  /** A branch's part of a campaign, with what it recorded counted. */
  record BranchRow(
      String code,
      String name,
      String processInstanceId,
      LocalDate sessionDate,
      String sessionForm,
      String sessionPlace,
      boolean held,
      int present,
      int absent,
      int madeUp,
      int reflectionsOnTime,
      int reflectionsLate,
      int rectificationItems) {}

  /** The branches of the campaigns (of all listed when id is null), of those given or all. */
  List<BranchRow> selectBranchRows(
      @Param("campaignId") String campaignId, @Param("branches") Collection<String> branches);

  /** The campaign a branch part belongs to, with the part. */
  record CampaignBranch(
      String campaignId, String branchCode, String processInstanceId, boolean held) {}

  List<CampaignBranch> selectCampaignBranches(
      @Param("campaignIds") Collection<String> campaignIds,
      @Param("branches") Collection<String> branches);

  /** A rectification item a campaign opened. */
  record Rectification(
      String followUpInstanceId,
      String branchCode,
      String branchName,
      String title,
      String owner,
      String ownerName,
      Instant createdAt) {}

  List<Rectification> selectRectifications(
      @Param("campaignId") String campaignId, @Param("branches") Collection<String> branches);

  /** One person's part in one campaign. */
  record HistoryRow(
      String campaignId,
      String title,
      String kind,
      String branchName,
      LocalDate sessionDate,
      boolean present,
      String absenceReason,
      LocalDate madeUpOn,
      Instant reflectionSubmittedAt,
      Boolean reflectionLate) {}

  List<HistoryRow> selectHistory(@Param("username") String username);
}
