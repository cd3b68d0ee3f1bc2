package io.github.mnr4j.crosswalk;

import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Enabler;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The elements at one end of a crosswalk, in the end's order, each with what it is ("capability",
 * "question", "option") and the elements a crosswalk must account for.
 */
final class Elements {
  final CrosswalkEnd end;

  /** Every element, in order, with its kind. */
  final Map<String, String> kinds = new LinkedHashMap<>();

  /** Whether the end is an instrument. */
  final boolean instrument;

  private Elements(CrosswalkEnd end) {
    this.end = end;
    this.instrument = end.kind() == CrosswalkEnd.Kind.INSTRUMENT;
  }

  static Elements of(Framework framework) {
    Elements elements = new Elements(CrosswalkEnd.of(framework));
    for (Domain domain : framework.domains()) {
      elements.kinds.put(domain.id(), "domain");
    }
    for (Capability capability : framework.capabilities()) {
      elements.kinds.putIfAbsent(capability.id(), "capability");
    }
    for (Enabler enabler : framework.enablers()) {
      elements.kinds.putIfAbsent(enabler.id(), "enabler");
    }
    return elements;
  }

  static Elements of(Instrument instrument) {
    Elements elements = new Elements(CrosswalkEnd.of(instrument));
    for (Question question : instrument.questions()) {
      elements.kinds.put(question.id(), "question");
      for (Option option : question.options()) {
        elements.kinds.put(option(question.id(), option.id()), "option");
      }
    }
    return elements;
  }

  static String option(String questionId, String optionId) {
    return questionId + "/" + optionId;
  }

  /** The question of an option element, or the element itself. */
  static String question(String element) {
    int slash = element.indexOf('/');
    return slash < 0 ? element : element.substring(0, slash);
  }

  /** The option id of an option element. */
  static String optionId(String element) {
    return element.substring(element.indexOf('/') + 1);
  }

  static boolean isOption(String element) {
    return element.indexOf('/') >= 0;
  }

  boolean has(String element) {
    return kinds.containsKey(element);
  }

  String kind(String element) {
    String kind = kinds.get(element);
    return kind == null ? "element" : kind;
  }

  /**
   * Whether a crosswalk against the other end must account for this element: every element when
   * both ends are of one kind; questions and capabilities when an instrument maps to a framework.
   */
  boolean required(String element, Elements other) {
    if (instrument == other.instrument) {
      return true;
    }
    return instrument ? !isOption(element) : "capability".equals(kind(element));
  }
}
