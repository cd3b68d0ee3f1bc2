package io.github.mnr4j.crosswalk;

import io.github.mnr4j.crosswalk.CrosswalkFinding.Code;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks of a crosswalk, alone and against its two ends. */
final class CrosswalkChecks {
  private CrosswalkChecks() {}

  static CrosswalkCheckReport checkAlone(Crosswalk crosswalk) {
    List<CrosswalkFinding> findings = new ArrayList<>();
    entries(crosswalk, Optional.empty(), Optional.empty(), findings);
    Index index = new Index(crosswalk);
    for (String element : sideElements(crosswalk, true)) {
      contradiction(index, element, true, findings);
    }
    for (String element : sideElements(crosswalk, false)) {
      contradiction(index, element, false, findings);
    }
    return CrosswalkCheckReport.of(crosswalk.id(), findings);
  }

  static CrosswalkCheckReport check(Crosswalk crosswalk, Elements from, Elements to) {
    List<CrosswalkFinding> findings = new ArrayList<>();
    end(crosswalk.source(), from.end, "/source", findings);
    end(crosswalk.target(), to.end, "/target", findings);
    entries(crosswalk, Optional.of(from), Optional.of(to), findings);
    Index index = new Index(crosswalk);
    for (String element : from.kinds.keySet()) {
      if (from.required(element, to)) {
        source(index, element, from, to, findings);
      }
    }
    for (String element : to.kinds.keySet()) {
      if (to.required(element, from)) {
        target(index, element, from, to, findings);
      }
    }
    return CrosswalkCheckReport.of(crosswalk.id(), findings);
  }

  private static void end(
      CrosswalkEnd named, CrosswalkEnd actual, String pointer, List<CrosswalkFinding> findings) {
    boolean versionsDiffer =
        named.version().isPresent()
            && actual.version().isPresent()
            && !named.version().equals(actual.version());
    if (named.kind() != actual.kind() || !named.id().equals(actual.id()) || versionsDiffer) {
      findings.add(
          CrosswalkFinding.of(
              Code.END_MISMATCH,
              pointer,
              List.of(),
              "the crosswalk names "
                  + Messages.clip(named.toString())
                  + " but is checked against "
                  + Messages.clip(actual.toString())));
    }
  }

  /** Checks each entry: its elements at their ends, its levels, repeats and rationale. */
  private static void entries(
      Crosswalk crosswalk,
      Optional<Elements> from,
      Optional<Elements> to,
      List<CrosswalkFinding> findings) {
    Set<List<Set<String>>> seen = new HashSet<>();
    boolean instruments =
        crosswalk.source().kind() == CrosswalkEnd.Kind.INSTRUMENT
            && crosswalk.target().kind() == CrosswalkEnd.Kind.INSTRUMENT;
    for (int i = 0; i < crosswalk.entries().size(); i++) {
      CrosswalkEntry entry = crosswalk.entries().get(i);
      String pointer = "/entries/" + i;
      if (from.isPresent()) {
        known(entry.sources(), from.get(), pointer + "/sources/", findings);
      }
      if (to.isPresent()) {
        known(entry.targets(), to.get(), pointer + "/targets/", findings);
      }
      levels(entry, crosswalk, instruments, pointer, findings);
      if (!seen.add(List.of(Set.copyOf(entry.sources()), Set.copyOf(entry.targets())))) {
        findings.add(
            CrosswalkFinding.of(
                Code.DUPLICATE_ENTRY,
                pointer,
                elements(entry),
                "an earlier entry relates the same sources to the same targets: one"
                    + " relationship per pair"));
      }
      boolean unchanged =
          entry.relationship() == Relationship.EQUIVALENT
              && entry.sources().size() == 1
              && entry.sources().equals(entry.targets());
      if (entry.rationale().isEmpty() && !unchanged) {
        findings.add(
            CrosswalkFinding.of(
                Code.NO_RATIONALE,
                pointer,
                elements(entry),
                "the entry ("
                    + Messages.clip(entry.toString())
                    + ") gives no rationale: say why, for those who rely on it"));
      }
    }
  }

