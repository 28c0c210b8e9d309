package cn.ronghe.campaign;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 警示教育 settings ({@code ronghe.campaign.*}): who a special campaign is for.
 *
 * @param postKeywords for each key post ({@code enforcement}, {@code caseFiling}, {@code finance},
 *     {@code procurement}), the words a person's post contains to hold it
 * @param newStaffMonths how recently a person joined to count as new staff
 */
@ConfigurationProperties("ronghe.campaign")
record CampaignProperties(
    Map<String, List<String>> postKeywords, @DefaultValue("12") int newStaffMonths) {

  static final Map<String, List<String>> DEFAULT_POST_KEYWORDS =
      Map.of(
          "enforcement", List.of("执行"),
          "caseFiling", List.of("立案"),
          "finance", List.of("财务"),
          "procurement", List.of("采购", "装备"));

  CampaignProperties {
    postKeywords =
        postKeywords == null || postKeywords.isEmpty()
            ? DEFAULT_POST_KEYWORDS
            : Map.copyOf(postKeywords);
    if (newStaffMonths < 1 || newStaffMonths > 60) {
      throw new IllegalArgumentException(
          "ronghe.campaign.new-staff-months must be between 1 and 60, not " + newStaffMonths);
    }
  }
}
