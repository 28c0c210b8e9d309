package cn.ronghe.membership;

import java.util.List;

/**
 * The 25 steps of 发展党员 in the regulation's five stages (《中国共产党发展党员工作细则》, 2014), who acts and the
 * rule behind each (citing its article where the number is certain): what the intake detail shows,
 * done, current or still to come. The {@code key} of a step the process runs is its BPMN id (the
 * task or the start event).
 */
final class IntakeSteps {

  private IntakeSteps() {}

  record Step(int number, String key, int stage, String name, String actor, String rule) {}

  static final List<String> STAGES =
      List.of("入党申请", "入党积极分子的确定和培养教育", "发展对象的确定和考察", "预备党员的接收", "预备党员的教育考察和转正");

  static final List<Step> ALL =
      List.of(
          new Step(1, "applicationSubmitted", 1, "递交入党申请书", "申请人", "年满十八周岁（第五条）"),
          new Step(2, "talkWithApplicant", 1, "派人谈话", "党支部指派的正式党员", "收到申请书后一个月内（第七条）"),
          new Step(3, "decideActivist", 2, "确定入党积极分子", "支部委员会", "经党员推荐或群团组织推优（第八条）"),
          new Step(4, "fileActivist", 2, "报上级党委备案", "机关党委", "确定后报上级党委备案（第八条）"),
          new Step(5, "assignMentors", 2, "指定培养联系人", "支部委员会", "1 至 2 名正式党员（第九条）"),
          new Step(6, "assessActivist", 2, "培养教育考察", "培养联系人、党支部", "每半年考察一次（第十一条）"),
          new Step(
              7,
              "decideDevelopmentTarget",
              3,
              "确定发展对象",
              "支部委员会",
              "培养教育考察一年以上（第十三条）；公示不少于 5 个工作日（本院规定）"),
          new Step(8, "fileDevelopmentTarget", 3, "报上级党委备案", "机关党委", "确定后报上级党委备案"),
          new Step(9, "nameIntroducers", 3, "确定入党介绍人", "党支部", "两名正式党员，未受留党察看处分（第十四条）"),
          new Step(10, "politicalReview", 3, "政治审查", "党支部、机关党委", "未经政治审查或审查不合格的不能发展"),
          new Step(11, "shortTraining", 3, "集中培训", "机关党委", "不少于 3 天或 24 个学时（第十七条）"),
          new Step(12, "reviewByBranchCommittee", 4, "支部委员会审查", "支部委员会", "集体审查发展对象的条件和材料"),
          new Step(13, "preReview", 4, "上级党委预审", "机关党委", "预审合格后发放入党志愿书"),
          new Step(14, "fillApplicationForm", 4, "填写入党志愿书", "发展对象、入党介绍人", "在入党介绍人指导下填写"),
          new Step(15, "branchMeetingVote", 4, "支部大会讨论表决", "支部党员大会", "到会有表决权的正式党员超过应到半数，赞成票超过应到半数"),
          new Step(16, "committeeTalk", 4, "上级党委派人谈话", "机关党委委员或组织员", "审批前派人谈话"),
          new Step(17, "approveAdmission", 4, "上级党委审批", "机关党委", "支部大会后三个月内审批，最长不超过六个月（第二十五条）"),
          new Step(18, "reportAdmission", 4, "报组织部门备案", "机关党委", "审批后报备案"),
          new Step(19, "joinBranch", 4, "编入党支部和党小组", "党支部", "及时编入"),
          new Step(20, "takeOath", 4, "入党宣誓", "党支部", "面向党旗进行入党宣誓"),
          new Step(21, "probation", 5, "预备期教育考察", "党支部", "预备期一年，自支部大会通过之日算起"),
          new Step(22, "requestConversion", 5, "提出转正申请", "预备党员", "预备期满时提出"),
          new Step(23, "conversionVote", 5, "支部大会讨论转正", "支部党员大会", "按期转正、延长预备期 6 至 12 个月或取消资格"),
          new Step(24, "approveConversion", 5, "上级党委审批转正", "机关党委", "三个月内审批"),
          new Step(25, "archiveDocuments", 5, "材料归档", "党支部、机关党委", "转正后一周内归档"));

  /** 预备期: the step a case is at while the probation timer runs, with no task open. */
  static final Step PROBATION =
      ALL.stream().filter(s -> s.key().equals("probation")).findFirst().orElseThrow();
}
