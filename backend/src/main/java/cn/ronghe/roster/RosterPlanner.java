package cn.ronghe.roster;

import cn.ronghe.org.IdNumbers;
import cn.ronghe.org.MemberRegistry;
import cn.ronghe.org.MemberStatus;
import cn.ronghe.org.OrgMapper;
import cn.ronghe.org.OrgMapper.OrgState;
import cn.ronghe.org.OrgType;
import cn.ronghe.org.PersonMapper;
import cn.ronghe.org.PersonMapper.AdminRow;
import cn.ronghe.roster.RosterFile.OrgLine;
import cn.ronghe.roster.RosterFile.PersonLine;
import cn.ronghe.roster.RosterPlan.Action;
import cn.ronghe.roster.RosterPlan.OrgChange;
import cn.ronghe.roster.RosterPlan.PersonChange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks every row of a roster against the rules and the database, and says what importing it would
 * do. Organisations are matched by code, people by ID number, so a roster imported twice changes
 * nothing the second time. A cell left empty keeps what is stored.
 */
@Component
class RosterPlanner {

  /** The organisation types as the roster names them. */
  static final Map<String, OrgType> ORG_TYPES =
      java.util.Arrays.stream(OrgType.values())
          .collect(java.util.stream.Collectors.toMap(OrgType::label, t -> t));

  /** The statuses a roster may set: a stage of membership, not an intake's end. */
  static final List<MemberStatus> ROSTER_STATUSES =
      List.of(
          MemberStatus.NONE,
          MemberStatus.APPLICANT,
          MemberStatus.ACTIVIST,
          MemberStatus.DEVELOPMENT_TARGET,
          MemberStatus.PROBATIONARY,
          MemberStatus.FULL);

  private static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
  private static final int LOOKUP_CHUNK = 500;

  private final OrgMapper orgMapper;
  private final PersonMapper personMapper;
  private final MemberRegistry registry;
  private final Clock clock;

  RosterPlanner(
      OrgMapper orgMapper, PersonMapper personMapper, MemberRegistry registry, Clock clock) {
    this.orgMapper = orgMapper;
    this.personMapper = personMapper;
    this.registry = registry;
    this.clock = clock;
  }

  RosterPlan plan(RosterFile file) {
    List<RowError> errors = new ArrayList<>(file.errors());
    Map<String, OrgState> stored = new HashMap<>();
    orgMapper.selectAllStates().forEach(o -> stored.put(o.code(), o));
    List<OrgChange> orgs = planOrgs(file.orgs(), stored, errors);
    Map<String, String> typeByCode = new HashMap<>();
    stored.values().stream()
        .filter(OrgState::active)
        .forEach(o -> typeByCode.put(o.code(), o.type()));
    orgs.forEach(o -> typeByCode.put(o.code(), o.type()));
    List<PersonChange> people = planPeople(file.people(), stored, typeByCode.keySet(), errors);
    errors.sort(RosterPlanner::inSheetOrder);
    return new RosterPlan(orgs, people, errors);
  }

  /** Organisations first, then people; by row; within a row, left to right. */
  private static int inSheetOrder(RowError a, RowError b) {
    int bySheet = Integer.compare(sheetOrder(a), sheetOrder(b));
    if (bySheet != 0) {
      return bySheet;
    }
    int byRow = Integer.compare(a.row(), b.row());
    return byRow != 0 ? byRow : Integer.compare(columnOrder(a), columnOrder(b));
  }

  private static int sheetOrder(RowError e) {
    return e.sheet().equals(RosterFile.ORG_SHEET) ? 0 : 1;
  }

  private static int columnOrder(RowError e) {
    List<String> columns = sheetOrder(e) == 0 ? RosterFile.ORG_COLUMNS : RosterFile.PEOPLE_COLUMNS;
    return e.column() == null ? -1 : columns.indexOf(e.column());
  }