  private static List<String> elements(CrosswalkEntry entry) {
    List<String> elements = new ArrayList<>(entry.sources());
    entry.targets().stream().filter(t -> !elements.contains(t)).forEach(elements::add);
    return elements;
  }

  private static void known(
      List<String> elements, Elements end, String pointer, List<CrosswalkFinding> findings) {
    for (int j = 0; j < elements.size(); j++) {
      String element = elements.get(j);
      if (!end.has(element)) {
        findings.add(
            CrosswalkFinding.of(
                Code.UNKNOWN_ELEMENT,
                pointer + j,
                List.of(element),
                Messages.quote(element)
                    + " is not "
                    + (end.instrument ? "a question or option" : "a domain, capability or enabler")
                    + " of "
                    + Messages.clip(end.end.toString())));
      }
    }
  }

  private static void levels(
      CrosswalkEntry entry,
      Crosswalk crosswalk,
      boolean instruments,
      String pointer,
      List<CrosswalkFinding> findings) {
    boolean sourceMixed =
        crosswalk.source().kind() == CrosswalkEnd.Kind.INSTRUMENT && isMixed(entry.sources());
    boolean targetMixed =
        crosswalk.target().kind() == CrosswalkEnd.Kind.INSTRUMENT && isMixed(entry.targets());
    String problem;
    if (sourceMixed || targetMixed) {
      problem = "the entry mixes questions and options on one side";
    } else if (instruments
        && !entry.sources().isEmpty()
        && !entry.targets().isEmpty()
        && Elements.isOption(entry.sources().get(0)) != Elements.isOption(entry.targets().get(0))) {
      problem =
          "the entry maps questions to options: map questions to questions, options to options";
    } else {
      return;
    }
    findings.add(CrosswalkFinding.of(Code.MIXED_LEVELS, pointer, elements(entry), problem));
  }

  private static boolean isMixed(List<String> elements) {
    return elements.stream()
        .anyMatch(e -> Elements.isOption(e) != Elements.isOption(elements.get(0)));
  }

  private static void source(
      Index index, String element, Elements from, Elements to, List<CrosswalkFinding> findings) {
    List<Integer> entries = index.fromSource(element);
    if (entries.isEmpty()) {
      List<String> implicit = index.implicitTargets(element);
      if (implicit.stream().anyMatch(to::has) || index.goesWithQuestion(element, true)) {
        return;
      }
      findings.add(
          CrosswalkFinding.of(
              Code.SOURCE_UNMAPPED,
              "/entries",
              List.of(element),
              describe(element, from)
                  + " has no entry"
                  + (implicit.isEmpty()
                      ? ""
                      : " (its question maps to "
                          + implicit.stream()
                              .map(i -> Messages.quote(Elements.question(i)))
                              .collect(Collectors.joining(" + "))
                          + ", without an option "
                          + Messages.quote(Elements.optionId(element))
                          + ")")
                  + ": map it or declare it removed"));
      return;
    }
    // Between an instrument and a framework a question is evidence of part of a capability: only
    // versions of one kind of thing must cover their elements whole.
    boolean wholes = from.instrument == to.instrument;
    if (!contradiction(index, element, true, findings)
        && wholes
        && entries.stream().noneMatch(i -> index.entry(i).relationship().coversSources())
        && entries.stream().noneMatch(i -> index.entry(i).relationship() == Relationship.REMOVED)) {
      findings.add(
          CrosswalkFinding.of(
              Code.SPLIT_INCOMPLETE,
              "/entries/" + entries.get(0),
              List.of(element),
              describe(element, from)
                  + " maps only to parts of it ("
                  + relationships(index, entries)
                  + "): map the rest, make a split's parts one equivalent entry, or declare the"
                  + " rest removed"));
    }
    if (index.crosswalk.isSameLineage() && to.has(element)) {
      boolean kept =
          entries.stream()
              .map(index::entry)
              .anyMatch(e -> e.relationship().maps() && e.targets().contains(element));
      if (!kept) {
        findings.add(
            CrosswalkFinding.of(
                Code.ID_REUSED,
                "/entries/" + entries.get(0),
                List.of(element),
                Messages.quote(element)
                    + " is at both ends but does not map to itself: an id kept across versions must"
                    + " keep its meaning, so give the new element an id of its own (or, for two"
                    + " different instruments or frameworks, say \"sameLineage\": false)"));
      }
    }
  }

