package io.github.mnr4j.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.MnrException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in MNR against the transcription of Appendix 1 (mnr-framework-and-survey.md). */
class FrameworksTest {
  private final Framework mnr = Frameworks.mnr();

  /** number, capability id, domain id: the transcription's table of the 21 capabilities. */
  private static final String CAPABILITIES = """
      1 leadership policy-governance
      2 research-analysis-monitoring policy-governance
      3 legislation policy-governance
      4 dedicated-law-enforcement criminal-justice
      5 judiciary-prosecutors criminal-justice
      6 offender-management criminal-justice
      7 image-databases criminal-justice
      8 end-to-end-support victim
      9 child-protection-workforce victim
      10 remedies victim
      11 child-helpline victim
      12 csea-hotline societal
      13 education-programme societal
      14 child-participation societal
      15 offender-support-systems societal
      16 takedown-procedures industry
      17 csea-reporting industry
      18 innovative-solutions industry
      19 corporate-social-responsibility industry
      20 ethical-media-reporting media-communications
      21 universal-terminology media-communications
      """;

  @Test
  void hasTheTranscriptionsCounts() {
    assertThat(mnr.domains()).hasSize(6);
    assertThat(mnr.capabilities()).hasSize(21);
    assertThat(mnr.enablers()).hasSize(7);
    assertThat(mnr.domains()).extracting(d -> d.outcome().headline()).doesNotHaveDuplicates();
    assertThat(mnr.basedOn()).isEmpty();
    assertThat(mnr.changes()).isEmpty();
    assertThat(Frameworks.mnr()).isSameAs(mnr);
  }

