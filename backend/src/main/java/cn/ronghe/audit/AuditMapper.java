package cn.ronghe.audit;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The audit trail and its seal: insert and read, never update or delete (the database refuses it
 * too: V15). The one row updated is the head of the chain, audit_seal_head.
 */
@Mapper
interface AuditMapper {

  void insert(AuditEvent event);

  List<AuditEvent> selectByObject(
      @Param("objectType") String objectType, @Param("objectId") String objectId);

  /** Who, what (an action's prefix), which object and when: any may be null. */
  record Filter(
      String actor,
      String actionPrefix,
      String objectType,
      String objectId,
      Instant from,
      Instant until) {}

  /** The events matching the filter, newest first. */
  List<AuditEvent> selectPage(
      @Param("f") Filter filter, @Param("offset") int offset, @Param("limit") int limit);

  long count(@Param("f") Filter filter);

  /** The head of the chain, locked until the end of the transaction: one sealer at a time. */
  AuditSealHead lockHead();

  AuditSealHead selectHead();

  /** Events above the floor without a seal, oldest first. */
  List<AuditEvent> selectUnsealed(@Param("floorId") long floorId, @Param("limit") int limit);

  void insertSeals(@Param("seals") List<AuditSeal> seals, @Param("sealedAt") Instant sealedAt);

  void updateHead(@Param("head") AuditSealHead head);

  /**
   * The new floor: the highest sealed event above the old floor that occurred before {@code
   * settled} (any event below it still unsealed would be in a transaction open since then); null
   * when there is none.
   */
  Long selectSettledFloor(@Param("floorId") long floorId, @Param("settled") Instant settled);

  /** Seals after {@code afterSeq} in order, each with its event as it reads now. */
  List<AuditSeal> selectSeals(@Param("afterSeq") long afterSeq, @Param("limit") int limit);

  /** Events without a seal: above the floor (not yet sealed) or, after tampering, below it. */
  long countUnsealed(@Param("aboveId") long aboveId, @Param("upToId") Long upToId);
}
