package cn.ronghe.talk;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The yearly talk plan's items, and the members it plans talks with. */
@Mapper
interface TalkPlanMapper {

  /** A member of a branch (or of one of its Party groups) who can log in. */
  record BranchMember(String branchCode, String username) {}

  /** Full and probationary members of every active branch, with a login, by branch and name. */
  List<BranchMember> selectBranchMembers();

  /** A talk the plan started: with whom, by whom, which of the year's rounds. */
  record Item(String kind, String talkee, String talker, int round) {}

  /** The talks of the year the plan already started. */
  List<Item> selectPlanned(@Param("year") int year);

  void insert(
      @Param("year") int year,
      @Param("item") Item item,
      @Param("branchCode") String branchCode,
      @Param("processInstanceId") String processInstanceId,
      @Param("createdAt") Instant createdAt);
}
