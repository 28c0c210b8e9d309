package cn.ronghe.campaign;

import static cn.ronghe.processes.campaign.CampaignVariables.*;

import cn.ronghe.followup.FollowUpItems;
import cn.ronghe.org.OrgRef;
import cn.ronghe.org.OrgService;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.settings.Rule;
import cn.ronghe.settings.Rules;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.workflow.FormValues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of 警示教育 ({@code campaign} and {@code campaignBranch}), named in {@code
 * CampaignVariables}: they check what the forms cannot (dates against each other, every absentee's
 * reason) and record the facts the summaries count. A refused step throws an {@link ApiException}
 * naming the field: nothing starts, or the task stays open.
 */
@Configuration
class CampaignDelegates {

  private final CampaignMapper campaigns;
  private final OrgService orgs;
  private final UserDirectory directory;
  private final CampaignProperties settings;
  private final Rules rules;
  private final FollowUpItems followUps;
  private final Clock clock;

  CampaignDelegates(
      CampaignMapper campaigns,
      OrgService orgs,
      UserDirectory directory,
      CampaignProperties settings,
      Rules rules,
      FollowUpItems followUps,
      Clock clock) {
    this.followUps = followUps;
    this.campaigns = campaigns;
    this.settings = settings;
    this.rules = rules;
    this.orgs = orgs;
    this.directory = directory;
    this.clock = clock;
  }

  /** The plan as drafted (start) or revised (task): its dates, its branches; recorded. */
  interface PlanCheck extends ExecutionListener, TaskListener {}

  @Bean(CAMPAIGN_DRAFTED_DELEGATE)
  PlanCheck campaignDraftedDelegate() {
    return new PlanCheck() {
      @Override
      public void notify(DelegateExecution execution) {
        recordPlan(execution, execution.getProcessInstanceId());
      }

      @Override
      public void notify(DelegateTask task) {
        recordPlan(task, task.getProcessInstanceId());
      }
    };
  }

  private void recordPlan(VariableScope plan, String campaignId) {
    LocalDate from = FormValues.date(plan.getVariable(SESSION_FROM), SESSION_FROM);
    LocalDate to = FormValues.date(plan.getVariable(SESSION_TO), SESSION_TO);
    if (to.isBefore(from)) {
      throw ApiException.invalidField(SESSION_TO, "活动结束日期不能早于开始日期");
    }
    Set<String> branches = new LinkedHashSet<>();
    campaigns.selectBranches().forEach(b -> branches.add(b.code()));
    List<String> targets = FormValues.strings(plan.getVariable(TARGET_BRANCHES));
    if (targets.isEmpty() || !branches.containsAll(targets)) {
      throw ApiException.invalidField(TARGET_BRANCHES, "请选择参加活动的党支部");
    }
    String kind = (String) plan.getVariable(CAMPAIGN_KIND);
    String target = KIND_SPECIAL.equals(kind) ? (String) plan.getVariable(SPECIAL_TARGET) : null;
    Audience audience = audience(target, plan.getVariable(KEY_POSTS));
    for (String branch : targets) {
      if (audience.of(branch).isEmpty()) {
        throw ApiException.invalidField(
            TARGET_BRANCHES,
            orgs.org(branch).map(OrgRef::name).orElse(branch) + "没有本次活动面向的人员，请不要选择该支部");
      }
    }
    String title = (String) plan.getVariable(CAMPAIGN_TITLE);
    int days = ((Number) plan.getVariable(REFLECTION_DAYS)).intValue();
    if (campaigns.updateCampaign(campaignId, title, kind, target, from, to, days) == 0) {
      campaigns.insertCampaign(
          campaignId,
          title,
          kind,
          target,
          from,
          to,
          days,
          (String) plan.getVariable(INITIATOR),
          clock.instant());
    }
  }

