package cn.ronghe.campaign;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 警示教育 settings ({@code ronghe.campaign.*}): who a special campaign is for.
 *
 * @param postKeywords for each key post ({@code enforcement}, {@code caseFiling}, {@code finance},
 *     {@code procurement}), the words a person's post contains to hold it
 */
@ConfigurationProperties("ronghe.campaign")
record CampaignProperties(Map<String, List<String>> postKeywords) {

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
  }
}
