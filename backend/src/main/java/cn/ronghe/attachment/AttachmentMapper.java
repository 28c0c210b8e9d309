package cn.ronghe.attachment;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Attachments: stored with their content, listed without it. */
@Mapper
public interface AttachmentMapper {

  void insert(@Param("a") Attachment attachment, @Param("content") byte[] content);

  Long selectNewestId(
      @Param("processInstanceId") String processInstanceId,
      @Param("sha256") String sha256,
      @Param("uploadedBy") String uploadedBy);

  Attachment selectById(long id);

  /** Wrapped: MyBatis would read a bare byte[] result as a list of rows. */
  StoredContent selectContent(long id);

  List<Attachment> selectByInstance(String processInstanceId);
}
