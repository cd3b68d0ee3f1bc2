package io.github.mnr4j.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mnr4j.DefinitionProblem;
import io.github.mnr4j.Identified;
import io.github.mnr4j.InvalidDefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkInvariantsTest {
  private static final Outcome OUTCOME = Outcome.of("Headline", "Description");

  private static Framework.Builder valid() {
    return Framework.builder()
        .id("mine")
        .title("Mine")
        .source("Us, 2026")
        .addAllDomains(List.of(Domain.of("a", 1, "A", OUTCOME), Domain.of("b", 2, "B", OUTCOME)))
        .addAllCapabilities(List.of(Capability.of("one", 1, "One", "First", "a")))
        .addAllEnablers(List.of(Enabler.of("money", "Money", List.of("b"))));
  }

  @Test
  void buildsAValidFramework() {
    Framework framework = valid().build();
    assertThat(framework.capabilitiesOf("b")).isEmpty();
    assertThat(framework.enablersOf("b")).extracting(Enabler::id).containsExactly("money");
  }

  @Test
  void reportsEveryBrokenInvariantInOneMessage() {
    InvalidDefinitionException e =
        catchThrowableOfType(
            InvalidDefinitionException.class,
            () ->
                valid()
                    .addAllDomains(List.of(Domain.of("a", 2, "Again", OUTCOME)))
                    .addAllCapabilities(
                        List.of(
                            Capability.of("one", 2, "One again", "Dup id", "a"),
                            Capability.of("three", 1, "Three", "Dup number", "nowhere"),
                            Capability.of("b", 4, "B", "Same id as a domain", "b")))
                    .addAllEnablers(List.of(Enabler.of("money", "Money again", List.of("c"))))
                    .build());
    assertThat(e.problems())
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "/domains/2/id: duplicate domain id 'a' (also domains[0])",
            "/domains/2/number: duplicate domain number '2' (also domains[1])",
            "/capabilities/1/id: duplicate capability id 'one' (also capabilities[0])",
            "/capabilities/2/number: duplicate capability number '1' (also capabilities[0])",
            "/enablers/1/id: duplicate enabler id 'money' (also enablers[0])",
            "/capabilities/2/domainId: unknown domain 'nowhere' for capability 'three'",
            "/capabilities/3/id: id 'b' is also the id of the domain at domains[1]",
            "/enablers/1/domainIds/0: unknown domain 'c' for enabler 'money'");
    assertThat(e.getMessage())
        .startsWith("invalid framework 'mine' (8 problems):")
        .contains("\n  /capabilities/2/domainId: unknown domain 'nowhere'");
    assertThat(e.problems().get(5).pointer()).isEqualTo("/capabilities/2/domainId");
  }

  @Test
  void needsADomainAndNonBlankTexts() {
    assertThatThrownBy(() -> Framework.builder().id("x").title(" ").source("s").build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("title: title must not be blank")
        .hasMessageContaining("domains: a framework needs at least one domain");
    assertThatThrownBy(() -> Note.of("N1", " "))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("invalid note 'N1'")
        .hasMessageContaining("text must not be blank");
    assertThatThrownBy(() -> Note.of("N 1", "a note"))
        .hasMessageContaining("'N 1' is not a valid id");
    assertThatThrownBy(
            () -> valid().addNote(Note.of("N1", "one")).addNote(Note.of("N1", "two")).build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("/notes/1/id: duplicate note id 'N1' (also notes[0])");
  }

  @Test
  void partsCheckTheirOwnFields() {
    InvalidDefinitionException e =
        catchThrowableOfType(
            InvalidDefinitionException.class, () -> Capability.of("has space", 0, "", "\t", "a/b"));
    assertThat(e.problems())
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "/id: 'has space' is not a valid id (a letter or digit, then letters, digits, '.', '_'"
                + " or '-'; at most 100 characters)",
            "/number: number must be 1 or more, not 0",
            "/name: name must not be blank",
            "/description: description must not be blank",
            "/domainId: 'a/b' is not a valid id (a letter or digit, then letters, digits, '.', '_'"
                + " or '-'; at most 100 characters)");
    assertThat(e.getMessage()).startsWith("invalid capability 'has space' (5 problems)");
    assertThatThrownBy(() -> Domain.of("d", -1, "D", OUTCOME))
        .hasMessageContaining("number must be 1 or more, not -1");
    assertThatThrownBy(() -> Outcome.of("", "x")).hasMessageContaining("headline");
    assertThatThrownBy(() -> Enabler.of("e", "E", List.of("a", "a")))
        .hasMessageContaining("/domainIds/1: domain 'a' is listed twice");
    assertThatThrownBy(() -> Enabler.of("e", "E", List.of()).withNote(" "))
        .hasMessageContaining("/note: note must not be blank");
  }

  @Test
  void changesCarryTheValuesTheirKindNeeds() {
    assertThatThrownBy(
            () ->
                FrameworkChange.builder()
                    .kind(FrameworkChange.Kind.CAPABILITY_ADDED)
                    .subject("x")
                    .before("old")
                    .build())
        .hasMessageContaining("before: capability-added has no value before the change")
        .hasMessageContaining("after: capability-added needs value after the change");
    assertThat(
            FrameworkChange.builder()
                .kind(FrameworkChange.Kind.CAPABILITY_RENAMED)
                .subject("x")
                .before("Old")
                .after("New")
                .build())
        .hasToString("capability-renamed x: 'Old' -> 'New'");
    assertThat(Identified.find(FrameworkChange.Kind.class, "enabler-linked"))
        .contains(FrameworkChange.Kind.ENABLER_LINKED);
    assertThat(Identified.find(FrameworkChange.Kind.class, "enabler-linkd")).isEmpty();
    assertThatThrownBy(() -> Identified.of(FrameworkChange.Kind.class, "enabler-linkd"))
        .hasMessageStartingWith(
            "unknown framework change kind 'enabler-linkd'; known:"
                + " domain-added, domain-removed,");
  }

  @Test
  void problemsNameTheirPlaceAsAJsonPointer() {
    DefinitionProblem problem = DefinitionProblem.of(List.of("capabilities", "3", "id"), "bad");
    assertThat(problem.pointer()).isEqualTo("/capabilities/3/id");
    assertThat(problem).hasToString("/capabilities/3/id: bad");
    assertThat(DefinitionProblem.of(List.of(), "bad").pointer()).isEmpty();
    assertThat(DefinitionProblem.of(List.of(), "bad")).hasToString("/: bad");
    assertThat(DefinitionProblem.of(List.of("a/b", "c~d"), "bad").pointer())
        .isEqualTo("/a~1b/c~0d");
  }
}
