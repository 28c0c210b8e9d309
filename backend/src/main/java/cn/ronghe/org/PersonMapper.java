package cn.ronghe.org;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** People (干警). */
@Mapper
public interface PersonMapper {

  Person selectById(long id);

  /** People in any of the organisations, by name; all active people when {@code orgIds} is null. */
  List<PersonRow> selectPage(
      @Param("orgIds") Collection<Long> orgIds,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long countPage(@Param("orgIds") Collection<Long> orgIds);

  void insert(Person person);

  /** A person as the administrator lists them. */
  record AdminRow(
      long id,
      String name,
      String gender,
      String idNumber,
      java.time.LocalDate birthDate,
      String post,
      Long orgId,
      String orgName,
      OrgRef branch,
      String memberStatus,
      java.time.LocalDate memberStatusSince,
      java.time.LocalDate hiredOn,
      boolean active,
      java.time.LocalDate deactivatedOn,
      String deactivatedReason) {}

  /**
   * What the administrator looks for: {@code like} in the name, ID number or username (any when
   * null), within the organisations (all when null), active or not (both when null).
   */
  record AdminFilter(String like, Collection<Long> orgIds, Boolean active) {}

  List<AdminRow> selectAdminPage(
      @Param("f") AdminFilter filter, @Param("offset") int offset, @Param("limit") int limit);

  long countAdmin(@Param("f") AdminFilter filter);

  AdminRow selectAdminRow(long id);

  /** The people with these ID numbers, active or not. */
  List<AdminRow> selectAdminRowsByIdNumbers(@Param("idNumbers") Collection<String> idNumbers);

  /** The person's own facts; the registry status and the active flag change elsewhere. */
  int updateFacts(
      @Param("id") long id,
      @Param("name") String name,
      @Param("gender") String gender,
      @Param("birthDate") java.time.LocalDate birthDate,
      @Param("idNumber") String idNumber,
      @Param("post") String post,
      @Param("orgId") Long orgId,
      @Param("hiredOn") java.time.LocalDate hiredOn);

  int updateActive(
      @Param("id") long id,
      @Param("active") boolean active,
      @Param("on") java.time.LocalDate on,
      @Param("reason") String reason);

  /** Moves everyone (active or not) of one organisation into another; how many. */
  int moveAll(@Param("from") long from, @Param("to") long to);

  /** People directly in the organisation: active or not ({@code active}), or all when null. */
  int countIn(@Param("orgId") long orgId, @Param("active") Boolean active);

  /** Open membership intakes of the person (0 or 1). */
  int countOpenIntakes(long personId);

  /** When the person joined the court. */
  int updateHiredOn(@Param("id") long id, @Param("hiredOn") java.time.LocalDate hiredOn);

  Long selectIdByIdNumber(String idNumber);

  /** Locks the person's row until the transaction ends. */
  Long lockById(long id);

  int updateMemberStatus(
      @Param("id") long id,
      @Param("status") String status,
      @Param("since") java.time.LocalDate since);

  void insertStatusChange(MemberStatusChange change);

  List<MemberStatusChange> selectStatusChanges(long personId);

  /** How many sanctions of the kind the person is under on the day (from ≤ day ≤ until, if any). */
  int countSanctionsInForce(
      @Param("personId") long personId,
      @Param("kind") String kind,
      @Param("on") java.time.LocalDate on);

  void insertSanction(
      @Param("personId") long personId,
      @Param("kind") String kind,
      @Param("from") java.time.LocalDate from,
      @Param("until") java.time.LocalDate until,
      @Param("decidedBy") String decidedBy);
}
