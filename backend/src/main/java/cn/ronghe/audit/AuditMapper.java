package cn.ronghe.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The audit trail: insert and read, never update or delete. */
@Mapper
public interface AuditMapper {

  void insert(AuditEvent event);

  List<AuditEvent> selectByObject(
      @Param("objectType") String objectType, @Param("objectId") String objectId);
}
