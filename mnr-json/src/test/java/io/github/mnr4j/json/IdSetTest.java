package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.survey.Jurisdiction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact set of jurisdiction ids that finds repeats in a stream, against a plain map. */
class IdSetTest {
  /**
   * What a map of comparable forms says: -1 for a new id, else the index that brought it, or an id
   * that differs from it only in case or trailing punctuation, first.
   */
  private static List<Integer> expected(List<String> ids) {
    Map<String, Integer> first = new HashMap<>();
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Integer before = first.putIfAbsent(Jurisdiction.comparableId(ids.get(i)), i);
      answers.add(before == null ? -1 : before);
    }
    return answers;
  }

  private static List<Integer> actual(List<String> ids) {
    IdSet set = new IdSet();
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      answers.add(set.add(ids.get(i), i));
    }
    return answers;
  }

  /** An id from a number: short or up to 100 characters, so that the byte array grows too. */
  private static String id(int number) {
    String id = "J" + number;
    return number % 7 == 0 ? id + "-".repeat(100 - id.length()) : id;
  }

  @Test
  void findsTheFirstIndexOfEveryRepeatAsAMapWould() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 3000)).ofSizeBetween(0, 5000))
        .checkAssert(
            numbers -> {
              List<String> ids = new ArrayList<>();
              for (int i = 0; i < numbers.size(); i++) {
                // Some written in lower case, some with a trailing dot: the same jurisdictions.
                String id = id(numbers.get(i));
                ids.add(
                    i % 5 == 1
                        ? id.toLowerCase(java.util.Locale.ROOT)
                        : i % 5 == 2 ? id + "." : id);
              }
              assertThat(actual(ids)).isEqualTo(expected(ids));
            });
  }

  @Test
  void saysWhichIdCameBefore() {
    IdSet set = new IdSet();
    assertThat(set.add("C07", 0)).isEqualTo(-1);
    assertThat(set.add("c07", 1)).isZero();
    assertThat(set.earlierId()).isEqualTo("C07");
    assertThat(set.add("C07.", 2)).isZero();
    assertThat(set.add("C070", 3)).isEqualTo(-1);
    assertThat(Jurisdiction.cameBefore("c07", set.earlierId()))
        .isEqualTo(
            "'c07' differs only in case or a trailing '.', '-' or '_' from 'C07', which came"
                + " before");
  }

  /** "Aa" and "BB" have the same hash (as bytes and as strings), and so do their repeats. */
  @Test
  void idsWithTheSameHashAreToldApart() {
    List<String> ids = new ArrayList<>();
    String[] halves = {"Aa", "BB"};
    for (int i = 0; i < 1 << 10; i++) {
      StringBuilder id = new StringBuilder();
      for (int bit = 0; bit < 10; bit++) {
        id.append(halves[(i >> bit) & 1]);
      }
      ids.add(id.toString());
    }
    List<String> twice = new ArrayList<>(ids);
    twice.addAll(ids);
    assertThat(ids.stream().map(String::hashCode).distinct()).hasSize(1);
    List<Integer> answers = actual(twice);
    assertThat(answers).isEqualTo(expected(twice));
    assertThat(answers.subList(0, 1 << 10)).containsOnly(-1);
  }
}
