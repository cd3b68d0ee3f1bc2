package io.github.mnr4j.crosswalk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries of a crosswalk by element, on each side, with the one rule that needs no entry: an
 * option of a question with one mapping entry corresponds to the options with the same id under the
 * questions at the entry's other end.
 */
final class Index {
  final Crosswalk crosswalk;
  private final Map<String, List<Integer>> bySource = new HashMap<>();
  private final Map<String, List<Integer>> byTarget = new HashMap<>();

  Index(Crosswalk crosswalk) {
    this.crosswalk = crosswalk;
    List<CrosswalkEntry> entries = crosswalk.entries();
    for (int i = 0; i < entries.size(); i++) {
      for (String source : entries.get(i).sources()) {
        bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(i);
      }
      for (String target : entries.get(i).targets()) {
        byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The indexes of the entries that list an element among their sources. */
  List<Integer> fromSource(String element) {
    return bySource.getOrDefault(element, List.of());
  }

  /** The indexes of the entries that list an element among their targets. */
  List<Integer> toTarget(String element) {
    return byTarget.getOrDefault(element, List.of());
  }

  CrosswalkEntry entry(int index) {
    return crosswalk.entries().get(index);
  }

  /**
   * The options a source option maps to without an entry of its own: the options with its id under
   * the targets of its question's one mapping entry.
   */
  List<String> implicitTargets(String sourceOption) {
    if (!Elements.isOption(sourceOption) || !fromSource(sourceOption).isEmpty()) {
      return List.of();
    }
    return counterparts(fromSource(Elements.question(sourceOption)), true, sourceOption);
  }

  /** The options a target option is reached from without an entry of its own. */
  List<String> implicitSources(String targetOption) {
    if (!Elements.isOption(targetOption) || !toTarget(targetOption).isEmpty()) {
      return List.of();
    }
    return counterparts(toTarget(Elements.question(targetOption)), false, targetOption);
  }

  /**
   * Tells whether an option goes with its question: declared removed (a source option) or added (a
   * target option) because the question is, and named by no entry of its own.
   */
  boolean goesWithQuestion(String option, boolean source) {
    if (!Elements.isOption(option)) {
      return false;
    }
    List<Integer> own = source ? fromSource(option) : toTarget(option);
    List<Integer> question =
        source ? fromSource(Elements.question(option)) : toTarget(Elements.question(option));
    Relationship declared = source ? Relationship.REMOVED : Relationship.ADDED;
    return own.isEmpty()
        && !question.isEmpty()
        && question.stream().allMatch(i -> entry(i).relationship() == declared);
  }

  /** The same option under each question at the other end of a question's one mapping entry. */
  private List<String> counterparts(List<Integer> entries, boolean forward, String option) {
    List<CrosswalkEntry> mapping = new ArrayList<>();
    Set<List<Set<String>>> pairs = new HashSet<>();
    for (int i : entries) {
      CrosswalkEntry entry = entry(i);
      // A repeated entry is reported once, as such, not again for every option of its question.
      if (entry.relationship().maps()
          && pairs.add(List.of(Set.copyOf(entry.sources()), Set.copyOf(entry.targets())))) {
        mapping.add(entry);
      }
    }
    if (mapping.size() != 1) {
      return List.of();
    }
    List<String> counterparts = new ArrayList<>();
    for (String question : forward ? mapping.get(0).targets() : mapping.get(0).sources()) {
      counterparts.add(Elements.option(question, Elements.optionId(option)));
    }
    return counterparts;
  }
}
