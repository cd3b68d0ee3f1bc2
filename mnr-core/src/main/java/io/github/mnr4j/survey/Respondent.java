package io.github.mnr4j.survey;

/**
 * The contact person for a response (the survey's q2), a {@link Person} with name, job title and
 * contact details, or {@link Withheld}: a response whose respondent was removed before it was
 * shared, which still counts as having answered q2. The details are personal data: they never
 * appear in {@code toString}, and the JSON module writes them only when asked to.
 *
 * <pre>{@code
 * Respondent.of("A. Name", "Policy officer", "a.name@ministry.example");
 * Respondent.withheld();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Respondent permits Respondent.Person, Respondent.Withheld {

  /**
   * Creates a respondent with details.
   *
   * @param name the person's name
   * @param role the job title
   * @param contact contact details
   * @return the respondent
   */
  static Respondent of(String name, String role, String contact) {
    return new Person(name, role, contact);
  }

  /**
   * Returns the respondent of a response whose details were removed.
   *
   * @return the withheld respondent
   */
  static Respondent withheld() {
    return new Withheld();
  }

  /**
   * Passes the respondent to the visitor's method for its kind.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Does something different for each kind of respondent, such as writing it as JSON.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits a respondent with details.
     *
     * @param respondent the respondent
     * @return the result
     */
    R person(Person respondent);

    /**
     * Visits a withheld respondent.
     *
     * @param respondent the respondent
     * @return the result
     */
    R withheld(Withheld respondent);
  }

  /**
   * A contact person with details: personal data.
   *
   * @param name the person's name
   * @param role the job title
   * @param contact contact details
   */
  record Person(String name, String role, String contact) implements Respondent {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.person(this);
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
    public <R> R accept(Visitor<R> visitor) {
      return visitor.withheld(this);
    }

    @Override
    public String toString() {
      return "Respondent[withheld]";
    }
  }
}
