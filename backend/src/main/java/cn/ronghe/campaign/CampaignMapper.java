package cn.ronghe.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The facts of 警示教育 campaigns, as their processes record them. */
@Mapper
interface CampaignMapper {

  /** A person of a branch (or of one of its Party groups) who can log in. */
  record BranchPerson(String username, String displayName) {}

  /** Everyone of the branch who can log in, by name: the branch's sign-in list. */
  List<BranchPerson> selectBranchPeople(@Param("branchCode") String branchCode);

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
}
