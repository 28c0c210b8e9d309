package cn.ronghe.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Intake cases and their talks. */
@Mapper
interface IntakeMapper {

  void insert(IntakeCase intake);

  IntakeCase selectById(long id);

  /** The open intake of the person, if any (at most one, the service sees to it). */
  IntakeCase selectOpenByPerson(long personId);

  int updateTalker(@Param("id") long id, @Param("talker") String talker);

  int updateActivist(
      @Param("id") long id,
      @Param("recommendationType") String recommendationType,
      @Param("resolutionDate") LocalDate resolutionDate);

  int updateFiled(
      @Param("id") long id, @Param("stage") String stage, @Param("filedDate") LocalDate filedDate);

  int close(
      @Param("id") long id, @Param("outcome") String outcome, @Param("closedAt") Instant closedAt);

  /**
   * A page of the list. A case waits at one step at a time (the intake has no parallel steps), so
   * the join with its open task gives one row per case.
   */
  List<IntakeRow> selectPage(@Param("q") IntakeQuery query);

  long countPage(@Param("q") IntakeQuery query);

  IntakeRow selectRowById(long id);

  /** An open task of a case's process or of a process it called, with its due date. */
  record OpenStep(String taskKey, Instant due) {}

  /** The open tasks whose top-level instance is the case's process, oldest first. */
  List<OpenStep> selectOpenSteps(String processInstanceId);

  void insertTalk(IntakeTalk talk);

  List<IntakeTalk> selectTalks(long intakeId);

  // stages 2 to 5: the case's dates of the steps that happen once

  int updateDevelopmentTarget(
      @Param("id") long id,
      @Param("resolutionDate") LocalDate resolutionDate,
      @Param("noticeStart") LocalDate noticeStart,
      @Param("noticeEnd") LocalDate noticeEnd,
      @Param("opinionsHeard") String opinionsHeard,
      @Param("noticeResult") String noticeResult);

  int updateDevelopmentFiled(
      @Param("id") long id, @Param("stage") String stage, @Param("filedDate") LocalDate filedDate);

  int updateCommitteeReview(
      @Param("id") long id,
      @Param("reviewDate") LocalDate reviewDate,
      @Param("opinion") String opinion);

  int updatePreReview(
      @Param("id") long id,
      @Param("preReviewDate") LocalDate preReviewDate,
      @Param("formNumber") String formNumber,
      @Param("leavingSoon") boolean leavingSoon);

  int updateApplicationForm(
      @Param("id") long id,
      @Param("formDate") LocalDate formDate,
      @Param("introducerOpinions") String introducerOpinions);

  int updateAdmissionMeeting(
      @Param("id") long id,
      @Param("meetingDate") LocalDate meetingDate,
      @Param("probationEnds") LocalDate probationEnds);

  int updateAdmissionApproved(
      @Param("id") long id,
      @Param("stage") String stage,
      @Param("approvedDate") LocalDate approvedDate);

  int updateApprovalWarned(@Param("id") long id, @Param("at") Instant at);

  int updateApprovalBreached(@Param("id") long id, @Param("at") Instant at);

  int updateAdmissionReported(@Param("id") long id, @Param("reportDate") LocalDate reportDate);

  int updateOath(
      @Param("id") long id,
      @Param("partyGroup") String partyGroup,
      @Param("oathDate") LocalDate oathDate);

  int updateConversionRequest(
      @Param("id") long id,
      @Param("requestDate") LocalDate requestDate,
      @Param("letter") String letter);

  int updateProbationEnds(@Param("id") long id, @Param("probationEnds") LocalDate probationEnds);

  int updateConverted(
      @Param("id") long id,
      @Param("stage") String stage,
      @Param("convertedOn") LocalDate convertedOn);

  int updateArchived(
      @Param("id") long id,
      @Param("archivedOn") LocalDate archivedOn,
      @Param("documents") String documents);

  void insertMentor(IntakeMentor record);

  List<IntakeMentor> selectMentors(long intakeId);

  void insertAssessment(IntakeAssessment record);

  List<IntakeAssessment> selectAssessments(long intakeId);

  void insertIntroducer(IntakeIntroducer record);

  List<IntakeIntroducer> selectIntroducers(long intakeId);

  void insertPoliticalReview(IntakePoliticalReview record);

  List<IntakePoliticalReview> selectPoliticalReviews(long intakeId);

  void insertTraining(IntakeTraining record);

  List<IntakeTraining> selectTrainings(long intakeId);

  void insertVote(IntakeVote record);

  List<IntakeVote> selectVotes(long intakeId);

  void insertApproval(IntakeApproval record);

  List<IntakeApproval> selectApprovals(long intakeId);
}
