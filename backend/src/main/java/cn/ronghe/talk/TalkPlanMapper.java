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

  /** The people of this year and kind who already have a planned talk. */
  List<String> selectPlanned(@Param("year") int year, @Param("kind") String kind);

  void insert(
      @Param("year") int year,
      @Param("kind") String kind,
      @Param("talkee") String talkee,
      @Param("talker") String talker,
      @Param("branchCode") String branchCode,
      @Param("processInstanceId") String processInstanceId,
      @Param("createdAt") Instant createdAt);
}
