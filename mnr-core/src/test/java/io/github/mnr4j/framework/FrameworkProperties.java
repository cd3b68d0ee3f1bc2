package io.github.mnr4j.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.FrameworkChange.Kind;
import io.github.mnr4j.testing.FrameworkGenerators;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Invariants of frameworks, diffs and tailoring over generated frameworks. */
class FrameworkProperties {

  @Test
  void aFrameworkDiffersFromItselfInNothing() {
    qt().forAll(FrameworkGenerators.frameworks()).checkAssert(f -> assertThat(f.diff(f)).isEmpty());
  }

  @Test
  void lookupsAgreeWithIteration() {
    qt().forAll(FrameworkGenerators.frameworks())
        .checkAssert(
            f -> {
              for (Capability c : f.capabilities()) {
                assertThat(f.capability(c.id())).isSameAs(c);
                assertThat(f.capability(c.number())).isSameAs(c);
                assertThat(f.capabilitiesOf(c.domainId())).contains(c);
              }
              int held = f.domains().stream().mapToInt(d -> f.capabilitiesOf(d.id()).size()).sum();
              assertThat(held).isEqualTo(f.capabilities().size());
              for (Enabler e : f.enablers()) {
                for (String domainId : e.domainIds()) {
                  assertThat(f.enablersOf(domainId)).contains(e);
                }
              }
            });
  }

  /** diff(b, a) is diff(a, b) turned around: added for removed, before for after. */
  @Test
  void diffIsAntisymmetric() {
    qt().forAll(FrameworkGenerators.frameworks(), FrameworkGenerators.frameworks())
        .checkAssert(
            (a, b) ->
                assertThat(new HashSet<>(b.diff(a)))
                    .isEqualTo(
                        a.diff(b).stream()
                            .map(FrameworkProperties::inverse)
                            .collect(Collectors.toSet())));
  }

  /**
   * Random tailoring operations, applied both to the tailoring and to a plain map that models the
   * capabilities: the built variant holds exactly the model's capabilities, and its record of
   * changes names exactly the capabilities that differ from the base.
   */
  @Test
  void tailoringDoesWhatItsOperationsSay() {
    qt().forAll(
            FrameworkGenerators.frameworks(),
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 8))
        .checkAssert(
            (base, choices) -> {
              FrameworkTailoring tailoring = base.tailor("variant");
              Map<String, Capability> model = new LinkedHashMap<>();
              base.capabilities().forEach(c -> model.put(c.id(), c));
              int nextNumber = 1000;
              for (int choice : choices) {
                List<String> ids = List.copyOf(model.keySet());
                String domainId = base.domains().get(choice % base.domains().size()).id();
                if (ids.isEmpty() && choice % 5 != 0) {
                  continue;
                }
                try {
                  switch (choice % 5) {
                    case 0:
                      Capability added =
                          Capability.of("new" + choice, nextNumber++, "N", "D", domainId);
                      tailoring.addCapability(added);
                      model.put(added.id(), added);
                      break;
                    case 1:
                      String removed = pick(ids, choice);
                      tailoring.removeCapability(removed);
                      model.remove(removed);
                      break;
                    case 2:
                      String renamed = pick(ids, choice);
                      tailoring.renameCapability(renamed, "Renamed " + choice);
                      model.put(renamed, model.get(renamed).withName("Renamed " + choice));
                      break;
                    case 3:
                      String renumbered = pick(ids, choice);
                      tailoring.renumberCapability(renumbered, nextNumber);
                      model.put(renumbered, model.get(renumbered).withNumber(nextNumber++));
                      break;
                    default:
                      String moved = pick(ids, choice);
                      tailoring.moveCapability(moved, domainId);
                      model.put(moved, model.get(moved).withDomainId(domainId));
                      break;
                  }
                } catch (MnrException refused) {
                  // An operation that names nothing or changes nothing is refused; the model
                  // agrees.
                }
              }
              Framework variant = tailoring.build();
              assertThat(variant.capabilities())
                  .containsExactlyInAnyOrderElementsOf(model.values());
              Set<String> changedIds =
                  variant.changes().stream()
                      .map(FrameworkChange::subject)
                      .collect(Collectors.toSet());
              Set<String> expected = new HashSet<>();
              model.forEach(
                  (id, c) -> {
                    if (!base.findCapability(id).equals(Optional.of(c))) {
                      expected.add(id);
                    }
                  });
              base.capabilities().stream()
                  .map(Capability::id)
                  .filter(id -> !model.containsKey(id))
                  .forEach(expected::add);
              assertThat(changedIds).isEqualTo(expected);
              assertThat(variant.basedOn()).contains(base.id());
            });
  }

  private static String pick(List<String> ids, int choice) {
    return ids.get(choice % ids.size());
  }

  private static FrameworkChange inverse(FrameworkChange change) {
    Kind kind;
    switch (change.kind()) {
      case DOMAIN_ADDED:
        kind = Kind.DOMAIN_REMOVED;
        break;
      case DOMAIN_REMOVED:
        kind = Kind.DOMAIN_ADDED;
        break;
      case CAPABILITY_ADDED:
        kind = Kind.CAPABILITY_REMOVED;
        break;
      case CAPABILITY_REMOVED:
        kind = Kind.CAPABILITY_ADDED;
        break;
      case ENABLER_ADDED:
        kind = Kind.ENABLER_REMOVED;
        break;
      case ENABLER_REMOVED:
        kind = Kind.ENABLER_ADDED;
        break;
      case ENABLER_LINKED:
        kind = Kind.ENABLER_UNLINKED;
        break;
      case ENABLER_UNLINKED:
        kind = Kind.ENABLER_LINKED;
        break;
      default:
        kind = change.kind();
    }
    FrameworkChange.Builder inverse =
        FrameworkChange.builder().kind(kind).subject(change.subject());
    change.after().ifPresent(inverse::before);
    change.before().ifPresent(inverse::after);
    return inverse.build();
  }
}
