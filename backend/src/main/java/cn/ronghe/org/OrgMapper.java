package cn.ronghe.org;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Party organisations. */
@Mapper
public interface OrgMapper {

  List<OrgUnit> selectAllActive();

  OrgUnit selectByCode(String code);

  void insert(OrgUnit org);

  int countAll();

  /** An organisation with whether it is still active (a dissolved one keeps its code). */
  record OrgState(
      long id,
      String code,
      String name,
      String type,
      Long parentId,
      int sortOrder,
      boolean active) {}

  List<OrgState> selectAllStates();

  int update(OrgUnit org);

  int maxSortOrder();

  int dissolve(long id);

  /** Open tasks of the organisation: of its cases, or claimable by one of its roles. */
  int countOpenTasks(String code);
}