  /** 支部开始: the branch's name and its people, who are its sign-in list. */
  @Bean(CAMPAIGN_BRANCH_OPENED_DELEGATE)
  ExecutionListener campaignBranchOpenedDelegate() {
    return execution -> {
      String code = (String) execution.getVariable(BRANCH_CODE);
      OrgRef branch =
          orgs.org(code).orElseThrow(() -> ApiException.invalidField(BRANCH_CODE, "没有这个党支部"));
      String campaign = (String) execution.getVariable(CAMPAIGN_INSTANCE_ID);
      CampaignMapper.CampaignRow plan = campaigns.selectCampaign(campaign);
      Audience audience =
          audience(
              KIND_SPECIAL.equals(plan.kind()) ? plan.specialTarget() : null,
              execution.getVariable(KEY_POSTS));
      List<Map<String, Object>> members = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (CampaignMapper.BranchPerson p : audience.of(code)) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("label", p.displayName());
        option.put("value", p.username());
        members.add(option);
        ids.add(p.username());
      }
      execution.setVariable(BRANCH_NAME, branch.name());
      execution.setVariable(BRANCH_MEMBERS, members);
      execution.setVariable(BRANCH_MEMBER_IDS, String.join(",", ids));
      campaigns.insertBranch(campaign, code, execution.getProcessInstanceId());
    };
  }

  /**
   * Who of a branch a campaign is for: everyone; of a special campaign for key posts, those whose
   * post holds one of the key posts' words (all four when none is ticked); for new staff, those who
   * joined within {@code ronghe.campaign.new-staff-months}.
   */
  private record Audience(CampaignMapper campaigns, List<String> postWords, LocalDate hiredSince) {
    List<CampaignMapper.BranchPerson> of(String branch) {
      if (postWords != null && postWords.isEmpty()) {
        return List.of();
      }
      return campaigns.selectBranchPeople(branch, postWords, hiredSince);
    }
  }

  private Audience audience(String specialTarget, Object keyPosts) {
    if (TARGET_HIGH_RISK_POSTS.equals(specialTarget)) {
      List<String> posts = FormValues.strings(keyPosts);
      List<String> words = new ArrayList<>();
      settings
          .postKeywords()
          .forEach(
              (post, keywords) -> {
                if (posts.isEmpty() || posts.contains(post)) {
                  words.addAll(keywords);
                }
              });
      return new Audience(campaigns, words, null);
    }
    if (TARGET_NEW_STAFF.equals(specialTarget)) {
      LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfig.ZONE);
      return new Audience(
          campaigns, null, today.minusMonths(rules.value(Rule.CAMPAIGN_NEW_STAFF_MONTHS)));
    }
    return new Audience(campaigns, null, null);
  }

  /** 安排: the session lies within the campaign's dates. */
  @Bean(SESSION_SCHEDULED_DELEGATE)
  TaskListener sessionScheduledDelegate() {
    return task -> {
      LocalDate session = FormValues.date(task.getVariable(SESSION_DATE), SESSION_DATE);
      LocalDate from = FormValues.date(task.getVariable(SESSION_FROM), SESSION_FROM);
      LocalDate to = FormValues.date(task.getVariable(SESSION_TO), SESSION_TO);
      if (session.isBefore(from) || session.isAfter(to)) {
        throw ApiException.invalidField(SESSION_DATE, "警示教育应在活动时间 " + from + " 至 " + to + " 之间开展");
      }
      campaigns.updateSession(
          campaignOf(task),
          (String) task.getVariable(BRANCH_CODE),
          session,
          (String) task.getVariable(SESSION_FORM),
          (String) task.getVariable(SESSION_PLACE));
    };
  }

  /**
   * 签到: whoever of the branch is not ticked is absent and needs a reason; the ticked need none.
   * Everyone of the branch then writes a reflection, absentees after making the session up.
   */
  @Bean(ATTENDANCE_RECORDED_DELEGATE)
  TaskListener attendanceRecordedDelegate() {
    return task -> {
      List<String> members = values(task.getVariable(BRANCH_MEMBERS));
      Set<String> attendees = new LinkedHashSet<>(FormValues.strings(task.getVariable(ATTENDEES)));
      Map<String, String> reasons = new HashMap<>();
      List<?> rows = task.getVariable(ABSENCES) instanceof List<?> l ? l : List.of();
      for (int i = 0; i < rows.size(); i++) {
        Map<?, ?> row = rows.get(i) instanceof Map<?, ?> m ? m : Map.of();
        String person = String.valueOf(row.get(ABSENCE_PERSON));
        String at = ABSENCES + "[" + i + "]." + ABSENCE_PERSON;
        if (attendees.contains(person)) {
          throw ApiException.invalidField(at, "已签到的人不需要填写缺席原因");
        }
        if (reasons.put(person, String.valueOf(row.get(ABSENCE_REASON))) != null) {
          throw ApiException.invalidField(at, "同一人填写了两次缺席原因");
        }
      }
      List<String> absentees = new ArrayList<>();
      for (String member : members) {
        if (!attendees.contains(member)) {
          if (!reasons.containsKey(member)) {
            throw ApiException.invalidField(
                ABSENCES,
                "请填写未签到人员的缺席原因：" + directory.user(member).map(u -> u.displayName()).orElse(member));
          }
          absentees.add(member);
        }
      }
      String campaign = campaignOf(task);
      String branch = (String) task.getVariable(BRANCH_CODE);
      for (String member : members) {
        boolean present = attendees.contains(member);
        campaigns.insertAttendance(
            campaign, member, branch, present, present ? null : reasons.get(member));
      }
      campaigns.markHeld(campaign, branch);
      task.setVariable(ABSENTEES, absentees);
      task.setVariable(REFLECTION_PEOPLE, members);
      task.setVariable(SPOT_CHECK_ROUND, 0);
    };
  }

  /** 补学: the absentee made the session up on that day. */
  @Bean(MAKE_UP_RECORDED_DELEGATE)
  TaskListener makeUpRecordedDelegate() {
    return task ->
        campaigns.updateMadeUp(
            campaignOf(task),
            (String) task.getVariable(PERSON),
            FormValues.date(task.getVariable(MADE_UP_ON), MADE_UP_ON));
  }

  /** 心得体会: the first submission counts, on time or late against the task's due date. */
  @Bean(REFLECTION_SUBMITTED_DELEGATE)
  TaskListener reflectionSubmittedDelegate() {
    return task -> {
      String campaign = campaignOf(task);
      String person = (String) task.getVariable(PERSON);
      if (campaigns.countResubmission(campaign, person) > 0) {
        return;
      }
      Instant now = clock.instant();
      Instant due = task.getDueDate() == null ? now : task.getDueDate().toInstant();
      campaigns.insertReflection(
          campaign, person, (String) task.getVariable(BRANCH_CODE), due, now, now.isAfter(due));
    };
  }

  /**
   * 生成整改事项: each row becomes a follow-up item of its own, tracked to verified closure by the branch
   * secretary; the branch goes on without waiting for it.
   */
  @Bean(OPEN_RECTIFICATION_ITEMS_DELEGATE)
  JavaDelegate openRectificationItemsDelegate() {
    return execution -> {
      if (!(execution.getVariable(RECTIFICATIONS) instanceof List<?> rows)) {
        return;
      }
      String campaign = (String) execution.getVariable(CAMPAIGN_INSTANCE_ID);
      String branch = (String) execution.getVariable(BRANCH_CODE);
      for (Object r : rows) {
        Map<?, ?> row = (Map<?, ?>) r;
        String owner = String.valueOf(row.get(RECTIFICATION_OWNER));
        String problem = String.valueOf(row.get(RECTIFICATION_PROBLEM));
        String instance =
            followUps.open(
                new FollowUpItems.Item(
                    problem,
                    row.get(RECTIFICATION_MEASURE),
                    owner,
                    FormValues.date(
                        row.get(RECTIFICATION_DEADLINE),
                        RECTIFICATIONS + "." + RECTIFICATION_DEADLINE),
                    branch,
                    execution.getVariable(BRANCH_NAME),
                    execution.getVariable(BUSINESS_TITLE)));
        campaigns.insertRectification(instance, campaign, branch, problem, owner, clock.instant());
      }
    };
  }

  /** 统计支部数据: the branch's figures, counted from what it recorded. */
  @Bean(BRANCH_FIGURES_DELEGATE)
  JavaDelegate branchFiguresDelegate() {
    return execution -> {
      CampaignMapper.Figures f =
          campaigns.selectFigures(
              (String) execution.getVariable(CAMPAIGN_INSTANCE_ID),
              (String) execution.getVariable(BRANCH_CODE));
      execution.setVariable(ATTENDED_COUNT, f.present());
      execution.setVariable(ABSENT_COUNT, f.absent());
      execution.setVariable(MADE_UP_COUNT, f.madeUp());
      execution.setVariable(REFLECTIONS_ON_TIME, f.reflectionsOnTime());
      execution.setVariable(REFLECTIONS_LATE, f.reflectionsLate());
    };
  }

  /** 汇总活动数据: the campaign's figures; the attendance rate in whole percent. */
  @Bean(CAMPAIGN_FIGURES_DELEGATE)
  JavaDelegate campaignFiguresDelegate() {
    return execution -> {
      CampaignMapper.Figures f = campaigns.selectFigures(execution.getProcessInstanceId(), null);
      int expected = f.present() + f.absent();
      execution.setVariable(SESSIONS_HELD, f.sessionsHeld());
      execution.setVariable(
          ATTENDANCE_RATE, expected == 0 ? 0 : Math.round(100f * f.present() / expected));
      execution.setVariable(REFLECTIONS_ON_TIME, f.reflectionsOnTime());
      execution.setVariable(REFLECTIONS_LATE, f.reflectionsLate());
      execution.setVariable(RECTIFICATION_ITEMS, f.rectificationItems());
    };
  }

  private static String campaignOf(VariableScope scope) {
    return (String) scope.getVariable(CAMPAIGN_INSTANCE_ID);
  }

  /** The values of a list of {@code {label, value}} options. */
  private static List<String> values(Object options) {
    List<String> list = new ArrayList<>();
    if (options instanceof Collection<?> c) {
      for (Object o : c) {
        if (o instanceof Map<?, ?> m) {
          list.add(String.valueOf(m.get("value")));
        }
      }
    }
    return list;
  }
}
