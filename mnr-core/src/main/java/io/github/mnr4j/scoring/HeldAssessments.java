package io.github.mnr4j.scoring;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The assessments of an analysis that revisits every one of them many times (the workbench's level
 * stability and sensitivity): held one per jurisdiction, and handed over in id order, so that the
 * result does not depend on the order they were added in.
 *
 * @param <A> the analysis
 * @param <R> its result
 */
final class HeldAssessments<A, R> implements Accumulator<Assessment, R> {
  private final String name;
  private final A analysis;
  private final BiPredicate<A, A> sameAs;
  private final Framework framework;
  private final Function<List<Assessment>, R> result;
  private final Map<String, Assessment> assessments = new HashMap<>();

  /**
   * Starts holding assessments.
   *
   * @param name what the analysis is, for messages, such as {@code a stability analysis}
   * @param analysis the analysis
   * @param sameAs whether another analysis is made the same way, for {@link #combine}
   * @param framework the framework of the assessments
   * @param result the result of the assessments held, in id order
   */
  HeldAssessments(
      String name,
      A analysis,
      BiPredicate<A, A> sameAs,
      Framework framework,
      Function<List<Assessment>, R> result) {
    this.name = name;
    this.analysis = analysis;
    this.sameAs = sameAs;
    this.framework = framework;
    this.result = result;
  }

  /** The assessments of a collection, checked as {@link #add} checks them, in id order. */
  static List<Assessment> inIdOrder(
      String name, Framework framework, Collection<Assessment> assessments) {
    HeldAssessments<Object, Object> held =
        new HeldAssessments<>(name, name, Object::equals, framework, list -> list);
    assessments.forEach(held::add);
    return held.sorted();
  }

  @Override
  public void add(Assessment assessment) {
    String id = assessment.jurisdiction().id();
    if (!assessment.framework().equals(framework)) {
      throw new MnrException(
          "the assessment of "
              + assessment.jurisdiction()
              + " is of framework '"
              + assessment.framework().id()
              + "', not '"
              + framework.id()
              + "'");
    }
    if (assessments.containsKey(id)) {
      throw repeated(id);
    }
    assessments.put(id, assessment);
  }

  private List<Assessment> sorted() {
    List<Assessment> sorted = new ArrayList<>(assessments.values());
    sorted.sort(Comparator.comparing(a -> a.jurisdiction().id()));
    return List.copyOf(sorted);
  }

  private MnrException repeated(String id) {
    return new MnrException(
        name + " holds one assessment per jurisdiction; " + Messages.quote(id) + " came again");
  }

  @Override
  public Accumulator<Assessment, R> combine(Accumulator<Assessment, R> accumulator) {
    if (!(accumulator instanceof HeldAssessments<?, ?> other)
        || !analysis.getClass().isInstance(other.analysis)
        || !sameAs.test(analysis, analysisOf(other))
        || !framework.equals(other.framework)) {
      throw new MnrException("cannot combine " + accumulator + " with " + this);
    }
    for (String id : other.assessments.keySet()) {
      if (assessments.containsKey(id)) {
        throw repeated(id);
      }
    }
    assessments.putAll(other.assessments);
    return this;
  }

  @SuppressWarnings("unchecked") // checked by the caller: an instance of the analysis's class
  private A analysisOf(HeldAssessments<?, ?> other) {
    return (A) other.analysis;
  }

  @Override
  public R result() {
    return result.apply(sorted());
  }

  @Override
  public String toString() {
    return name
        + " by "
        + analysis
        + " of framework '"
        + framework.id()
        + "' ("
        + assessments.size()
        + " jurisdictions)";
  }
}
