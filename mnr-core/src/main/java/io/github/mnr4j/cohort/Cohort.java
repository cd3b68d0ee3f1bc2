package io.github.mnr4j.cohort;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.internal.Checks;
import io.github.mnr4j.survey.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named set of responses, one per jurisdiction, with the jurisdictions' attributes (income
 * group, region, and any further attribute such as a round or a survey) to group them by.
 *
 * <pre>{@code
 * Cohort cohort = Cohort.builder().name("Round 2021").addResponses(r1, r2, r3).build();
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
  public abstract ImmutableList<Response> responses();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("cohort '" + name() + "'").notBlank("name", name());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < responses().size(); i++) {
      String id = responses().get(i).jurisdiction().id();
      if (!seen.add(id)) {
        checks.add(List.of("responses", String.valueOf(i), "jurisdiction", "id"),
            "a cohort holds one response per jurisdiction; '" + id + "' comes again");
      }
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "Cohort " + name() + ": " + responses().size() + " jurisdictions";
  }

  /** Builds a {@link Cohort}. */
  public static final class Builder extends ImmutableCohort.Builder {
    Builder() {}
  }
}