  @Test
  void domainsAreNumberedInOrder() {
    assertThat(mnr.domains()).extracting(Domain::id).containsExactly("policy-governance",
        "criminal-justice", "victim", "societal", "industry", "media-communications");
    assertThat(mnr.domains()).extracting(Domain::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(mnr.domain("media-communications").name()).isEqualTo("Media and Communications");
  }

  @Test
  void capabilitiesHaveTheTranscriptionsIdsNumbersAndDomains() {
    List<String> actual = mnr.capabilities().stream()
        .map(c -> c.number() + " " + c.id() + " " + c.domainId())
        .collect(Collectors.toList());
    assertThat(actual).containsExactlyElementsOf(CAPABILITIES.lines().collect(Collectors.toList()));
  }

  @Test
  void keepsTextsVerbatim() {
    assertThat(mnr.capability("csea-reporting").description()).isEqualTo(
        "Statutory protections that would allow industry to fully and effectively report CSEA,"
            + " including the transmission of content, to law enforcement or another designated"
            + " agency");
    assertThat(mnr.capability(10).name())
        .isEqualTo("Compensation, Remedies and Complaints Arrangements");
    assertThat(mnr.domain("societal").outcome().headline()).isEqualTo("CSEA prevented");
    assertThat(mnr.domain("media-communications").outcome().description())
        .isEqualTo("Potential future offenders are deterred. CSEA offending and reoffending is"
            + " reduced.");
    assertThat(mnr.enabler("legal-policy-frameworks").text()).isEqualTo("National legal and"
        + " policy frameworks in accordance with the UNCRC and other international and regional"
        + " standards");
  }

  @Test
  void linksEnablersAsTheSurveysSectionsDo() {
    assertThat(mnr.enablers()).extracting(e -> e.id() + " " + e.domainIds()).containsExactly(
        "cross-sector-collaboration [policy-governance]",
        "willingness-to-prosecute [criminal-justice]",
        "supportive-reporting-environment [victim]",
        "aware-supportive-public [victim, societal]",
        "sufficient-resources [societal]",
        "legal-policy-frameworks [industry]",
        "data-and-evidence [media-communications]");
  }

  @Test
  void keepsTheNotesOnWhereAppendix1AndTheSurveyDiffer() {
    assertThat(mnr.notes()).anySatisfy(n -> assertThat(n).contains("Capability 1 - Policy"));
    assertThat(mnr.notes()).anySatisfy(n -> assertThat(n).contains("seventh"));
    assertThat(mnr.enabler("supportive-reporting-environment").note())
        .hasValueSatisfying(n -> assertThat(n).contains("criminal-justice row"));
    assertThat(mnr.enabler("data-and-evidence").note())
        .hasValueSatisfying(n -> assertThat(n).contains("Absent from Appendix 1"));
    assertThat(mnr.enabler("sufficient-resources").note()).isEmpty();
    assertThat(mnr.source()).contains("Framing the future").contains("Appendix 1");
  }

  @Test
  void navigatesBothWays() {
    assertThat(mnr.capabilitiesOf("industry")).extracting(Capability::number)
        .containsExactly(16, 17, 18, 19);
    assertThat(mnr.domainOf("child-helpline").id()).isEqualTo("victim");
    assertThat(mnr.enablersOf("victim")).extracting(Enabler::id)
        .containsExactly("supportive-reporting-environment", "aware-supportive-public");
    assertThat(mnr.domainsOf("aware-supportive-public")).extracting(Domain::id)
        .containsExactly("victim", "societal");
    for (Domain domain : mnr.domains()) {
      for (Capability capability : mnr.capabilitiesOf(domain.id())) {
        assertThat(mnr.domainOf(capability.id())).isEqualTo(domain);
      }
    }
  }

  @Test
  void looksUpByIdAndNumber() {
    assertThat(mnr.capability(11).id()).isEqualTo("child-helpline");
    assertThat(mnr.capability("child-helpline").number()).isEqualTo(11);
    assertThat(mnr.domain(3).id()).isEqualTo("victim");
    assertThat(mnr.findCapability("child-helpline")).isPresent();
    assertThat(mnr.findCapability("nope")).isEmpty();
    assertThat(mnr.findCapability(22)).isEmpty();
    assertThat(mnr.findDomain("victims")).isEmpty();
    assertThat(mnr.findEnabler("resources")).isEmpty();
  }

  @Test
  void unknownIdsAreErrorsThatNameThem() {
    assertThatThrownBy(() -> mnr.capability("leadrship"))
        .isInstanceOf(MnrException.class)
        .hasMessageContaining("unknown capability 'leadrship' in framework 'wpga-mnr'")
        .hasMessageContaining("leadership");
    assertThatThrownBy(() -> mnr.capability(22))
        .hasMessageContaining("unknown capability number '22'");
    assertThatThrownBy(() -> mnr.domain(7)).hasMessageContaining("unknown domain number '7'");
    assertThatThrownBy(() -> mnr.capabilitiesOf("victims"))
        .hasMessageContaining("unknown domain 'victims'");
    assertThatThrownBy(() -> mnr.domainsOf("money"))
        .hasMessageContaining("unknown enabler 'money'");
    assertThatThrownBy(() -> mnr.domainOf("helpline"))
        .hasMessageContaining("unknown capability 'helpline'");
  }

  @Test
  void printsReadably() {
    assertThat(mnr.toString())
        .isEqualTo("Framework wpga-mnr (Model National Response): 6 domains, 21 capabilities,"
            + " 7 enablers");
    assertThat(mnr.capability(11).toString())
        .isEqualTo("Capability 11 child-helpline (Child Helpline, in victim)");
  }

  @Test
  void outlinesEveryDomainCapabilityAndEnabler() {
    String outline = mnr.outline();
    assertThat(outline).startsWith("Model National Response (wpga-mnr)\n\n1 Policy and"
        + " Governance\n  Outcome:  Highest level national commitment to CSEA prevention and"
        + " response\n  Enablers: Cross sector, multidisciplinary collaboration\n   1 Leadership:"
        + " An accountable National Governance and Oversight Committee\n");
    assertThat(outline).contains("\n  21 Universal Terminology: Guidelines and application\n");
    assertThat(outline).contains("  Enablers: Supportive reporting environment; Aware and"
        + " supportive public and professionals, working with and for children\n");
    for (Capability capability : mnr.capabilities()) {
      assertThat(outline).contains(" " + capability.number() + " " + capability.name() + ": ");
    }
    assertThat(outline).endsWith("Source: " + Frameworks.MNR_SOURCE + "\n");
  }
}
