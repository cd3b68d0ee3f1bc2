package io.github.mnr4j.internal.checks;

import io.github.mnr4j.DefinitionProblem;
import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Collects the problems of one definition and throws them together. */
public final class Checks {
  /** The longest identifier. */
  private static final int ID_LENGTH = 100;

  private final String subject;
  private final @Nullable String subjectId;
  private @Nullable List<DefinitionProblem> problems;

  private Checks(String subject, @Nullable String subjectId) {
    this.subject = subject;
    this.subjectId = subjectId;
  }

  /**
   * Starts collecting problems.
   *
   * @param subject what is checked, for the message, such as {@code capability 'leadership'}
   * @return an empty collector
   */
  public static Checks of(String subject) {
    return new Checks(subject, null);
  }

  /**
   * Starts collecting problems of a value that has an id; the message's subject, such as {@code
   * response of 'C01'}, is only made if there is a problem, since values are checked far more often
   * than they fail.
   *
   * @param kind what is checked, such as {@code response of}
   * @param id the id that follows it, quoted
   * @return an empty collector
   */
  public static Checks of(String kind, String id) {
    return new Checks(kind, id);
  }

  /**
   * Tells whether a string can serve as an identifier.
   *
   * @param id the candidate
   * @return true when it matches the identifier pattern
   */
  public static boolean isId(String id) {
    int length = id.length();
    if (length == 0 || length > ID_LENGTH || !letterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = id.charAt(i);
      if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** An ASCII letter or digit: ids are plain ASCII so that they travel in files and URLs. */
  private static boolean letterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
      add(
          field,
          "'"
              + Messages.clip(value)
              + "' is not a valid id (a letter or digit, then letters, digits,"
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
    return add(DefinitionProblem.of(path, message));
  }

  /**
   * Records a problem found by another check, where that check located it.
   *
   * @param problem the problem
   * @return this collector
   */
  public Checks add(DefinitionProblem problem) {
    if (problems == null) {
      problems = new ArrayList<>();
    }
    problems.add(problem);
    return this;
  }

  /**
   * Records a problem for each item whose key an earlier item has, such as {@code /notes/1/id:
   * duplicate note id 'N1' (also notes[0])}.
   *
   * @param list the list's accessor name
   * @param items the list
   * @param key the key of an item
   * @param field the key's accessor name
   * @param what the key, for the message, such as {@code note id}
   * @param <T> the items' type
   * @return the first position of each key, as {@code list[index]}
   */
  public <T> Map<String, String> unique(
      String list, List<T> items, Function<T, ?> key, String field, String what) {
    Map<String, String> firstAt = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = String.valueOf(key.apply(items.get(i)));
      String earlier = firstAt.putIfAbsent(value, list + "[" + i + "]");
      if (earlier != null) {
        add(
            List.of(list, String.valueOf(i), field),
            "duplicate " + what + " '" + value + "' (also " + earlier + ")");
      }
    }
    return firstAt;
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
    if (problems != null) {
      throw new InvalidDefinitionException(
          subjectId == null ? subject : subject + " '" + subjectId + "'", problems);
    }
  }
}
