package cn.ronghe.org;

import cn.ronghe.security.AdminAccount;
import java.time.LocalDate;

/** A person as the administrator sees them: their facts, their standing and their login. */
public record AdminPerson(
    long id,
    String name,
    String gender,
    String idNumber,
    LocalDate birthDate,
    String post,
    Long orgId,
    String orgName,
    OrgRef branch,
    String memberStatus,
    LocalDate memberStatusSince,
    LocalDate hiredOn,
    boolean active,
    LocalDate deactivatedOn,
    String deactivatedReason,
    AdminAccount account) {

  static AdminPerson of(PersonMapper.AdminRow row, AdminAccount account) {
    return new AdminPerson(
        row.id(),
        row.name(),
        row.gender(),
        row.idNumber(),
        row.birthDate(),
        row.post(),
        row.orgId(),
        row.orgName(),
        row.branch(),
        row.memberStatus(),
        row.memberStatusSince(),
        row.hiredOn(),
        row.active(),
        row.deactivatedOn(),
        row.deactivatedReason(),
        account);
  }
}
