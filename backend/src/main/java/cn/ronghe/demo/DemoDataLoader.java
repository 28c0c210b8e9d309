package cn.ronghe.demo;

import cn.ronghe.demo.DemoData.Account;
import cn.ronghe.demo.DemoData.Org;
import cn.ronghe.demo.DemoData.PersonSeed;
import cn.ronghe.demo.DemoData.SanctionSeed;
import cn.ronghe.org.IdNumbers;
import cn.ronghe.org.OrgMapper;
import cn.ronghe.org.OrgUnit;
import cn.ronghe.org.Person;
import cn.ronghe.org.PersonMapper;
import cn.ronghe.security.PasswordPolicy;
import cn.ronghe.security.UserAccount;
import cn.ronghe.security.UserAccountMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.DependsOn;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo court ({@link DemoData}) before the application takes
 * requests. Does nothing when any organisation exists, so restarts and real data are left alone.
 */
@Component
@DependsOn("flywayInitializer")
@ConditionalOnProperty(name = "ronghe.demo", havingValue = "true")
class DemoDataLoader implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  /**
   * Region code of the demo ID numbers (a Beijing district), followed by birth date and sequence.
   */
  private static final String REGION = "110105";

  private final OrgMapper orgs;
  private final PersonMapper people;
  private final UserAccountMapper accounts;
  private final PasswordEncoder passwordEncoder;
  private final PasswordPolicy passwordPolicy;
  private final TransactionTemplate transaction;

  DemoDataLoader(
      OrgMapper orgs,
      PersonMapper people,
      UserAccountMapper accounts,
      PasswordEncoder passwordEncoder,
      PasswordPolicy passwordPolicy,
      TransactionTemplate transaction) {
    this.orgs = orgs;
    this.people = people;
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.passwordPolicy = passwordPolicy;
    this.transaction = transaction;
  }

  @Override
  public void afterPropertiesSet() {
    transaction.executeWithoutResult(status -> loadIfEmpty());
  }

  private void loadIfEmpty() {
    if (orgs.countAll() > 0) {
      return;
    }
    Map<String, Long> orgIds = new HashMap<>();
    int sort = 0;
    for (Org org : DemoData.ORGS) {
      Long parentId = org.parentCode() == null ? null : orgIds.get(org.parentCode());
      orgs.insert(new OrgUnit(null, org.code(), org.name(), org.type(), parentId, sort++));
      orgIds.put(org.code(), orgs.selectByCode(org.code()).id());
    }
    Map<String, Long> personIds = new HashMap<>();
    int sequence = 1;
    for (PersonSeed seed : DemoData.PEOPLE) {
      LocalDate birth = LocalDate.parse(seed.birth());
      String idNumber = idNumber(birth, sequence++, seed.gender());
      people.insert(
          new Person(
              null,
              seed.name(),
              seed.gender(),
              birth,
              idNumber,
              seed.post(),
              orgIds.get(seed.org()),
              seed.status(),
              seed.since() == null ? null : LocalDate.parse(seed.since())));
      personIds.put(seed.name(), people.selectIdByIdNumber(idNumber));
    }
    DemoData.HIRED_ON.forEach(
        (name, date) -> people.updateHiredOn(personIds.get(name), LocalDate.parse(date)));
    List<Account> logins = new ArrayList<>(DemoData.ACCOUNTS);
    logins.addAll(DemoData.MEMBER_ACCOUNTS);
    for (Account account : logins) {
      passwordPolicy.check("password", account.username(), DemoData.PASSWORD);
      accounts.insert(
          new UserAccount(
              null,
              account.username(),
              account.person() == null ? null : personIds.get(account.person()),
              account.displayName(),
              passwordEncoder.encode(DemoData.PASSWORD),
              true,
              0,
              null,
              false));
      long userId = accounts.selectByUsername(account.username()).id();
      for (String grant : account.grants()) {
        String[] parts = grant.split("@");
        accounts.insertGrant(userId, parts[0], parts.length > 1 ? orgIds.get(parts[1]) : null);
      }
    }
    for (SanctionSeed sanction : DemoData.SANCTIONS) {
      people.insertSanction(
          personIds.get(sanction.person()),
          sanction.kind(),
          LocalDate.parse(sanction.from()),
          sanction.until() == null ? null : LocalDate.parse(sanction.until()),
          sanction.decidedBy());
    }
    log.info(
        "Demo data loaded: {} organisations, {} people, {} logins (password {})",
        DemoData.ORGS.size(),
        DemoData.PEOPLE.size(),
        logins.size(),
        DemoData.PASSWORD);
  }

  static String idNumber(LocalDate birth, int sequence, String gender) {
    return IdNumbers.of(REGION, birth, sequence, gender);
  }
}
