package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact map of a response's answers behaves as an ordered map does. */
class AnswerMapTest {

  @Test
  void itIsTheOrderedMapOfItsEntries() {
    qt().withExamples(200)
        .forAll(
            lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 4)).ofSizeBetween(0, 300),
            integers().between(0, 50))
        .checkAssert(
            (ids, probe) -> {
              Map<String, Answer> expected = new LinkedHashMap<>();
              ids.forEach(id -> expected.putIfAbsent(id, Answer.ofText("answer to " + id)));
              AnswerMap map = AnswerMap.of(expected);
              assertThat(map)
                  .isEqualTo(expected)
                  .hasSameHashCodeAs(expected)
                  .hasSize(expected.size());
              assertThat(new ArrayList<>(map.keySet()))
                  .isEqualTo(new ArrayList<>(expected.keySet()));
              List<String> visited = new ArrayList<>();
              map.forEach((id, answer) -> visited.add(id));
              assertThat(visited).containsExactlyElementsOf(expected.keySet());
              for (String id : expected.keySet()) {
                assertThat(map.get(new String(id.toCharArray()))).isSameAs(expected.get(id));
              }
              String absent = "absent" + probe;
              assertThat(map.get(absent)).isNull();
              assertThat(map.containsKey(absent)).isFalse();
              assertThat(map.get(probe)).as("not a string").isNull();
            });
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                AnswerMap.of(
                    new String[] {"a", "b", "a"},
                    new Answer[] {Answer.ofText("1"), Answer.ofText("2"), Answer.ofText("3")}))
        .hasMessage("a response answers each question once, but 'a' comes twice");
    assertThatThrownBy(() -> AnswerMap.of(Map.of()).put("q1", Answer.ofText("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
