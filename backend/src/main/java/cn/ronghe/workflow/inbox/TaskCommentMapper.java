package cn.ronghe.workflow.inbox;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Opinions given on tasks. */
@Mapper
public interface TaskCommentMapper {

  void insert(TaskComment comment);

  List<TaskComment> selectByInstance(String processInstanceId);
}
