package io.github.mnr4j.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.FrameworkChange.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTailoringTest {
  private final Framework mnr = Frameworks.mnr();

  /**
   * The report's "Call to action": "In the societal domain, young people displaying sexually
   * harmful behaviour must be separated from 'offender support systems'".
   */
  @Test
  void splitsHarmfulSexualBehaviourSupportOutOfOffenderSupportSystems() {
    Framework variant =
        mnr.tailor("mnr-hsb-separate")
            .title(
                "Model National Response, with support for children displaying harmful sexual"
                    + " behaviour as a capability of its own")
            .note(
                "hsb",
                "Separates support for young people displaying harmful sexual behaviour from"
                    + " offender support systems, as the report's call to action asks.")
            .addCapability(
                Capability.of(
                    "harmful-sexual-behaviour-support",
                    22,
                    "Support for Young People Displaying Harmful Sexual Behaviour",
                    "Child-centred support that addresses children's distinct needs, without"
                        + " 'perpetrator' or 'offender' language",
                    "societal"))
            .redescribeCapability(
                "offender-support-systems",
                "Medical, psychological, self-help, awareness; for adults")
            .build();

    assertThat(variant.basedOn()).contains("wpga-mnr");
    assertThat(variant.capabilities()).hasSize(22);
    assertThat(variant.capabilitiesOf("societal"))
        .extracting(Capability::id)
        .containsExactly(
            "csea-hotline",
            "education-programme",
            "child-participation",
            "offender-support-systems",
            "harmful-sexual-behaviour-support");
    assertThat(variant.capabilities().get(15).id()).isEqualTo("harmful-sexual-behaviour-support");
    assertThat(variant.changes())
        .extracting(FrameworkChange::toString)
        .containsExactly(
            "capability-redescribed offender-support-systems: 'Medical, psychological, self-help,"
                + " awareness' -> 'Medical, psychological, self-help, awareness; for adults'",
            "capability-added harmful-sexual-behaviour-support: (none) -> 'Support for Young People"
                + " Displaying Harmful Sexual Behaviour'");
    assertThat(mnr.diff(variant)).isEqualTo(variant.changes());
    assertThat(variant.notes()).hasSize(mnr.notes().size() + 1);
    assertThat(variant.notes().get(mnr.notes().size()).id()).isEqualTo("hsb");
    assertThat(variant.toString()).endsWith("tailored from wpga-mnr with 2 changes");
    // The base is untouched.
    assertThat(mnr.capabilities()).hasSize(21);
  }

  @Test
  void renumbersMovesRenamesAndRemoves() {
    Framework variant =
        mnr.tailor("v")
            .removeCapability("corporate-social-responsibility")
            .renameCapability("remedies", "Remedies")
            .moveCapability("child-helpline", "societal")
            .renumberCapability("universal-terminology", 19)
            .linkEnabler("data-and-evidence", "policy-governance")
            .unlinkEnabler("aware-supportive-public", "victim")
            .build();
    assertThat(variant.changes())
        .extracting(
            c ->
                c.kind().id()
                    + " "
                    + c.subject()
                    + " "
                    + c.before().orElse("-")
                    + " "
                    + c.after().orElse("-"))
        .containsExactly(
            "capability-removed corporate-social-responsibility Corporate Social Responsibility -",
            "capability-renamed remedies Compensation, remedies and complaints arrangements Remedies",
            "capability-moved child-helpline victim societal",
            "capability-renumbered universal-terminology 21 19",
            "enabler-unlinked aware-supportive-public victim -",
            "enabler-linked data-and-evidence - policy-governance");
    assertThat(variant.capabilitiesOf("societal").get(4).id()).isEqualTo("child-helpline");
    assertThat(variant.enabler("data-and-evidence").domainIds())
        .containsExactly("policy-governance", "media-communications");
  }

  @Test
  void anAddedEnablerIsRecorded() {
    Framework variant =
        mnr.tailor("v")
            .addEnabler(
                Enabler.of(
                    "international-cooperation",
                    "International cooperation",
                    List.of("victim", "industry")))
            .build();
    assertThat(variant.changes())
        .extracting(Object::toString)
        .containsExactly(
            "enabler-added international-cooperation: (none) -> 'International cooperation'");
    assertThat(variant.enablersOf("industry"))
        .extracting(Enabler::id)
        .contains("international-cooperation");
  }

  @Test
  void aChangeUndoneLeavesNoRecord() {
    Framework variant =
        mnr.tailor("v")
            .renameCapability("remedies", "Remedies")
            .renameCapability("remedies", mnr.capability("remedies").name())
            .build();
    assertThat(variant.changes()).isEmpty();
  }

  @Test
  void failsAtOnceOnWhatTheVariantDoesNotHave() {
    FrameworkTailoring tailoring = mnr.tailor("v");
    assertThatThrownBy(() -> tailoring.removeCapability("nope"))
        .isInstanceOf(MnrException.class)
        .hasMessageStartingWith("unknown capability 'nope' in framework 'v'; known: leadership,");
    assertThatThrownBy(() -> tailoring.addCapability(mnr.capability(1)))
        .hasMessage("framework 'v' already has a capability 'leadership'");
    assertThatThrownBy(() -> tailoring.renameCapability("leadership", "Leadership"))
        .hasMessage("capability 'leadership' already has name 'Leadership'");
    assertThatThrownBy(() -> tailoring.moveCapability("leadership", "policy-governance"))
        .hasMessage("capability 'leadership' already has domain 'policy-governance'");
    assertThatThrownBy(() -> tailoring.linkEnabler("money", "victim"))
        .hasMessage(
            "unknown enabler 'money' in framework 'v'; known: cross-sector-collaboration,"
                + " willingness-to-prosecute, supportive-reporting-environment,"
                + " aware-supportive-public, sufficient-resources, legal-policy-frameworks,"
                + " data-and-evidence");
    assertThatThrownBy(
            () -> tailoring.addEnabler(Enabler.of("data-and-evidence", "Data", List.of("victim"))))
        .hasMessage("framework 'v' already has an enabler 'data-and-evidence'");
    assertThatThrownBy(() -> tailoring.linkEnabler("sufficient-resources", "societal"))
        .hasMessage("enabler 'sufficient-resources' is already linked to domain 'societal'");
    assertThatThrownBy(() -> tailoring.unlinkEnabler("sufficient-resources", "victim"))
        .hasMessage(
            "enabler 'sufficient-resources' is not linked to domain 'victim'; it is"
                + " linked to [societal]");
    assertThatThrownBy(() -> mnr.tailor("wpga-mnr"))
        .hasMessage("a variant needs an id of its own, not its base's 'wpga-mnr'");
    assertThatThrownBy(() -> mnr.tailor("no spaces"))
        .hasMessage("'no spaces' is not a valid framework id");
  }

  @Test
  void buildReportsClashesUnknownDomainsAndANoteIdTakenTogether() {
    assertThatThrownBy(
            () ->
                mnr.tailor("v")
                    .renumberCapability("leadership", 2)
                    .moveCapability("legislation", "justice")
                    .linkEnabler("data-and-evidence", "media")
                    .note("N1", "A note under an id the base's first note has.")
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("invalid framework 'v' (4 problems)")
        .hasMessageContaining("/notes/3/id: duplicate note id 'N1' (also notes[0])")
        .hasMessageContaining("duplicate capability number '2'")
        .hasMessageContaining("unknown domain 'justice' for capability 'legislation'")
        .hasMessageContaining("/enablers/6/domainIds/1: unknown domain 'media'");
  }

  @Test
  void diffSeesDomainAndEnablerChangesToo() {
    Framework other =
        Framework.builder()
            .id("other")
            .title(mnr.title())
            .source(mnr.source())
            .addAllDomains(mnr.domains().subList(1, 6))
            .addAllDomains(
                List.of(Domain.of("policy-governance", 7, "Policy", Outcome.of("H", "D"))))
            .addAllCapabilities(mnr.capabilities())
            .addAllEnablers(mnr.enablers().subList(1, 7))
            .build();
    assertThat(mnr.diff(other))
        .extracting(c -> c.kind())
        .containsExactly(
            Kind.DOMAIN_RENAMED,
            Kind.DOMAIN_RENUMBERED,
            Kind.DOMAIN_OUTCOME_CHANGED,
            Kind.ENABLER_REMOVED);
    assertThat(mnr.diff(mnr)).isEmpty();
  }
}
