package io.github.mnr4j;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value with a stable id that documents use, such as {@code upper-middle} for an income group.
 * mnr4j's enums implement it, so that they are found by id in one way.
 *
 * <pre>{@code
 * Identified.find(IncomeGroup.class, "low");   // Optional[LOW]
 * Identified.ids(Region.class);                 // [east-asia-pacific, ...]
 * }</pre>
 */
public interface Identified {
  /**
   * Returns the id used in documents.
   *
   * @return the id
   */
  String id();

  /**
   * Finds a constant of an enum by its id.
   *
   * @param type the enum
   * @param id the id
   * @param <E> the enum's type
   * @return the constant, or empty if none has the id
   */
  static <E extends Enum<E> & Identified> Optional<E> find(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Returns the ids of an enum's constants, in their order, for messages.
   *
   * @param type the enum
   * @param <E> the enum's type
   * @return the ids
   */
  static <E extends Enum<E> & Identified> List<String> ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Identified::id)
        .collect(Collectors.toList());
  }
}
