package io.github.mnr4j;

import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value with a stable id that documents use, such as {@code upper-middle} for an income group.
 * mnr4j's enums implement it, and are found by id in one way, the way every look-up in mnr4j works:
 * {@code find} returns an {@code Optional}, {@code of} throws naming the known ids.
 *
 * <pre>{@code
 * Identified.find(IncomeGroup.class, "low");   // Optional[LOW]
 * Identified.of(IncomeGroup.class, "low");     // LOW
 * Identified.ids(Region.class);                // [east-asia-pacific, ...]
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
    for (E constant : type.getEnumConstants()) {
      if (constant.id().equals(id)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the constant of an enum with an id.
   *
   * @param type the enum
   * @param id the id
   * @param <E> the enum's type
   * @return the constant
   * @throws MnrException naming the id and the known ids if none has it
   */
  static <E extends Enum<E> & Identified> E of(Class<E> type, String id) {
    return find(type, id)
        .orElseThrow(
            () ->
                new MnrException(
                    "unknown "
                        + describe(type)
                        + " "
                        + Messages.quote(id)
                        + "; known: "
                        + String.join(", ", ids(type))));
  }

  /**
   * Returns the ids of an enum's constants, in their order, for messages.
   *
   * @param type the enum
   * @param <E> the enum's type
   * @return the ids
   */
  static <E extends Enum<E> & Identified> List<String> ids(Class<E> type) {
    List<String> ids = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      ids.add(constant.id());
    }
    return List.copyOf(ids);
  }

  /** Names an enum in words for messages: {@code IncomeGroup} is "income group". */
  private static String describe(Class<?> type) {
    String name = type.getName().substring(type.getName().lastIndexOf('.') + 1).replace('$', ' ');
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
