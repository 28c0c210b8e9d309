package cn.ronghe.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo court: the organ Party committee, its discipline commission, three branches with Party
 * groups, about thirty people in every member status, and one login per role. All demo logins use
 * the password {@link #PASSWORD}.
 */
final class DemoData {

  static final String PASSWORD = "Ronghe@2026";

  private DemoData() {}

  record Org(String code, String name, String type, String parentCode) {}

  /** birth is yyyy-MM-dd; status is a member status code; org is an org code. */
  record PersonSeed(
      String name,
      String gender,
      String birth,
      String post,
      String org,
      String status,
      String since) {}

  /** A login; person is the person's name (or null), grants are role or role@orgCode. */
  record Account(String username, String displayName, String person, List<String> grants) {}

  static final List<Org> ORGS =
      List.of(
          new Org("committee", "机关党委", "committee", null),
          new Org("commission", "机关纪委", "commission", "committee"),
          new Org("branch-1", "第一党支部（审判业务）", "branch", "committee"),
          new Org("branch-1-civil", "民事审判党小组", "group", "branch-1"),
          new Org("branch-1-criminal", "刑事审判党小组", "group", "branch-1"),
          new Org("branch-2", "第二党支部（执行局）", "branch", "committee"),
          new Org("branch-2-enforce", "执行实施党小组", "group", "branch-2"),
          new Org("branch-2-ruling", "执行裁决党小组", "group", "branch-2"),
          new Org("branch-3", "第三党支部（综合部门）", "branch", "committee"),
          new Org("branch-3-office", "办公室党小组", "group", "branch-3"),
          new Org("branch-3-political", "政治部党小组", "group", "branch-3"));

  static final List<PersonSeed> PEOPLE =
      List.of(
          // 第一党支部
          new PersonSeed("李强", "M", "1975-04-12", "民一庭庭长", "branch-1-civil", "full", "2001-07-01"),
          new PersonSeed(
              "陈静", "F", "1984-09-23", "刑一庭审判员", "branch-1-criminal", "full", "2008-06-30"),
          new PersonSeed("张三", "M", "1998-03-15", "民一庭法官助理", "branch-1-civil", "none", null),
          new PersonSeed(
              "刘洋", "M", "1996-11-02", "民一庭书记员", "branch-1-civil", "applicant", "2026-03-10"),
          new PersonSeed(
              "周敏", "F", "1995-06-18", "刑一庭法官助理", "branch-1-criminal", "activist", "2025-09-01"),
          new PersonSeed(
              "吴磊",
              "M",
              "1993-01-27",
              "刑一庭审判员",
              "branch-1-criminal",
              "development-target",
              "2026-06-15"),
          new PersonSeed(
              "郑丽华", "F", "1994-08-08", "民一庭审判员", "branch-1-civil", "probationary", "2026-04-20"),
          new PersonSeed(
              "王芳", "F", "1980-12-05", "刑一庭副庭长", "branch-1-criminal", "full", "2004-05-04"),
          new PersonSeed("冯建国", "M", "1969-10-01", "审判委员会专职委员", "branch-1", "full", "1992-07-01"),
          new PersonSeed("何雨婷", "F", "2000-02-14", "立案庭书记员", "branch-1-civil", "none", null),
          // a full member under 留党察看 (see SANCTIONS): may not be an introducer
          new PersonSeed(
              "赵立新", "M", "1983-03-21", "民一庭审判员", "branch-1-civil", "full", "2007-07-01"),
          // 第二党支部
          new PersonSeed(
              "孙丽", "F", "1978-07-19", "执行局副局长", "branch-2-enforce", "full", "2003-07-01"),
          new PersonSeed(
              "李四", "M", "1988-05-06", "执行局执行员", "branch-2-enforce", "full", "2012-11-08"),
          new PersonSeed(
              "钱伟", "M", "1990-03-30", "执行局执行员", "branch-2-enforce", "probationary", "2026-01-12"),
          new PersonSeed(
              "徐婷", "F", "1997-09-09", "执行局法官助理", "branch-2-ruling", "activist", "2026-02-20"),
          new PersonSeed(
              "马超",
              "M",
              "1992-12-12",
              "执行裁决庭审判员",
              "branch-2-ruling",
              "development-target",
              "2026-05-18"),
          new PersonSeed(
              "林晓燕", "F", "1999-04-25", "执行局书记员", "branch-2-enforce", "applicant", "2026-09-03"),
          new PersonSeed(
              "高峰", "M", "1982-02-02", "执行裁决庭庭长", "branch-2-ruling", "full", "2006-06-01"),
          new PersonSeed(
              "罗刚", "M", "1986-10-17", "司法警察大队副大队长", "branch-2-enforce", "full", "2010-07-01"),
          new PersonSeed("宋佳", "F", "2001-01-08", "执行局书记员", "branch-2-ruling", "none", null),
          new PersonSeed(
              "谢文", "M", "1991-07-07", "执行局执行员", "branch-2-enforce", "full", "2015-12-20"),
          // 第三党支部
          new PersonSeed(
              "王伟", "M", "1972-08-16", "机关党委专职副书记", "branch-3-political", "full", "1996-07-01"),
          new PersonSeed(
              "赵敏", "F", "1979-11-11", "机关纪委书记", "branch-3-political", "full", "2002-07-01"),
          new PersonSeed(
              "周健", "M", "1985-04-18", "机关纪委纪检员", "branch-3-political", "full", "2008-07-01"),
          new PersonSeed(
              "吴晓燕", "F", "1990-09-26", "机关纪委纪检员", "branch-3-political", "full", "2013-06-20"),
          // 审理: who did not investigate a case hears it
          new PersonSeed(
              "唐军", "M", "1983-06-09", "机关纪委审理员", "branch-3-political", "full", "2009-07-01"),
          new PersonSeed(
              "高岩", "F", "1991-11-30", "机关纪委审理员", "branch-3-political", "full", "2016-06-30"),
          new PersonSeed(
              "黄志明", "M", "1965-05-20", "院党组书记、院长", "branch-3-office", "full", "1988-07-01"),
          new PersonSeed(
              "韩雪", "F", "1989-03-03", "办公室综合科科长", "branch-3-office", "full", "2011-06-28"),
          new PersonSeed(
              "唐亮",
              "M",
              "1994-10-10",
              "政治部干部科科员",
              "branch-3-political",
              "probationary",
              "2026-07-01"),
          new PersonSeed(
              "曹颖", "F", "1996-12-24", "办公室文秘", "branch-3-office", "activist", "2026-04-01"),
          new PersonSeed(
              "许振华", "M", "1987-06-06", "司法行政装备管理科科长", "branch-3-office", "full", "2009-10-15"),
          new PersonSeed(
              "邓雅琴",
              "F",
              "1993-02-28",
              "政治部宣传科科员",
              "branch-3-political",
              "development-target",
              "2026-03-25"),
          new PersonSeed(
              "彭博", "M", "1998-08-30", "信息技术科科员", "branch-3-office", "applicant", "2026-10-09"),
          new PersonSeed("董瑶", "F", "2002-05-16", "办公室科员", "branch-3-office", "none", null));

  /** When the newer people joined the court (新入职干警): the others' dates are not recorded. */
  static final Map<String, String> HIRED_ON =
      Map.of(
          "张三", "2026-02-01",
          "何雨婷", "2026-03-02",
          "宋佳", "2025-12-15",
          "董瑶", "2026-07-01",
          "彭博", "2026-02-01");

  /** A Party sanction in force; kind as in {@code member_sanction}, until may be null. */
  record SanctionSeed(String person, String kind, String from, String until, String decidedBy) {}

  static final List<SanctionSeed> SANCTIONS =
      List.of(new SanctionSeed("赵立新", "probation", "2025-06-30", "2027-06-29", "机关纪委"));

  /**
   * Logins not listed on the login page: the first branch's other full members, mentors (培养联系人) and
   * introducers (入党介绍人) besides the talker, and one under 留党察看 whom the intake refuses as an
   * introducer; a second discipline officer for verification teams, and two for hearing panels.
   */
  static final List<Account> MEMBER_ACCOUNTS =
      List.of(
          new Account("wangfang", "王芳", "王芳", List.of("staff")),
          new Account("fengjianguo", "冯建国", "冯建国", List.of("staff")),
          new Account("zhaolixin", "赵立新", "赵立新", List.of("staff")),
          // the second member of a verification team (核查组至少两人)
          new Account("wuxiaoyan", "吴晓燕", "吴晓燕", List.of("staff", "discipline")),
          // a hearing panel of two who investigated nothing (审理组)
          new Account("tangjun", "唐军", "唐军", List.of("staff", "discipline")),
          new Account("gaoyan", "高岩", "高岩", List.of("staff", "discipline")));

  /** The demo logins, in the order the login page lists them. */
  static final List<Account> ACCOUNTS =
      List.of(
          new Account("wangwei", "王伟", "王伟", List.of("staff", "party-committee")),
          new Account("zhaomin", "赵敏", "赵敏", List.of("staff", "discipline", "discipline-head")),
          // 纪检员: a clue's case officer or verification team member (问题线索处置)
          new Account("zhoujian", "周健", "周健", List.of("staff", "discipline")),
          new Account("liqiang", "李强", "李强", List.of("staff", "branch-secretary@branch-1")),
          new Account("chenjing", "陈静", "陈静", List.of("staff", "branch-committee@branch-1")),
          new Account("zhangsan", "张三", "张三", List.of("staff")),
          new Account("lisi", "李四", "李四", List.of("staff")),
          new Account("sunli", "孙丽", "孙丽", List.of("staff", "branch-secretary@branch-2")),
          // 院长, 分管审判业务: the first branch's people are his cadres (领导干部谈心谈话)
          new Account("huangzhiming", "黄志明", "黄志明", List.of("staff", "leader@branch-1")),
          new Account("admin", "系统管理员", null, List.of("admin")),
          new Account("auditor", "安全审计员", null, List.of("auditor")));
}
