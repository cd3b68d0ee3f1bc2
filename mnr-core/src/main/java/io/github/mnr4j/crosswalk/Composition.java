package io.github.mnr4j.crosswalk;

import io.github.mnr4j.internal.checks.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Composes two crosswalks entry by entry. */
final class Composition {
  private Composition() {}

  static CrosswalkComposition compose(Crosswalk first, Crosswalk second, Provenance provenance) {
    List<CrosswalkEntry> firstEntries = new ArrayList<>(first.entries());
    List<CrosswalkEntry> secondEntries = new ArrayList<>(second.entries());
    // An option mapped implicitly in one crosswalk and named in the other gets an entry, so that
    // the two meet at it.
    Index firstIndex = new Index(first);
    Index secondIndex = new Index(second);
    Map<String, CrosswalkEntry> firstImplicit = new LinkedHashMap<>();
    for (CrosswalkEntry entry : second.entries()) {
      for (String element : entry.sources()) {
        List<String> implicit = firstIndex.implicitSources(element);
        if (!implicit.isEmpty()) {
          firstImplicit.put(element, implicitEntry(firstIndex, implicit, List.of(element)));
        }
      }
    }
    Map<String, CrosswalkEntry> secondImplicit = new LinkedHashMap<>();
    for (CrosswalkEntry entry : first.entries()) {
      for (String element : entry.targets()) {
        List<String> implicit = secondIndex.implicitTargets(element);
        if (!implicit.isEmpty()) {
          secondImplicit.put(element, implicitEntry(secondIndex, List.of(element), implicit));
        }
      }
    }
    firstEntries.addAll(firstImplicit.values());
    secondEntries.addAll(secondImplicit.values());
    Index two = new Index(second.withEntries(secondEntries));

    List<CrosswalkEntry> composed = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    Set<String> addedByFirst = new LinkedHashSet<>();
    for (CrosswalkEntry entry : firstEntries) {
      if (entry.relationship() == Relationship.ADDED) {
        addedByFirst.addAll(entry.targets());
      } else if (entry.relationship() == Relationship.REMOVED) {
        composed.add(entry);
      } else {
        compose(entry, two, second, composed, gaps);
      }
    }
    Set<Set<String>> addedTargets = new LinkedHashSet<>();
    for (CrosswalkEntry entry : secondEntries) {
      boolean fromAdded = entry.sources().stream().anyMatch(addedByFirst::contains);
      if (entry.relationship() == Relationship.ADDED) {
        composed.add(entry);
        addedTargets.add(Set.copyOf(entry.targets()));
      } else if (fromAdded
          && entry.relationship().maps()
          && addedTargets.add(Set.copyOf(entry.targets()))) {
        composed.add(
            CrosswalkEntry.of(List.of(), entry.targets(), Relationship.ADDED)
                .withRationale(
                    "Reached from "
                        + String.join(", ", entry.sources())
                        + ", which '"
                        + first.id()
                        + "' adds"));
      }
    }
    String id = first.id() + "-then-" + second.id();
    Crosswalk crosswalk =
        Crosswalk.builder()
            .id(Checks.isId(id) ? id : "composed-" + Integer.toHexString(id.hashCode()))
            .title(first.title() + ", then " + second.title())
            .source(first.source())
            .target(second.target())
            .sameLineage(first.isSameLineage() && second.isSameLineage())
            .provenance(provenance)
            .addNote("Composed from '" + first.id() + "' and then '" + second.id() + "'.")
            .addAllEntries(composed)
            .build();
    return CrosswalkComposition.of(crosswalk, gaps);
  }

