package io.github.mnr4j.survey;

import org.immutables.value.Value;

/**
 * The contact person for a response (the survey's q2): name, job title and contact details.
 * This is personal data: it never appears in {@code toString}, and the JSON module writes it only
 * when asked to.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Respondent {
  Respondent() {}

  /**
   * Returns the person's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the person's job title.
   *
   * @return the role
   */
  public abstract String role();

  /**
   * Returns how to reach the person.
   *
   * @return contact details
   */
  public abstract String contact();

  /**
   * Creates a respondent.
   *
   * @param name the person's name
   * @param role the job title
   * @param contact contact details
   * @return the respondent
   */
  public static Respondent of(String name, String role, String contact) {
    return ImmutableRespondent.builder().name(name).role(role).contact(contact).build();
  }

  /** Says only that this is personal data; never the details. */
  @Override
  public String toString() {
    return "Respondent[personal data withheld]";
  }
}
