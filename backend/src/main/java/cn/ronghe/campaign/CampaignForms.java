package cn.ronghe.campaign;

import static cn.ronghe.processes.campaign.CampaignVariables.BRANCH_OPTIONS;
import static cn.ronghe.processes.campaign.CampaignVariables.CASE_OPTIONS;
import static cn.ronghe.processes.campaign.CampaignVariables.FORM_APPROVE_CAMPAIGN;
import static cn.ronghe.processes.campaign.CampaignVariables.FORM_DRAFT_CAMPAIGN;
import static cn.ronghe.processes.campaign.CampaignVariables.FORM_REVISE_CAMPAIGN;

import cn.ronghe.workflow.FormVariables;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The campaign plan's forms offer the active branches as the branches taking part, and the
 * typical-case library's latest cases as material.
 */
@Configuration
class CampaignForms {

  private final CampaignMapper campaigns;
  private final TypicalCaseLibrary library;

  CampaignForms(CampaignMapper campaigns, TypicalCaseLibrary library) {
    this.campaigns = campaigns;
    this.library = library;
  }

  @Bean
  FormVariables draftCampaignOptions() {
    return FormVariables.of(FORM_DRAFT_CAMPAIGN, user -> branchOptions());
  }

  @Bean
  FormVariables reviseCampaignOptions() {
    return FormVariables.of(FORM_REVISE_CAMPAIGN, user -> branchOptions());
  }

  @Bean
  FormVariables approveCampaignOptions() {
    return FormVariables.of(FORM_APPROVE_CAMPAIGN, user -> branchOptions());
  }

  private Map<String, Object> branchOptions() {
    List<Map<String, Object>> options =
        campaigns.selectBranches().stream()
            .map(b -> Map.<String, Object>of("label", b.name(), "value", b.code()))
            .toList();
    return Map.of(BRANCH_OPTIONS, options, CASE_OPTIONS, library.options());
  }
}
