package cn.ronghe.processes.campaign;

import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.campaign.CampaignVariables.*;

import cn.ronghe.processes.followup.FollowUpVariables;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the application's beans that {@code bpmn/campaignBranch.bpmn} calls, and keeps what
 * they were called with. Every branch has the same three people: 张三 ({@value #ZHANGSAN}), 李四
 * ({@value #LISI}) and 王五 ({@value #WANGWU}).
 */
final class BranchStandIns {

  static final String ZHANGSAN = "zhangsan";
  static final String LISI = "lisi";
  static final String WANGWU = "wangwu";

  private static final Map<String, String> NAMES = Map.of(ZHANGSAN, "张三", LISI, "李四", WANGWU, "王五");

  static final List<String> MEMBERS = List.of(ZHANGSAN, LISI, WANGWU);

  /** Branch code → branch name, as {@code campaignBranchOpenedDelegate} looks them up. */
  static final Map<String, String> BRANCH_NAMES =
      Map.of(
          "branch-1", "第一党支部（审判业务）",
          "branch-2", "第二党支部（执行）",
          "branch-3", "机关党支部");

  /** Stands in for the application's {@code users} bean. */
  public static class Users {
    public String displayName(String username) {
      return NAMES.getOrDefault(username, username);
    }
  }

  /** Whose session was scheduled, in order (branch codes). */
  final List<String> sessionsScheduled = new ArrayList<>();

  /** Whose make-up was recorded, in order. */
  final List<String> makeUpsRecorded = new ArrayList<>();

  /** Each submitted reflection: "{@code <person> <due date>}". */
  final List<String> reflectionsSubmitted = new ArrayList<>();

  /** The rows of each self-check's rectification list. */
  final List<List<Map<String, Object>>> rectificationLists = new ArrayList<>();

  /** The follow-up items the rectification stand-in started, not as sub-processes. */
  final List<String> followUpInstanceIds = new ArrayList<>();

  private BranchStandIns() {}

  static BranchStandIns register() {
    BranchStandIns standIns = new BranchStandIns();
    Mocks.register("users", new Users());
    Mocks.register(
        CAMPAIGN_BRANCH_OPENED_DELEGATE,
        (ExecutionListener)
            execution -> {
              String branch = (String) execution.getVariable(BRANCH_CODE);
              execution.setVariable(BRANCH_NAME, BRANCH_NAMES.get(branch));
              List<Map<String, String>> options = new ArrayList<>();
              for (String member : MEMBERS) {
                options.add(Map.of("label", NAMES.get(member), "value", member));
              }
              execution.setVariable(BRANCH_MEMBERS, options);
              execution.setVariable(BRANCH_MEMBER_IDS, String.join(",", MEMBERS));
            });
    Mocks.register(
        SESSION_SCHEDULED_DELEGATE,
        (TaskListener)
            task -> standIns.sessionsScheduled.add((String) task.getVariable(BRANCH_CODE)));
    Mocks.register(
        ATTENDANCE_RECORDED_DELEGATE,
        (TaskListener)
            task -> {
              @SuppressWarnings("unchecked")
              List<Map<String, Object>> absences =
                  (List<Map<String, Object>>) task.getVariable(ABSENCES);
              List<String> absentees = new ArrayList<>();
              for (Map<String, Object> absence : absences) {
                absentees.add((String) absence.get(ABSENCE_PERSON));
              }
              task.setVariable(ABSENTEES, absentees);
              task.setVariable(REFLECTION_PEOPLE, MEMBERS);
              task.setVariable(SPOT_CHECK_ROUND, 0);
            });
    Mocks.register(
        MAKE_UP_RECORDED_DELEGATE,
        (TaskListener) task -> standIns.makeUpsRecorded.add((String) task.getVariable(PERSON)));
    Mocks.register(
        REFLECTION_SUBMITTED_DELEGATE,
        (TaskListener)
            task ->
                standIns.reflectionsSubmitted.add(
                    task.getVariable(PERSON) + " " + day(task.getDueDate())));
    Mocks.register(
        OPEN_RECTIFICATION_ITEMS_DELEGATE,
        (JavaDelegate)
            execution -> {
              @SuppressWarnings("unchecked")
              List<Map<String, Object>> rows =
                  (List<Map<String, Object>>) execution.getVariable(RECTIFICATIONS);
              standIns.rectificationLists.add(rows);
              // as the backend does: one followUp per row, started on its own (no call activity)
              for (Map<String, Object> row : rows) {
                Map<String, Object> item = new HashMap<>();
                String owner = (String) row.get(RECTIFICATION_OWNER);
                item.put(FollowUpVariables.ITEM_TITLE, row.get(RECTIFICATION_PROBLEM));
                item.put(FollowUpVariables.ITEM_MEASURE, row.get(RECTIFICATION_MEASURE));
                item.put(FollowUpVariables.ITEM_OWNER, owner);
                item.put(FollowUpVariables.ITEM_OWNER_NAME, NAMES.get(owner));
                item.put(
                    FollowUpVariables.ITEM_DEADLINE,
                    endOf((String) row.get(RECTIFICATION_DEADLINE)));
                item.put(FollowUpVariables.BRANCH_CODE, execution.getVariable(BRANCH_CODE));
                item.put(FollowUpVariables.BRANCH_NAME, execution.getVariable(BRANCH_NAME));
                item.put(FollowUpVariables.SOURCE_TITLE, execution.getVariable(BUSINESS_TITLE));
                standIns.followUpInstanceIds.add(
                    execution
                        .getProcessEngineServices()
                        .getRuntimeService()
                        .startProcessInstanceByKey(FollowUpVariables.PROCESS_ID, item)
                        .getId());
              }
            });
    Mocks.register(
        BRANCH_FIGURES_DELEGATE,
        (JavaDelegate)
            execution -> {
              execution.setVariable(ATTENDED_COUNT, 2L);
              execution.setVariable(ABSENT_COUNT, 1L);
              execution.setVariable(MADE_UP_COUNT, 1L);
              execution.setVariable(REFLECTIONS_ON_TIME, 3L);
              execution.setVariable(REFLECTIONS_LATE, 0L);
            });
    return standIns;
  }

  private static String day(Date date) {
    return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
  }
}
