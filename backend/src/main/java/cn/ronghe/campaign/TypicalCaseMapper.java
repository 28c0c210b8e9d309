package cn.ronghe.campaign;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The 典型案例库's table. */
@Mapper
interface TypicalCaseMapper {

  /** Active cases matching the text (title or summary, LIKE-escaped) and type, local ones first. */
  List<TypicalCase> selectPage(
      @Param("like") String like,
      @Param("type") String type,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long count(@Param("like") String like, @Param("type") String type);

  TypicalCase selectActive(@Param("id") long id);

  /** The cases of these ids that are in the library, in the library's order. */
  List<TypicalCase> selectActiveIn(@Param("ids") java.util.Collection<Long> ids);

  /** Receives the id the database gave a new row. */
  final class NewId {
    private Long id;

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }
  }

  void insert(@Param("c") TypicalCase typicalCase, @Param("key") NewId key);

  int update(TypicalCase typicalCase);

  int deactivate(
      @Param("id") long id,
      @Param("updatedBy") String updatedBy,
      @Param("updatedAt") Instant updatedAt);

  /** The files of these cases, oldest first. */
  List<TypicalCaseFile> selectFiles(@Param("caseIds") java.util.Collection<Long> caseIds);

  /** A file of a case still in the library, or null. */
  TypicalCaseFile selectFile(@Param("id") long id);

  /** A file's content. */
  record FileContent(byte[] content) {}

  FileContent selectFileContent(@Param("id") long id);

  void insertFile(
      @Param("caseId") long caseId,
      @Param("file") cn.ronghe.attachment.UploadedFile file,
      @Param("sizeBytes") long sizeBytes,
      @Param("uploadedBy") String uploadedBy,
      @Param("uploadedAt") Instant uploadedAt,
      @Param("key") NewId key);

  int deleteFile(@Param("id") long id);
}
