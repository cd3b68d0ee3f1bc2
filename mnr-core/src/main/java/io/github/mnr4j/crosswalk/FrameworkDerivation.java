package io.github.mnr4j.crosswalk;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Enabler;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.FrameworkChange;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.internal.checks.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The crosswalk a tailored framework's change record implies. */
final class FrameworkDerivation {
  private FrameworkDerivation() {}

  static Crosswalk derive(Framework base, Framework variant, Provenance provenance) {
    if (!variant.basedOn().equals(Optional.of(base.id()))) {
      throw new MnrException(
          "framework "
              + Messages.quote(variant.id())
              + " was not tailored from "
              + Messages.quote(base.id())
              + variant
                  .basedOn()
                  .map(b -> " but from " + Messages.quote(b))
                  .orElse(" (it has no base)")
              + ": a crosswalk is derived from the base a variant records");
    }
    if (!base.diff(variant).equals(variant.changes())) {
      throw new MnrException(
          "the change record of framework "
              + Messages.quote(variant.id())
              + " is not what changed since "
              + Messages.quote(base.id())
              + ": derive from the framework it was tailored from, as it was then");
    }
    Map<String, List<FrameworkChange>> bySubject = new LinkedHashMap<>();
    for (FrameworkChange change : variant.changes()) {
      bySubject.computeIfAbsent(change.subject(), k -> new ArrayList<>()).add(change);
    }
    List<String> kept = new ArrayList<>();
    base.domains().stream().map(Domain::id).forEach(kept::add);
    base.capabilities().stream().map(Capability::id).forEach(kept::add);
    base.enablers().stream().map(Enabler::id).forEach(kept::add);
    List<CrosswalkEntry> entries = new ArrayList<>();
    for (String id : kept) {
      List<FrameworkChange> changes = bySubject.getOrDefault(id, List.of());
      Optional<FrameworkChange> removal =
          changes.stream().filter(c -> c.kind().id().endsWith("-removed")).findFirst();
      if (removal.isPresent()) {
        entries.add(CrosswalkEntry.removed(id).withRationale(removal.get().toString()));
      } else if (changes.isEmpty()) {
        entries.add(CrosswalkEntry.of(id, id, Relationship.EQUIVALENT));
      } else {
        entries.add(
            CrosswalkEntry.of(id, id, Relationship.EQUIVALENT).withRationale(rationale(changes)));
      }
    }
    for (FrameworkChange change : variant.changes()) {
      if (change.kind().id().endsWith("-added")) {
        entries.add(CrosswalkEntry.added(change.subject()).withRationale(change.toString()));
      }
    }
    String id = variant.id() + "-crosswalk";
    return Crosswalk.builder()
        .id(Checks.isId(id) ? id : variant.id())
        .title("Crosswalk from " + base.id() + " to " + variant.id())
        .source(CrosswalkEnd.of(base))
        .target(CrosswalkEnd.of(variant))
        .sameLineage(true)
        .provenance(provenance)
        .addNote(
            "Derived from the change record of framework '"
                + variant.id()
                + "': removed and added elements are declared so, and every kept id maps to"
                + " itself as equivalent, with its changes as the rationale. Where a change of"
                + " description changes a capability's scope, edit its entry.")
        .addAllEntries(entries)
        .build();
  }

  private static String rationale(List<FrameworkChange> changes) {
    List<String> parts = new ArrayList<>();
    changes.forEach(change -> parts.add(change.toString()));
    return "Kept, with changes: " + String.join("; ", parts);
  }
}