  private List<OrgChange> planOrgs(
      List<OrgLine> lines, Map<String, OrgState> stored, List<RowError> errors) {
    String sheet = RosterFile.ORG_SHEET;
    Map<String, OrgLine> byCode = new LinkedHashMap<>();
    for (OrgLine line : lines) {
      int before = errors.size();
      if (line.code() == null) {
        errors.add(new RowError(sheet, line.row(), RosterFile.ORG_CODE, "请填写组织编码"));
      } else if (!line.code().matches(CODE_PATTERN)) {
        errors.add(
            new RowError(sheet, line.row(), RosterFile.ORG_CODE, "组织编码为 1–64 位字母、数字、下划线或连字符"));
      } else if (byCode.containsKey(line.code())) {
        errors.add(
            new RowError(
                sheet,
                line.row(),
                RosterFile.ORG_CODE,
                "组织编码与第 " + byCode.get(line.code()).row() + " 行重复"));
      } else if (stored.containsKey(line.code()) && !stored.get(line.code()).active()) {
        errors.add(new RowError(sheet, line.row(), RosterFile.ORG_CODE, "该组织已撤销，编码不能再用"));
      }
      if (line.name() == null) {
        errors.add(new RowError(sheet, line.row(), RosterFile.ORG_NAME, "请填写组织名称"));
      } else if (line.name().length() > 100) {
        errors.add(new RowError(sheet, line.row(), RosterFile.ORG_NAME, "组织名称最多 100 个字"));
      }
      if (line.type() == null || !ORG_TYPES.containsKey(line.type())) {
        errors.add(new RowError(sheet, line.row(), RosterFile.ORG_TYPE, "类型为 机关党委、机关纪委、党支部 或 党小组"));
      }
      if (errors.size() == before) {
        byCode.put(line.code(), line);
      } else if (line.code() != null) {
        byCode.putIfAbsent(line.code(), line);
      }
    }
    // The tree as it will be: the stored active organisations, then the roster's over them.
    Map<String, String> parentOf = new HashMap<>();
    Map<String, String> typeOf = new HashMap<>();
    Map<Long, String> codeOfId = new HashMap<>();
    stored.values().forEach(o -> codeOfId.put(o.id(), o.code()));
    stored.values().stream()
        .filter(OrgState::active)
        .forEach(
            o -> {
              parentOf.put(o.code(), o.parentId() == null ? null : codeOfId.get(o.parentId()));
              typeOf.put(o.code(), o.type());
            });
    for (OrgLine line : byCode.values()) {
      parentOf.put(line.code(), line.parentCode());
      OrgType type = line.type() == null ? null : ORG_TYPES.get(line.type());
      typeOf.put(line.code(), type == null ? null : type.name());
    }
    for (OrgLine line : byCode.values()) {
      String type = typeOf.get(line.code());
      if (type == null) {
        continue;
      }
      String parent = line.parentCode();
      if (parent != null && !typeOf.containsKey(parent)) {
        errors.add(
            new RowError(
                sheet, line.row(), RosterFile.ORG_PARENT, "上级组织 " + parent + " 不存在，也不在本表中"));
        continue;
      }
      if (cycles(line.code(), parentOf)) {
        errors.add(new RowError(sheet, line.row(), RosterFile.ORG_PARENT, "上级组织形成循环"));
        continue;
      }
      Optional<String> wrong = hierarchyProblem(type, parent == null ? null : typeOf.get(parent));
      wrong.ifPresent(w -> errors.add(new RowError(sheet, line.row(), RosterFile.ORG_PARENT, w)));
    }
    // A stored organisation whose parent the roster turns into another type.
    for (Map.Entry<String, String> child : parentOf.entrySet()) {
      String parent = child.getValue();
      if (parent == null || byCode.containsKey(child.getKey()) || !byCode.containsKey(parent)) {
        continue;
      }
      Optional<String> wrong = hierarchyProblem(typeOf.get(child.getKey()), typeOf.get(parent));
      if (wrong.isPresent()) {
        errors.add(
            new RowError(
                sheet,
                byCode.get(parent).row(),
                RosterFile.ORG_TYPE,
                "下级组织 " + child.getKey() + " 的类型与此不符：" + wrong.get()));
      }
    }
    int nextSort = stored.values().stream().mapToInt(OrgState::sortOrder).max().orElse(0) + 1;
    List<OrgChange> changes = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (OrgLine line : byCode.values()) {
      nextSort = place(line, byCode, stored, codeOfId, parentOf, typeOf, placed, changes, nextSort);
    }
    return changes;
  }