  private static void target(
      Index index, String element, Elements from, Elements to, List<CrosswalkFinding> findings) {
    List<Integer> entries = index.toTarget(element);
    if (entries.isEmpty()) {
      if (index.implicitSources(element).stream().anyMatch(from::has)
          || index.goesWithQuestion(element, false)) {
        return;
      }
      findings.add(
          CrosswalkFinding.of(
              Code.TARGET_UNREACHED,
              "/entries",
              List.of(element),
              describe(element, to) + " is reached by no entry: map to it or declare it added"));
      return;
    }
    if (!contradiction(index, element, false, findings)
        && from.instrument == to.instrument
        && entries.stream().noneMatch(i -> index.entry(i).relationship().coversTargets())
        && entries.stream().noneMatch(i -> index.entry(i).relationship() == Relationship.ADDED)) {
      findings.add(
          CrosswalkFinding.of(
              Code.MERGE_INCOMPLETE,
              "/entries/" + entries.get(0),
              List.of(element),
              describe(element, to)
                  + " is reached only from parts of it ("
                  + relationships(index, entries)
                  + "): map the rest to it, make a merge's parts one equivalent entry, or declare"
                  + " the rest added"));
    }
  }

  /**
   * Reports an element declared removed (added) and also mapped in full from (to) the other end.
   */
  private static boolean contradiction(
      Index index, String element, boolean source, List<CrosswalkFinding> findings) {
    List<Integer> entries = source ? index.fromSource(element) : index.toTarget(element);
    Relationship declared = source ? Relationship.REMOVED : Relationship.ADDED;
    Optional<Integer> declaration =
        entries.stream().filter(i -> index.entry(i).relationship() == declared).findFirst();
    Optional<Integer> full =
        entries.stream()
            .filter(
                i ->
                    source
                        ? index.entry(i).relationship().coversSources()
                        : index.entry(i).relationship().coversTargets())
            .findFirst();
    if (declaration.isEmpty() || full.isEmpty()) {
      return false;
    }
    findings.add(
        CrosswalkFinding.of(
            Code.CONTRADICTION,
            "/entries/" + declaration.get(),
            List.of(element),
            Messages.quote(element)
                + " is declared "
                + declared.id()
                + " but /entries/"
                + full.get()
                + " maps it in full ("
                + index.entry(full.get()).relationship().id()
                + ")"));
    return true;
  }

  private static String relationships(Index index, List<Integer> entries) {
    Map<String, Boolean> names = new LinkedHashMap<>();
    entries.forEach(i -> names.put(index.entry(i).relationship().id(), true));
    return String.join(", ", names.keySet());
  }

  private static String describe(String element, Elements end) {
    return end.kind(element) + " " + Messages.quote(element) + " of " + end.end.reference();
  }

  /** The elements an end's side of the crosswalk names, in the order first named. */
  private static List<String> sideElements(Crosswalk crosswalk, boolean source) {
    Map<String, Boolean> elements = new LinkedHashMap<>();
    for (CrosswalkEntry entry : crosswalk.entries()) {
      (source ? entry.sources() : entry.targets()).forEach(e -> elements.put(e, true));
    }
    return new ArrayList<>(elements.keySet());
  }
}
