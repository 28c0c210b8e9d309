package cn.ronghe.attachment;

/** The stored bytes of an attachment. */
public record StoredContent(byte[] content) {}
