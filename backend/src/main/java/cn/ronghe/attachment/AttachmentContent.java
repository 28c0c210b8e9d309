package cn.ronghe.attachment;

/** An attachment's content, for download. */
public record AttachmentContent(Attachment attachment, byte[] content) {}
