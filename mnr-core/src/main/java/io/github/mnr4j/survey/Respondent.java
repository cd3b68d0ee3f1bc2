package io.github.mnr4j.survey;

import java.util.Objects;

/**
 * The contact person for a response (the survey's q2), a {@link Person} with name, job title and
 * contact details, or {@link Withheld}: a response whose respondent was removed before it was
 * shared, which still counts as having answered q2. The details are personal data: they never
 * appear in {@code toString}, and the JSON module writes them only when asked to.
 *
 * <pre>{@code
 * new Respondent.Person("A. Name", "Policy officer", "a.name@ministry.example");
 * // details removed before the response was shared
 * new Respondent.Withheld();
 * }</pre>
 *
 * <p>The interface is sealed: code that reads a respondent handles its two kinds with {@code
 * instanceof}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Respondent permits Respondent.Person, Respondent.Withheld {

  /**
   * A contact person with details: personal data.
   *
   * @param name the person's name
   * @param role the job title
   * @param contact contact details
   */
  record Person(String name, String role, String contact) implements Respondent {
    /**
     * Creates a respondent with details.
     *
     * @param name the person's name
     * @param role the job title
     * @param contact contact details
     */
    public Person {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(contact, "contact");
    }

    /** Says only that this is personal data; never the details. */
    @Override
    public String toString() {
      return "Respondent[personal data withheld]";
    }
  }

  /** A respondent whose details were removed before the response was shared. */
  record Withheld() implements Respondent {
    @Override
    public String toString() {
      return "Respondent[withheld]";
    }
  }
}
