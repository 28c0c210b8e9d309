package cn.ronghe.report;

import static cn.ronghe.processes.talk.TalkVariables.KIND_EVENT;

import cn.ronghe.processes.followup.FollowUpVariables;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.talk.TalkCoverage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * A Party organisation's figures of a year, counted from Ronghe's own records, for its annual
 * report: people who reached each stage of the membership intake, the branch's talks and their
 * coverage, its warning-education sessions and attendance, and its follow-up items opened, closed
 * and still open at the year's end. Every figure is a whole number (rates in whole percent).
 */
@Component
class ReportFigures {

  /** A figure: its code, its label with its unit, its value. */
  record Figure(String code, String label, int value) {}

  private final ReportMapper reports;
  private final TalkCoverage coverage;
  private final HistoryService history;

  ReportFigures(ReportMapper reports, TalkCoverage coverage, HistoryService history) {
    this.reports = reports;
    this.coverage = coverage;
    this.history = history;
  }

  List<Figure> of(String orgCode, int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    List<Figure> figures = new ArrayList<>();

    ReportMapper.IntakeCounts intake = reports.selectIntakeCounts(orgCode, from, to);
    figures.add(new Figure("intake.applications", "收到入党申请（人）", intake.applications()));
    figures.add(new Figure("intake.activists", "确定入党积极分子（人）", intake.activists()));
    figures.add(new Figure("intake.developmentTargets", "确定发展对象（人）", intake.developmentTargets()));
    figures.add(new Figure("intake.admitted", "接收预备党员（人）", intake.admitted()));
    figures.add(new Figure("intake.converted", "预备党员转正（人）", intake.converted()));

    TalkCoverage.Branch talks =
        coverage
            .branch(year, orgCode)
            .orElse(new TalkCoverage.Branch(orgCode, null, 0, 0, 0, 0, 0));
    ReportMapper.TalkCounts held = reports.selectTalkCounts(orgCode, from, to, KIND_EVENT);
    figures.add(new Figure("talks.members", "应开展谈心谈话的党员（人）", talks.members()));
    figures.add(new Figure("talks.covered", "完成年度谈心谈话的党员（人）", talks.held()));
    figures.add(new Figure("talks.coverage", "谈心谈话覆盖率（%）", percent(talks.held(), talks.members())));
    figures.add(new Figure("talks.held", "全年谈心谈话（次）", held.held()));
    figures.add(new Figure("talks.events", "其中必谈事项谈话（次）", held.events()));

    ReportMapper.CampaignCounts campaigns = reports.selectCampaignCounts(orgCode, from, to);
    figures.add(new Figure("campaigns.sessions", "开展警示教育（场）", campaigns.sessions()));
    figures.add(
        new Figure(
            "campaigns.attendance",
            "警示教育出席率（%）",
            percent(campaigns.present(), campaigns.present() + campaigns.absent())));
    figures.add(new Figure("campaigns.madeUp", "缺席后补学（人次）", campaigns.madeUp()));
    figures.add(
        new Figure("campaigns.lateReflections", "逾期提交心得体会（篇）", campaigns.lateReflections()));

    Date yearStart = Date.from(from.atStartOfDay(ClockConfig.ZONE).toInstant());
    Date yearEnd = Date.from(to.plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant());
    int opened = (int) followUps(orgCode).startedAfter(yearStart).startedBefore(yearEnd).count();
    int closed = (int) followUps(orgCode).finishedAfter(yearStart).finishedBefore(yearEnd).count();
    int open =
        (int)
            (followUps(orgCode).startedBefore(yearEnd).unfinished().count()
                + followUps(orgCode).startedBefore(yearEnd).finishedAfter(yearEnd).count());
    figures.add(new Figure("followUps.opened", "新增整改事项（项）", opened));
    figures.add(new Figure("followUps.closed", "整改销号（项）", closed));
    figures.add(new Figure("followUps.open", "年末未销号整改事项（项）", open));
    return figures;
  }

  private HistoricProcessInstanceQuery followUps(String orgCode) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(FollowUpVariables.PROCESS_ID)
        .variableValueEquals(FollowUpVariables.BRANCH_CODE, orgCode);
  }

  /** {@code part} of {@code whole} in whole percent; 0 of nothing is 0. */
  private static int percent(int part, int whole) {
    return whole == 0 ? 0 : Math.round(100f * part / whole);
  }
}
