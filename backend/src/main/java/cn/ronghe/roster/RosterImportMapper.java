package cn.ronghe.roster;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The imports of rosters and their progress ({@code roster_import}). */
@Mapper
interface RosterImportMapper {

  /** A new import, running; its id is set on {@code row}. */
  void insert(NewImport row);

  /** What {@link #insert} takes. */
  final class NewImport {
    Long id;
    final String fileName;
    final int total;
    final String startedBy;
    final Instant startedAt;

    NewImport(String fileName, int total, String startedBy, Instant startedAt) {
      this.fileName = fileName;
      this.total = total;
      this.startedBy = startedBy;
      this.startedAt = startedAt;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public String getFileName() {
      return fileName;
    }

    public int getTotal() {
      return total;
    }

    public String getStartedBy() {
      return startedBy;
    }

    public Instant getStartedAt() {
      return startedAt;
    }
  }

  int updateProgress(
      @Param("id") long id, @Param("processed") int processed, @Param("at") Instant at);

  /** Ends a running import: done with what it did, or failed with why (counts then null). */
  int finish(
      @Param("id") long id,
      @Param("status") String status,
      @Param("processed") int processed,
      @Param("orgs") RosterPlan.Counts orgs,
      @Param("people") RosterPlan.Counts people,
      @Param("error") String error,
      @Param("at") Instant at);

  RosterImport selectById(long id);

  List<RosterImport> selectLatest(int limit);

  /**
   * Marks as failed the imports still running whose progress was last written before {@code
   * staleBefore}: their node stopped, and their transaction with it.
   */
  int failStale(
      @Param("staleBefore") Instant staleBefore,
      @Param("error") String error,
      @Param("at") Instant at);
}
