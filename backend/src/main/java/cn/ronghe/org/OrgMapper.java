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
}
