package io.github.mnr4j.survey;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.Severity;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.internal.checks.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The responses among those counted that had validation errors: how many, how many of each kind of
 * error, and which jurisdictions (the first {@value #LISTED} by id). Every result that counts,
 * scores, compares or ranks responses carries one, so that no invalid response is counted without a
 * word; {@link #accumulator()} folds the {@link ValidationReport}s of what was counted.
 *
 * <pre>{@code
 * Response empty = Response.builder()
 *     .instrumentReference(survey.reference())
 *     .jurisdiction(Jurisdiction.of("C03", "Country 03"))
 *     .status(ResponseStatus.COMPLETED)
 *     .build();
 * Validator validator = Validator.of(survey);
 * InvalidResponses invalid =
 *     InvalidResponses.of(List.of(validator.validate(empty), validator.validate(response)));
 * invalid.responseCount();  // 1
 * invalid.summary();  // 1 response with validation errors (required-unanswered 1): C03
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidResponses {
  /** How many jurisdictions a summary names; the rest are counted. */
  public static final int LISTED = 20;

  private static final InvalidResponses NONE = new InvalidResponses(0, Map.of(), List.of());

  private final int responseCount;
  private final Map<String, Integer> codeCounts;
  private final List<String> jurisdictionIds;

  private InvalidResponses(
      int responseCount, Map<String, Integer> codeCounts, List<String> jurisdictionIds) {
    this.responseCount = responseCount;
    this.codeCounts = Collections.unmodifiableMap(new TreeMap<>(codeCounts));
    this.jurisdictionIds = List.copyOf(jurisdictionIds);
  }

  /**
   * Returns the summary of no invalid response.
   *
   * @return the empty summary
   */
  public static InvalidResponses none() {
    return NONE;
  }

  /**
   * Summarises the reports of the responses counted.
   *
   * @param reports a report for each response counted
   * @return the summary of those with errors
   */
  public static InvalidResponses of(Iterable<ValidationReport> reports) {
    Accumulator<ValidationReport, InvalidResponses> accumulator = accumulator();
    reports.forEach(accumulator::add);
    return accumulator.result();
  }

  /**
   * Creates a summary from its parts, for readers of stored results.
   *
   * @param responseCount how many responses had errors
   * @param codeCounts for each kind of error (its code's id), how many responses had one or more
   * @param jurisdictionIds the first ids, in id order: all of them up to {@value #LISTED}
   * @return the summary
   * @throws io.github.mnr4j.InvalidDefinitionException if the parts do not fit together: a count
   *     below 1 or above the responses, an unknown code, ids out of order or too few or many
   */
  public static InvalidResponses of(
      int responseCount, Map<String, Integer> codeCounts, List<String> jurisdictionIds) {
    Checks checks = Checks.of("the invalid responses");
    if (responseCount < 0) {
      checks.add(List.of("responseCount"), "is " + responseCount + ", not 0 or more");
    }
    codeCounts.forEach(
        (code, count) -> {
          if (Identified.find(ValidationFinding.Code.class, code).isEmpty()) {
            checks.add(List.of("codeCounts", code), "unknown code " + Messages.quote(code));
          }
          if (count < 1 || count > responseCount) {
            checks.add(
                List.of("codeCounts", code),
                "is " + count + ", not from 1 to the " + responseCount + " responses");
          }
        });
    if (responseCount > 0 && codeCounts.isEmpty()) {
      checks.add(
          List.of("codeCounts"), "names no kind of error for " + responseCount + " responses");
    }
    if (jurisdictionIds.size() != Math.min(responseCount, LISTED)) {
      checks.add(
          List.of("jurisdictionIds"),
          "lists "
              + jurisdictionIds.size()
              + (jurisdictionIds.size() == 1 ? " id" : " ids")
              + " where "
              + Math.min(responseCount, LISTED)
              + " are due: one for each response, "
              + LISTED
              + " at most");
    }
    if (!new ArrayList<>(new TreeSet<>(jurisdictionIds)).equals(jurisdictionIds)) {
      checks.add(List.of("jurisdictionIds"), "are not in id order without repeats");
    }
    checks.throwIfAny();
    return responseCount == 0
        ? NONE
        : new InvalidResponses(responseCount, codeCounts, jurisdictionIds);
  }

  /**
   * Returns an empty accumulator of reports: it keeps counts and at most {@value #LISTED} ids,
   * however many reports it is given.
   *
   * @return the accumulator
   */
  public static Accumulator<ValidationReport, InvalidResponses> accumulator() {
    return new Counting();
  }

  /**
   * Returns how many responses had at least one validation error.
   *
   * @return the count, 0 when every response was valid
   */
  public int responseCount() {
    return responseCount;
  }

  /**
   * Returns, for each kind of error, how many responses had one or more, by the kinds' ids.
   *
   * @return an immutable map sorted by id, such as {@code {required-unanswered=2}}
   */
  public Map<String, Integer> codeCounts() {
    return codeCounts;
  }

  /**
   * Returns the ids of the jurisdictions whose responses had errors: the first {@value #LISTED} in
   * id order, so that the list is the same however the responses were read.
   *
   * @return an immutable list
   */
  public List<String> jurisdictionIds() {
    return jurisdictionIds;
  }

  /**
   * Tells whether every response counted was valid.
   *
   * @return true if none had an error
   */
  public boolean isEmpty() {
    return responseCount == 0;
  }

  /**
   * Returns the summary of the responses of both summaries, as if their reports had been counted
   * together: the summaries of parts of a cohort add up to the whole's.
   *
   * @param other the summary of other responses
   * @return the summary of both
   */
  public InvalidResponses and(InvalidResponses other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    Map<String, Integer> codes = new TreeMap<>(codeCounts);
    other.codeCounts.forEach((code, count) -> codes.merge(code, count, Math::addExact));
    TreeSet<String> ids = new TreeSet<>(jurisdictionIds);
    ids.addAll(other.jurisdictionIds);
    while (ids.size() > LISTED) {
      ids.pollLast();
    }
    return new InvalidResponses(
        Math.addExact(responseCount, other.responseCount), codes, new ArrayList<>(ids));
  }

  /**
   * Says what the summary holds, for a note under a table: {@code 2 responses with validation
   * errors (required-unanswered 2, unknown-question 1): C07, C31}.
   *
   * @return the sentence; {@code no response with validation errors} when empty
   */
  public String summary() {
    if (isEmpty()) {
      return "no response with validation errors";
    }
    String kinds =
        codeCounts.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    String ids =
        jurisdictionIds.stream().map(Messages::printable).collect(Collectors.joining(", "));
    String more =
        responseCount > jurisdictionIds.size()
            ? " and " + (responseCount - jurisdictionIds.size()) + " more"
            : "";
    return responseCount
        + (responseCount == 1 ? " response" : " responses")
        + " with validation errors ("
        + kinds
        + "): "
        + ids
        + more;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InvalidResponses that
        && responseCount == that.responseCount
        && codeCounts.equals(that.codeCounts)
        && jurisdictionIds.equals(that.jurisdictionIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(responseCount, codeCounts, jurisdictionIds);
  }

  @Override
  public String toString() {
    return "InvalidResponses[" + summary() + "]";
  }

  /** Counts reports; keeps the smallest ids, so that any split gives the same list. */
  private static final class Counting implements Accumulator<ValidationReport, InvalidResponses> {
    private int responseCount;
    private final Map<String, Integer> codeCounts = new TreeMap<>();
    private final TreeSet<String> ids = new TreeSet<>();

    @Override
    public void add(ValidationReport report) {
      if (report.findings().isEmpty()) {
        return;
      }
      TreeSet<String> codes = new TreeSet<>();
      for (ValidationFinding finding : report.findings()) {
        if (finding.severity() == Severity.ERROR) {
          codes.add(finding.code().id());
        }
      }
      if (codes.isEmpty()) {
        return;
      }
      responseCount = Math.addExact(responseCount, 1);
      codes.forEach(code -> codeCounts.merge(code, 1, Math::addExact));
      keep(report.jurisdictionId());
    }

    private void keep(String id) {
      ids.add(id);
      if (ids.size() > LISTED) {
        ids.pollLast();
      }
    }

    @Override
    public Accumulator<ValidationReport, InvalidResponses> combine(
        Accumulator<ValidationReport, InvalidResponses> accumulator) {
      if (!(accumulator instanceof Counting other)) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      responseCount = Math.addExact(responseCount, other.responseCount);
      other.codeCounts.forEach((code, count) -> codeCounts.merge(code, count, Math::addExact));
      other.ids.forEach(this::keep);
      return this;
    }

    @Override
    public InvalidResponses result() {
      return responseCount == 0
          ? NONE
          : new InvalidResponses(responseCount, codeCounts, new ArrayList<>(ids));
    }

    @Override
    public String toString() {
      return "the invalid responses counted (" + responseCount + ")";
    }
  }
}
