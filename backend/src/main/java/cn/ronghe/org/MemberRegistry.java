package cn.ronghe.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member registry: each person's standing in the Party ({@code person.member_status}) and its
 * history. Only processes change it, step by step, each change with the date it took effect.
 */
@Service
public class MemberRegistry {

  private final PersonMapper people;
  private final Clock clock;

  MemberRegistry(PersonMapper people, Clock clock) {
    this.people = people;
    this.clock = clock;
  }

  public Optional<Person> person(long personId) {
    return Optional.ofNullable(people.selectById(personId));
  }

  /**
   * The person, locked until the caller's transaction ends: what a process checks about a person
   * and then changes (one open intake per person) is decided one request at a time.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Person> lockedPerson(long personId) {
    people.lockById(personId);
    return person(personId);
  }

  /** The person's current status (none when the person has no registry entry). */
  public MemberStatus statusOf(Person person) {
    return MemberStatus.of(person.memberStatus());
  }

  /**
   * Records that the person's status became {@code status} on {@code effectiveOn}, by the process
   * step {@code step} (its BPMN id) named {@code stepName}.
   */
  @Transactional
  public void change(
      long personId,
      MemberStatus status,
      LocalDate effectiveOn,
      String step,
      String stepName,
      Long intakeId,
      String actor) {
    record(personId, status, effectiveOn, step, stepName, intakeId, null, actor);
  }

  /** Where a change made outside any process is recorded as made: by an administrator. */
  public static final String STEP_ADMIN = "admin";

  /** Where a change read from the Excel roster is recorded as made. */
  public static final String STEP_ROSTER = "roster-import";

  /**
   * Records a change made outside the membership process, with the reason the registry must show:
   * an administrator's correction, or a roster read in. The caller holds the person's lock and has
   * checked that no intake of the person is open (the process changes the status then).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void correct(
      long personId,
      MemberStatus status,
      LocalDate effectiveOn,
      String step,
      String stepName,
      String reason,
      String actor) {
    record(personId, status, effectiveOn, step, stepName, null, reason, actor);
  }

  private void record(
      long personId,
      MemberStatus status,
      LocalDate effectiveOn,
      String step,
      String stepName,
      Long intakeId,
      String reason,
      String actor) {
    people.updateMemberStatus(personId, status.code(), effectiveOn);
    people.insertStatusChange(
        new MemberStatusChange(
            null,
            personId,
            status.code(),
            effectiveOn,
            step,
            stepName,
            intakeId,
            actor,
            clock.instant(),
            null,
            reason));
  }

  /** Whether a membership intake of the person is open: then only its steps change the status. */
  public boolean intakeOpen(long personId) {
    return people.countOpenIntakes(personId) > 0;
  }

  /** The person's registry history, oldest first. */
  public List<MemberStatusChange> history(long personId) {
    return people.selectStatusChanges(personId);
  }

  /** 留党察看 ({@code member_sanction} kind {@code probation}). */
  public static final String SANCTION_PROBATION = "probation";

  /** Whether the person is under a sanction of the kind on the day. */
  public boolean underSanction(long personId, String kind, LocalDate on) {
    return people.countSanctionsInForce(personId, kind, on) > 0;
  }
}
