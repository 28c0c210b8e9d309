package cn.ronghe.org;

import java.time.LocalDate;

/** A person (干警) as stored in {@code person}. */
public record Person(
    Long id,
    String name,
    String gender,
    LocalDate birthDate,
    String idNumber,
    String post,
    Long orgId,
    String memberStatus,
    LocalDate memberStatusSince) {}
