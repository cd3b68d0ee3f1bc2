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
  private static final String CAPABILITIES =
      """
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
    assertThat(mnr.domains())
        .extracting(Domain::id)
        .containsExactly(
            "policy-governance",
            "criminal-justice",
            "victim",
            "societal",
            "industry",
            "media-communications");
    assertThat(mnr.domains()).extracting(Domain::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(mnr.domain("media-communications").name()).isEqualTo("Media and Communications");
  }

  @Test
  void capabilitiesHaveTheTranscriptionsIdsNumbersAndDomains() {
    List<String> actual =
        mnr.capabilities().stream()
            .map(c -> c.number() + " " + c.id() + " " + c.domainId())
            .collect(Collectors.toList());
    assertThat(actual).containsExactlyElementsOf(CAPABILITIES.lines().collect(Collectors.toList()));
  }

  @Test
  void keepsTextsVerbatim() {
    assertThat(mnr.capability("csea-reporting").description())
        .isEqualTo(
            "Statutory protections that would allow industry to fully and effectively report CSEA,"
                + " including the transmission of content, to law enforcement or another designated"
                + " agency");
    // Appendix 1 prints "8 End to end support", "10 Compensation, remedies and complaints
    // arrangements", "20 Ethical and informed media reporting", "21 Universal terminology".
    assertThat(mnr.capability(8).name()).isEqualTo("End to end support");
    assertThat(mnr.capability(10).name())
        .isEqualTo("Compensation, remedies and complaints arrangements");
    assertThat(mnr.capability(20).name()).isEqualTo("Ethical and informed media reporting");
    assertThat(mnr.capability(21).name()).isEqualTo("Universal terminology");
    assertThat(mnr.capability(2).name()).isEqualTo("Research, Analysis and Monitoring");
    assertThat(mnr.domain("societal").outcome().headline()).isEqualTo("CSEA prevented");
    assertThat(mnr.domain("media-communications").outcome().description())
        .isEqualTo(
            "Potential future offenders are deterred. CSEA offending and reoffending is"
                + " reduced.");
    assertThat(mnr.enabler("legal-policy-frameworks").text())
        .isEqualTo(
            "National legal and"
                + " policy frameworks in accordance with the UNCRC and other international and regional"
                + " standards");
  }

  @Test
  void linksEnablersAsTheSurveysSectionsDo() {
    assertThat(mnr.enablers())
        .extracting(e -> e.id() + " " + e.domainIds())
        .containsExactly(
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
    assertThat(mnr.notes()).extracting(Note::id).containsExactly("N1", "N2", "N3");
    assertThat(mnr.notes().get(0).text()).contains("Capability 1 - Policy");
    assertThat(mnr.notes().get(1).text()).contains("seventh");
    assertThat(mnr.enabler("supportive-reporting-environment").note())
        .hasValueSatisfying(n -> assertThat(n).contains("criminal-justice row"));
    assertThat(mnr.enabler("data-and-evidence").note())
        .hasValueSatisfying(n -> assertThat(n).contains("Absent from Appendix 1"));
    assertThat(mnr.enabler("sufficient-resources").note()).isEmpty();
    assertThat(mnr.source()).contains("Framing the future").contains("Appendix 1");
  }

  @Test
  void navigatesBothWays() {
    assertThat(mnr.capabilitiesOf("industry"))
        .extracting(Capability::number)
        .containsExactly(16, 17, 18, 19);
    assertThat(mnr.enablersOf("victim"))
        .extracting(Enabler::id)
        .containsExactly("supportive-reporting-environment", "aware-supportive-public");
    assertThat(mnr.enablersOf("societal"))
        .extracting(Enabler::id)
        .contains("aware-supportive-public");
    for (Domain domain : mnr.domains()) {
      for (Capability capability : mnr.capabilitiesOf(domain.id())) {
        assertThat(mnr.domain(capability.domainId())).isEqualTo(domain);
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
    assertThatThrownBy(() -> mnr.enablersOf("money"))
        .hasMessageContaining("unknown domain 'money'");
  }

  @Test
  void printsReadably() {
    assertThat(mnr.toString())
        .isEqualTo(
            "Framework wpga-mnr (Model National Response): 6 domains, 21 capabilities,"
                + " 7 enablers");
    assertThat(mnr.capability(11).toString())
        .isEqualTo("Capability 11 child-helpline (Child Helpline, in victim)");
  }

  @Test
  void outlinesEveryDomainCapabilityAndEnabler() {
    String outline = mnr.toOutline();
    assertThat(outline)
        .startsWith(
            "Model National Response (wpga-mnr)\n\n1 Policy and"
                + " Governance\n  Outcome:  Highest level national commitment to CSEA prevention and"
                + " response\n  Enablers: Cross sector, multidisciplinary collaboration\n   1 Leadership:"
                + " An accountable National Governance and Oversight Committee\n");
    assertThat(outline).contains("\n  21 Universal terminology: Guidelines and application\n");
    assertThat(outline)
        .contains(
            "  Enablers: Supportive reporting environment; Aware and"
                + " supportive public and professionals, working with and for children\n");
    for (Capability capability : mnr.capabilities()) {
      assertThat(outline).contains(" " + capability.number() + " " + capability.name() + ": ");
    }
    assertThat(outline).endsWith("Source: " + mnr.source() + "\n");
  }

  /** The report's aims, call to action and Box 1, verbatim, with ids (Framing the future). */
  @Test
  void carriesTheReportsOwnContent() {
    assertThat(mnr.passages())
        .filteredOn(p -> p.id().startsWith("aim-"))
        .extracting(Passage::id)
        .containsExactly("aim-1", "aim-2", "aim-3", "aim-4");
    assertThat(mnr.passage("aim-4").text())
        .isEqualTo(
            "Inform the development of a possible"
                + " future maturity model or similar framework, facilitating tailored responses to"
                + " address national requirements");
    assertThat(mnr.passage("aim-1").heading()).hasValue("Aims");
    assertThat(mnr.passages())
        .filteredOn(p -> p.id().matches("priority-[0-9]"))
        .extracting(p -> p.heading().orElseThrow())
        .hasSize(5)
        .startsWith(
            "Invest in comprehensive national responses to prevent and respond to"
                + " online child sexual exploitation and abuse.")
        .endsWith(
            "Promote the global implementation of the Model National Response"
                + " framework, and its continuous refinement based on lessons learned.");
    assertThat(mnr.passages())
        .filteredOn(p -> p.domainIds().contains("victim"))
        .extracting(Passage::id)
        .containsExactly("priority-1-examples-victim", "priority-5-examples-victim");
    assertThat(mnr.passage("priority-1-examples-victim").text())
        .startsWith(
            "In the victim"
                + " domain, case management and multidisciplinary models should be available"
                + " nationwide");
    assertThat(mnr.passage("priority-5-examples-societal").text())
        .contains(
            "young people"
                + " displaying sexually harmful behaviour must be separated from 'offender support"
                + " systems'");
    assertThat(mnr.passages())
        .filteredOn(p -> p.id().startsWith("box-1-") || p.id().startsWith("call-to-action"))
        .extracting(Passage::id)
        .containsExactly(
            "call-to-action",
            "call-to-action-closing",
            "box-1-focus",
            "box-1-domains",
            "box-1-starting-point",
            "box-1-sdg-16-2",
            "box-1-sdg-8-7-5-2-crc");
    assertThat(mnr.passage("call-to-action").text())
        .startsWith("By documenting good practices and lessons learned from over 40 diverse")
        .endsWith("We call on governments and partners to:");
    assertThat(mnr.passage("call-to-action-closing").text())
        .endsWith("to take up this urgent call.");
    assertThat(mnr.passage("box-1-sdg-16-2").text())
        .contains(
            "primarily 16.2 \u2013 End all"
                + " forms of violence against and torture of children.");
    assertThat(mnr.passage("box-1-sdg-8-7-5-2-crc").text())
        .contains("targets 8.7 and 5.2")
        .contains(
            "United Nations Convention on the Rights of the Child and its Optional" + " Protocol");
    assertThat(mnr.passages())
        .allSatisfy(p -> assertThat(p.place()).startsWith("Framing the future (2022), "));
    assertThatThrownBy(() -> mnr.passage("aim-5"))
        .isInstanceOf(MnrException.class)
        .hasMessageStartingWith("unknown passage 'aim-5' in framework 'wpga-mnr'; known: aim-1,");
    assertThat(mnr.tailor("variant").build().passages())
        .as("the report is about the MNR")
        .isEmpty();
  }

  /**
   * The report's text disagrees with its Figure 1 twice, and loses words that mnr4j restores in
   * brackets twice; all four are recorded.
   */
  @Test
  void recordsWhereTheReportDisagreesWithItself() {
    assertThat(mnr.errata()).extracting(Passage::id).containsExactly("R1", "R2", "R3", "R4");
    assertThat(mnr.errata().get(0).place()).contains("Key findings").contains("Domain 6");
    assertThat(mnr.errata().get(0).text())
        .contains("\"54 per cent, 23 of 42\"")
        .contains("Over half of surveyed countries (54 per cent, 23 of 42) responded positively")
        .contains("Figure 1 prints as 55");
    assertThat(mnr.capability("image-databases").description())
        .isEqualTo("National database; link to [Interpol database (ICSE)]");
    assertThat(mnr.errata().get(2).text()).contains("link to [Interpol database (ICSE)]");
    assertThat(mnr.passage("box-1-domains").text())
        .startsWith("1. Policy and governance: leadership;")
        .contains("\n[2.] Criminal justice: dedicated law enforcement;");
    assertThat(mnr.errata().get(3).text()).contains("restores 2, 3 and 5 in brackets");
    assertThat(mnr.errata().get(1).text())
        .contains("23 per cent, 7 of 41")
        .contains("7 of 41 is 17 per cent");
  }

  @Test
  void passagesAreChecked() {
    Passage aim = Passage.of("aim-1", "Aims", "Text");
    assertThatThrownBy(
            () ->
                Framework.builder()
                    .id("f")
                    .title("F")
                    .source("S")
                    .addDomain(mnr.domains().get(0))
                    .addPassage(aim)
                    .addPassage(aim)
                    .addPassage(
                        Passage.builder()
                            .id("p")
                            .place("Here")
                            .text("T")
                            .addAllDomainIds(List.of("victim"))
                            .build())
                    .build())
        .hasMessageContaining("/passages/1/id: duplicate passage id 'aim-1' (also passages[0])")
        .hasMessageContaining("/passages/2/domainIds: unknown domain 'victim' for passage 'p'");
    assertThatThrownBy(() -> Passage.of("Bad Id", " ", "x")).hasMessageContaining("place");
    assertThatThrownBy(
            () ->
                Passage.builder()
                    .id("p")
                    .place("Here")
                    .text("T")
                    .heading(" ")
                    .addAllDomainIds(List.of("no such id!"))
                    .build())
        .hasMessageContaining("heading")
        .hasMessageContaining("domainIds");
    assertThat(aim).hasToString("aim-1 (Aims)");
  }
}