  /** Adds the line after its parent's, if the roster has the parent too; the next free sort. */
  private int place(
      OrgLine line,
      Map<String, OrgLine> byCode,
      Map<String, OrgState> stored,
      Map<Long, String> codeOfId,
      Map<String, String> parentOf,
      Map<String, String> typeOf,
      Set<String> placed,
      List<OrgChange> changes,
      int nextSort) {
    if (!placed.add(line.code())) {
      return nextSort;
    }
    String parent = line.parentCode();
    if (parent != null && byCode.containsKey(parent) && !cycles(line.code(), parentOf)) {
      nextSort =
          place(
              byCode.get(parent),
              byCode,
              stored,
              codeOfId,
              parentOf,
              typeOf,
              placed,
              changes,
              nextSort);
    }
    OrgState old = stored.get(line.code());
    String type = typeOf.get(line.code());
    if (old == null) {
      int sort = line.sort() != null ? line.sort() : nextSort++;
      changes.add(
          new OrgChange(
              Action.CREATE, null, line.row(), line.code(), line.name(), type, parent, sort));
      return nextSort;
    }
    String oldParent = old.parentId() == null ? null : codeOfId.get(old.parentId());
    int sort = line.sort() != null ? line.sort() : old.sortOrder();
    boolean same =
        Objects.equals(old.name(), line.name())
            && Objects.equals(old.type(), type)
            && Objects.equals(oldParent, parent)
            && old.sortOrder() == sort;
    changes.add(
        new OrgChange(
            same ? Action.UNCHANGED : Action.UPDATE,
            old.id(),
            line.row(),
            line.code(),
            line.name(),
            type,
            parent,
            sort));
    return nextSort;
  }

  private static boolean cycles(String code, Map<String, String> parentOf) {
    Set<String> seen = new HashSet<>();
    for (String at = code; at != null; at = parentOf.get(at)) {
      if (!seen.add(at)) {
        return true;
      }
    }
    return false;
  }

  /** 机关党委 at the top; 机关纪委 and 党支部 under it; 党小组 under a 党支部. */
  static Optional<String> hierarchyProblem(String type, String parentType) {
    if (type == null) {
      return Optional.empty();
    }
    return OrgType.valueOf(type)
        .parentProblem(parentType == null ? null : OrgType.valueOf(parentType));
  }

  private List<PersonChange> planPeople(
      List<PersonLine> lines,
      Map<String, OrgState> stored,
      Set<String> orgCodes,
      List<RowError> errors) {
    String sheet = RosterFile.PEOPLE_SHEET;
    LocalDate today = LocalDate.now(clock);
    Map<String, AdminRow> existing = existingPeople(lines);
    Map<String, Integer> seen = new HashMap<>();
    Map<Long, String> codeOfId = new HashMap<>();
    stored.values().forEach(o -> codeOfId.put(o.id(), o.code()));
    List<PersonChange> changes = new ArrayList<>();
    for (PersonLine line : lines) {
      int before = errors.size();
      if (line.name() == null) {
        errors.add(new RowError(sheet, line.row(), RosterFile.NAME, "请填写姓名"));
      } else if (line.name().length() > 50) {
        errors.add(new RowError(sheet, line.row(), RosterFile.NAME, "姓名最多 50 个字"));
      }
      String gender = gender(line.gender());
      if (gender == null) {
        errors.add(new RowError(sheet, line.row(), RosterFile.GENDER, "性别为 男 或 女"));
      }
      String idNumber = IdNumbers.normalized(line.idNumber());
      Optional<String> idProblem =
          line.idNumber() == null && errorAt(errors, sheet, line.row(), RosterFile.ID_NUMBER)
              ? Optional.empty()
              : IdNumbers.problem(idNumber);
      idProblem.ifPresent(
          p -> errors.add(new RowError(sheet, line.row(), RosterFile.ID_NUMBER, p)));
      if (idProblem.isEmpty() && idNumber != null) {
        Integer first = seen.putIfAbsent(idNumber, line.row());
        if (first != null) {
          errors.add(
              new RowError(sheet, line.row(), RosterFile.ID_NUMBER, "公民身份号码与第 " + first + " 行重复"));
        } else if (gender != null && !IdNumbers.gender(idNumber).equals(gender)) {
          errors.add(new RowError(sheet, line.row(), RosterFile.GENDER, "性别与公民身份号码不符"));
        }
      }
      if (line.orgCode() == null) {
        errors.add(new RowError(sheet, line.row(), RosterFile.ORG, "请填写所在组织编码"));
      } else if (!orgCodes.contains(line.orgCode())) {
        errors.add(
            new RowError(
                sheet,
                line.row(),
                RosterFile.ORG,
                stored.containsKey(line.orgCode())
                    ? "组织 " + line.orgCode() + " 已撤销"
                    : "组织 " + line.orgCode() + " 不存在，也不在“组织”表中"));
      }
      if (line.post() != null && line.post().length() > 100) {
        errors.add(new RowError(sheet, line.row(), RosterFile.POST, "职务最多 100 个字"));
      }
      if (line.hiredOn() != null && line.hiredOn().isAfter(today)) {
        errors.add(new RowError(sheet, line.row(), RosterFile.HIRED_ON, "入职日期不能晚于今天"));
      }
      MemberStatus status = null;
      if (line.status() != null) {
        status =
            ROSTER_STATUSES.stream()
                .filter(s -> s.label().equals(line.status()))
                .findFirst()
                .orElse(null);
        if (status == null) {
          errors.add(
              new RowError(
                  sheet,
                  line.row(),
                  RosterFile.STATUS,
                  "政治面貌为 "
                      + String.join("、", ROSTER_STATUSES.stream().map(MemberStatus::label).toList())
                      + " 之一"));
        }
      }
      if (line.statusSince() != null && line.statusSince().isAfter(today)) {
        errors.add(new RowError(sheet, line.row(), RosterFile.STATUS_SINCE, "政治面貌日期不能晚于今天"));
      }
      AdminRow old = idProblem.isEmpty() ? existing.get(idNumber) : null;
      if (old != null && !old.active()) {
        errors.add(
            new RowError(sheet, line.row(), RosterFile.ID_NUMBER, old.name() + " 已停用，请先在人员管理中恢复"));
      }
      boolean statusChanges =
          status != null
              && (old == null
                  ? status != MemberStatus.NONE
                  : !status.code().equals(old.memberStatus()));
      if (statusChanges
          && status != MemberStatus.NONE
          && line.statusSince() == null
          && !errorAt(errors, sheet, line.row(), RosterFile.STATUS_SINCE)) {
        errors.add(new RowError(sheet, line.row(), RosterFile.STATUS_SINCE, "填写了政治面貌，请填写取得该面貌的日期"));
      }
      if (statusChanges && old != null && registry.intakeOpen(old.id())) {
        errors.add(
            new RowError(sheet, line.row(), RosterFile.STATUS, "该人员的发展党员流程正在进行，政治面貌由流程变更，请留空"));
      }
      if (errors.size() > before) {
        continue;
      }
      String oldOrgCode = old == null || old.orgId() == null ? null : codeOfId.get(old.orgId());
      changes.add(
          change(line, gender, idNumber, old, oldOrgCode, statusChanges ? status : null, today));
    }
    return changes;
  }

