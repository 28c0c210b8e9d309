package cn.ronghe.talk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The talks (who, with whom, due when, held when) and the coverage they give. */
@Mapper
interface TalkMapper {

  void insert(
      @Param("processInstanceId") String processInstanceId,
      @Param("year") int year,
      @Param("kind") String kind,
      @Param("talker") String talker,
      @Param("talkee") String talkee,
      @Param("branchCode") String branchCode,
      @Param("dueAt") Instant dueAt,
      @Param("createdAt") Instant createdAt);

  int updateTalkedOn(
      @Param("processInstanceId") String processInstanceId, @Param("talkedOn") LocalDate talkedOn);

  /** A branch member's talks of a year: held, open and overdue, open and not yet due. */
  record Coverage(
      String branchCode,
      String branchName,
      String username,
      String displayName,
      int held,
      int overdue,
      int planned) {}

  /**
   * Every full or probationary member of the branches (all when null) who can log in, with their
   * talks of the year of this kind.
   */
  List<Coverage> selectCoverage(
      @Param("year") int year,
      @Param("kind") String kind,
      @Param("now") Instant now,
      @Param("branches") Collection<String> branches);

  /**
   * A leader (院领导/部门负责人) by one of their leader grants, with the organisation whose people are
   * their cadres; the organisation is null when the grant names none.
   */
  record Leader(String username, String displayName, Long orgId, String orgCode, String orgName) {}

  /** The leader grants of enabled users, of one user when {@code username} is not null. */
  List<Leader> selectLeaders(@Param("username") String username);

  /** A leader's cadre, the cadre's branch, and the talks of the year between the two. */
  record CadreTalks(
      String username, String displayName, String branchCode, int held, int overdue, int planned) {}

  /** The people of the organisations who can log in, the leader left out, by name. */
  List<CadreTalks> selectCadreTalks(
      @Param("leader") String leader,
      @Param("orgIds") Collection<Long> orgIds,
      @Param("year") int year,
      @Param("now") Instant now);
}
