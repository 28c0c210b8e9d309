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
