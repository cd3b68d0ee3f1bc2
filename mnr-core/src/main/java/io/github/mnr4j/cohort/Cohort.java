package io.github.mnr4j.cohort;

import io.github.mnr4j.internal.checks.Checks;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named set of responses, one per jurisdiction, with the jurisdictions' attributes (income group,
 * region, and any further attribute such as a round or a survey) to group them by.
 *
 * <pre>{@code
 * Cohort cohort = Cohort.builder().name("Round 2021").addAllResponses(List.of(r1, r2, r3)).build();
 * CohortAnalysis analysis = CohortAnalysis.of(cohort, Instruments.mnrSurvey2021());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Cohort {
  Cohort() {}

  /**
   * Returns the cohort's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns what the cohort is, and where its data come from.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the responses, one per jurisdiction, in the order given.
   *
   * @return the responses
   */
  public abstract List<Response> responses();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableCohort.builder();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("cohort '" + name() + "'").notBlank("name", name());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < responses().size(); i++) {
      String id = responses().get(i).jurisdiction().id();
      Integer before = seen.putIfAbsent(Jurisdiction.comparableId(id), i);
      if (before != null) {
        checks.add(
            List.of("responses", String.valueOf(i), "jurisdiction", "id"),
            "a cohort holds one response per jurisdiction; "
                + Jurisdiction.cameBefore(id, responses().get(before).jurisdiction().id())
                + ", in response "
                + before);
      }
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "Cohort " + name() + ": " + responses().size() + " jurisdictions";
  }

  /** Builds a {@link Cohort}. */
  public interface Builder {
    /**
     * Sets the name.
     *
     * @param name such as {@code Round 2021}
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets what the cohort is, and where its data come from.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Adds a response.
     *
     * @param response the response
     * @return this builder
     */
    Builder addResponse(Response response);

    /**
     * Adds responses.
     *
     * @param responses the responses
     * @return this builder
     */
    Builder addAllResponses(Iterable<? extends Response> responses);

    /**
     * Builds the cohort.
     *
     * @return the cohort
     * @throws io.github.mnr4j.InvalidDefinitionException if a jurisdiction comes twice or the name
     *     is blank
     */
    Cohort build();
  }
}
