package cn.ronghe.org;

import java.io.Serializable;

/** A reference to an organisation as the API shows it next to a person or user. */
public record OrgRef(long id, String code, String name) implements Serializable {}