  private static void compose(
      CrosswalkEntry entry,
      Index two,
      Crosswalk second,
      List<CrosswalkEntry> composed,
      List<String> gaps) {
    Set<Integer> touching = new LinkedHashSet<>();
    List<String> unmapped = new ArrayList<>();
    Set<String> kept = new LinkedHashSet<>();
    for (String middle : entry.targets()) {
      List<Integer> next = two.fromSource(middle);
      if (next.isEmpty()) {
        unmapped.add(middle);
      }
      touching.addAll(next);
      if (next.stream().anyMatch(i -> two.entry(i).relationship().maps())) {
        kept.add(middle);
      }
    }
    if (!unmapped.isEmpty()) {
      gaps.add(
          entry + ": " + String.join(", ", unmapped) + " has no entry in '" + second.id() + "'");
      return;
    }
    List<String> rationales = new ArrayList<>();
    entry.rationale().ifPresent(rationales::add);
    Set<String> nextSources = new LinkedHashSet<>();
    Set<String> nextTargets = new LinkedHashSet<>();
    List<Relationship> nextRelationships = new ArrayList<>();
    for (int i : touching) {
      CrosswalkEntry next = two.entry(i);
      next.rationale().filter(r -> !rationales.contains(r)).ifPresent(rationales::add);
      if (next.relationship().maps()) {
        nextSources.addAll(next.sources());
        nextTargets.addAll(next.targets());
        nextRelationships.add(next.relationship());
      }
    }
    if (kept.isEmpty()) {
      CrosswalkEntry removed = CrosswalkEntry.of(entry.sources(), List.of(), Relationship.REMOVED);
      composed.add(
          rationales.isEmpty()
              ? removed
              : removed.withRationale(String.join("; then ", rationales)));
      return;
    }
    // The middle elements kept, against the sources of the entries that carry them on.
    Relationship link =
        nextSources.size() == kept.size() ? Relationship.EQUIVALENT : Relationship.SOURCE_NARROWER;
    Optional<Relationship> relationship = Optional.of(entry.relationship());
    if (kept.size() < entry.targets().size()) {
      relationship = relationship.flatMap(r -> then(r, Relationship.SOURCE_BROADER));
    }
    relationship =
        relationship.flatMap(r -> then(r, link)).flatMap(r -> then(r, meet(nextRelationships)));
    if (relationship.isEmpty()) {
      gaps.add(
          entry
              + ", then "
              + String.join(" + ", nextSources)
              + " "
              + meet(nextRelationships).id()
              + " "
              + String.join(" + ", nextTargets)
              + ": the two relationships determine none");
      return;
    }
    CrosswalkEntry result =
        CrosswalkEntry.of(entry.sources(), new ArrayList<>(nextTargets), relationship.get());
    composed.add(
        rationales.isEmpty() ? result : result.withRationale(String.join("; then ", rationales)));
  }

  /** The relationship of A to C from that of A to B and that of B to C, where determined. */
  static Optional<Relationship> then(Relationship first, Relationship second) {
    if (first == Relationship.EQUIVALENT) {
      return Optional.of(second);
    }
    if (second == Relationship.EQUIVALENT
        || (first == second && first != Relationship.OVERLAPPING)) {
      return Optional.of(first);
    }
    boolean overlapping =
        (first == Relationship.SOURCE_BROADER
                && (second == Relationship.SOURCE_NARROWER || second == Relationship.OVERLAPPING))
            || (first == Relationship.OVERLAPPING && second == Relationship.SOURCE_NARROWER);
    return overlapping ? Optional.of(Relationship.OVERLAPPING) : Optional.empty();
  }

  /** The relationship of several entries' sources, together, to their targets, together. */
  private static Relationship meet(List<Relationship> relationships) {
    if (relationships.stream().allMatch(r -> r == Relationship.EQUIVALENT)) {
      return Relationship.EQUIVALENT;
    }
    if (relationships.stream().allMatch(Relationship::coversSources)) {
      return Relationship.SOURCE_NARROWER;
    }
    if (relationships.stream().allMatch(Relationship::coversTargets)) {
      return Relationship.SOURCE_BROADER;
    }
    return Relationship.OVERLAPPING;
  }

  /** An option entry the rule on options implies, with its question entry's relationship. */
  private static CrosswalkEntry implicitEntry(
      Index index, List<String> sources, List<String> targets) {
    String question = Elements.question(sources.get(0));
    Relationship relationship =
        index.fromSource(question).stream()
            .map(index::entry)
            .filter(e -> e.relationship().maps())
            .findFirst()
            .map(CrosswalkEntry::relationship)
            .orElse(Relationship.EQUIVALENT);
    return CrosswalkEntry.of(sources, targets, relationship);
  }
}
