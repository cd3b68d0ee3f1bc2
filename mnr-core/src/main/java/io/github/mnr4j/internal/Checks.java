package io.github.mnr4j.internal;

import io.github.mnr4j.DefinitionProblem;
import io.github.mnr4j.InvalidDefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the problems of one definition and throws them together. Not part of the API.
 */
public final class Checks {
  /** Identifiers: a letter or digit, then letters, digits, '.', '_' or '-'; at most 100. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final String subject;
  private final List<DefinitionProblem> problems = new ArrayList<>();

  private Checks(String subject) {
    this.subject = subject;
  }

  /**
   * Starts collecting problems.
   *
   * @param subject what is checked, for the message, such as {@code capability 'leadership'}
   * @return an empty collector
   */
  public static Checks of(String subject) {
    return new Checks(subject);
  }

  /**
   * Tells whether a string can serve as an identifier.
   *
   * @param id the candidate
   * @return true when it matches the identifier pattern
   */
  public static boolean isId(String id) {
    return ID.matcher(id).matches();
  }

  /**
   * Records a problem unless the value is a valid identifier.
   *
   * @param field the accessor name
   * @param value the identifier
   * @return this collector
   */
  public Checks id(String field, String value) {
    if (!isId(value)) {
      add(field, "'" + value + "' is not a valid id (a letter or digit, then letters, digits,"
          + " '.', '_' or '-'; at most 100 characters)");
    }
    return this;
  }

  /**
   * Records a problem if the text is blank.
   *
   * @param field the accessor name
   * @param value the text
   * @return this collector
   */
  public Checks notBlank(String field, String value) {
    if (value.isBlank()) {
      add(field, field + " must not be blank");
    }
    return this;
  }

  /**
   * Records a problem unless the number is positive.
   *
   * @param field the accessor name
   * @param value the number
   * @return this collector
   */
  public Checks positive(String field, int value) {
    if (value < 1) {
      add(field, field + " must be 1 or more, not " + value);
    }
    return this;
  }

  /**
   * Records a problem at a path.
   *
   * @param path accessor names and indexes from the root
   * @param message what is wrong
   * @return this collector
   */
  public Checks add(List<String> path, String message) {
    problems.add(DefinitionProblem.of(path, message));
    return this;
  }

  /**
   * Records a problem at one field.
   *
   * @param field the accessor name
   * @param message what is wrong
   * @return this collector
   */
  public Checks add(String field, String message) {
    return add(List.of(field), message);
  }

  /**
   * Throws an {@link InvalidDefinitionException} listing every problem, if there is any.
   *
   * @throws InvalidDefinitionException when a problem was recorded
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(subject, problems);
    }
  }
}
