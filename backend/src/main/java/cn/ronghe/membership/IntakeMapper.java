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

  void insertTalk(IntakeTalk talk);

  List<IntakeTalk> selectTalks(long intakeId);
}
