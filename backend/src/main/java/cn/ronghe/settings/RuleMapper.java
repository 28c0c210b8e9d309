package cn.ronghe.settings;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The administrator's values of the rules ({@code app_setting}). */
@Mapper
interface RuleMapper {

  Integer selectValue(String name);

  /** A stored value, who set it and when. */
  record Stored(String name, int value, String updatedBy, Instant updatedAt) {}

  List<Stored> selectAll();

  int update(
      @Param("name") String name,
      @Param("value") int value,
      @Param("by") String by,
      @Param("at") Instant at);

  void insert(
      @Param("name") String name,
      @Param("value") int value,
      @Param("by") String by,
      @Param("at") Instant at);
}