  private static PersonChange change(
      PersonLine line,
      String gender,
      String idNumber,
      AdminRow old,
      String oldOrgCode,
      MemberStatus status,
      LocalDate today) {
    LocalDate since =
        status == null ? null : line.statusSince() != null ? line.statusSince() : today;
    if (old == null) {
      return new PersonChange(
          Action.CREATE,
          null,
          line.row(),
          line.name(),
          gender,
          idNumber,
          line.orgCode(),
          line.post(),
          line.hiredOn(),
          status,
          since);
    }
    String post = line.post() != null ? line.post() : old.post();
    LocalDate hiredOn = line.hiredOn() != null ? line.hiredOn() : old.hiredOn();
    boolean same =
        old.name().equals(line.name())
            && old.gender().equals(gender)
            && Objects.equals(oldOrgCode, line.orgCode())
            && Objects.equals(old.post(), post)
            && Objects.equals(old.hiredOn(), hiredOn)
            && status == null;
    return new PersonChange(
        same ? Action.UNCHANGED : Action.UPDATE,
        old.id(),
        line.row(),
        line.name(),
        gender,
        idNumber,
        line.orgCode(),
        post,
        hiredOn,
        status,
        since);
  }

  private static boolean errorAt(List<RowError> errors, String sheet, int row, String column) {
    return errors.stream()
        .anyMatch(e -> e.sheet().equals(sheet) && e.row() == row && column.equals(e.column()));
  }

  private static String gender(String text) {
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "男", "M", "m" -> "M";
      case "女", "F", "f" -> "F";
      default -> null;
    };
  }

  private Map<String, AdminRow> existingPeople(List<PersonLine> lines) {
    List<String> numbers =
        lines.stream()
            .map(l -> IdNumbers.normalized(l.idNumber()))
            .filter(n -> n != null && IdNumbers.problem(n).isEmpty())
            .distinct()
            .toList();
    Map<String, AdminRow> found = new HashMap<>();
    for (int from = 0; from < numbers.size(); from += LOOKUP_CHUNK) {
      personMapper
          .selectAdminRowsByIdNumbers(
              numbers.subList(from, Math.min(numbers.size(), from + LOOKUP_CHUNK)))
          .forEach(p -> found.put(p.idNumber(), p));
    }
    return found;
  }
}
