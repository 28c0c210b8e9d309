package cn.ronghe.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the audit trail into a hash chain ({@link AuditChain}) and checks it.
 *
 * <p>Sealing runs after the fact, every {@code ronghe.audit.seal-every} (10 s) on every node, so no
 * audited action waits for the chain: a sweep locks the chain's head row (one node at a time),
 * seals the events that have none in id order and moves the head. An event committed late — its
 * transaction began before events that were sealed already — is sealed by the next sweep, further
 * down the chain. The floor (V14) keeps the search for unsealed events to those of the last {@value
 * #SETTLE_HOURS} hour.
 */
@Service
public class AuditSeals {

  private static final Logger log = LoggerFactory.getLogger(AuditSeals.class);

  static final int SETTLE_HOURS = 1;
  private static final int BATCH = 1000;

  private final AuditMapper mapper;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AuditSeals(AuditMapper mapper, PlatformTransactionManager transactions, Clock clock) {
    this.mapper = mapper;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** What a check of the chain found. */
  public record Integrity(
      long sealed, long unsealed, boolean intact, Long brokenAtSeq, String problem) {}

  @Scheduled(
      fixedDelayString = "${ronghe.audit.seal-every:PT10S}",
      initialDelayString = "${ronghe.audit.seal-every:PT10S}")
  void scheduled() {
    int sealed = seal();
    if (sealed > 0) {
      log.debug("Sealed {} audit events", sealed);
    }
  }

  /** Seals every event committed so far that has no seal; returns how many. */
  public int seal() {
    int total = 0;
    while (true) {
      Integer sealed = transaction.execute(tx -> sealBatch());
      total += sealed;
      if (sealed < BATCH) {
        return total;
      }
    }
  }

  private int sealBatch() {
    AuditSealHead head = mapper.lockHead();
    List<AuditEvent> events = mapper.selectUnsealed(head.floorId(), BATCH);
    long seq = head.seq();
    String hash = head.hash();
    List<AuditSeal> seals = new ArrayList<>(events.size());
    for (AuditEvent event : events) {
      seq++;
      hash = AuditChain.next(hash, event);
      seals.add(
          new AuditSeal(seq, event.id(), hash, null, null, null, null, null, null, null, null));
    }
    Instant now = clock.instant();
    if (!seals.isEmpty()) {
      mapper.insertSeals(seals, now);
    }
    Long floor =
        mapper.selectSettledFloor(head.floorId(), now.minus(Duration.ofHours(SETTLE_HOURS)));
    AuditSealHead moved =
        new AuditSealHead(
            seq, hash, floor == null ? head.floorId() : Math.max(floor, head.floorId()));
    if (!moved.equals(head)) {
      mapper.updateHead(moved);
    }
    return seals.size();
  }

  /**
   * Walks the chain from its first seal: each event must still read as it did when sealed, no seal
   * may be missing, and no event below the floor may be without a seal.
   */
  public Integrity verify() {
    long seq = 0;
    String hash = AuditChain.GENESIS;
    long sealed = 0;
    AuditSealHead head = mapper.selectHead();
    while (true) {
      List<AuditSeal> page = mapper.selectSeals(seq, BATCH);
      for (AuditSeal seal : page) {
        if (seal.seq() != seq + 1) {
          return broken(sealed, seq + 1, "seal " + (seq + 1) + " is missing");
        }
        if (seal.event().isEmpty()) {
          return broken(sealed, seal.seq(), "event " + seal.eventId() + " has been removed");
        }
        String expected = AuditChain.next(hash, seal.event().get());
        if (!expected.equals(seal.hash())) {
          return broken(
              sealed, seal.seq(), "event " + seal.eventId() + " no longer reads as when sealed");
        }
        seq = seal.seq();
        hash = seal.hash();
        sealed++;
      }
      if (page.size() < BATCH) {
        break;
      }
    }
    if (seq < head.seq()) {
      return broken(sealed, seq + 1, "seals " + (seq + 1) + " to " + head.seq() + " are missing");
    }
    long floor = head.floorId();
    long belowFloor = mapper.countUnsealed(0, floor);
    if (belowFloor > 0) {
      return broken(sealed, null, belowFloor + " events below the floor have no seal");
    }
    return new Integrity(sealed, mapper.countUnsealed(floor, null), true, null, null);
  }

  private Integrity broken(long sealed, Long seq, String problem) {
    return new Integrity(sealed, mapper.countUnsealed(0, null), false, seq, problem);
  }
}
