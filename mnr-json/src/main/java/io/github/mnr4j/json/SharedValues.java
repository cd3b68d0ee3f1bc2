package io.github.mnr4j.json;

import org.jspecify.annotations.Nullable;

/**
 * Values shared by the short strings that make them (an option id and its answer, a code and
 * itself), found from the parser's characters without making a string first: most values of a
 * cohort recur, and a read then allocates nothing for them. Open addressing over a fixed table that
 * takes at most {@code capacity} entries, so that hostile input cannot grow it; past that, values
 * are made but not kept.
 *
 * @param <V> what a string stands for
 */
final class SharedValues<V> {
  private static final int FIRST_SLOTS = 64;

  private String[] keys = new String[FIRST_SLOTS];
  private @Nullable Object[] values = new Object[FIRST_SLOTS];
  private final int capacity;
  private int size;

  /**
   * Creates an empty table.
   *
   * @param capacity the most entries kept
   */
  SharedValues(int capacity) {
    this.capacity = capacity;
  }

  /** The value kept for these characters, or null. */
  @SuppressWarnings("unchecked")
  @Nullable V find(char[] chars, int offset, int length) {
    int mask = keys.length - 1;
    for (int slot = spread(hash(chars, offset, length)) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return null;
      }
      if (matches(key, chars, offset, length)) {
        return (V) values[slot];
      }
    }
  }

  /** Keeps a value for a string not kept yet, while there is room. */
  void keep(String key, V value) {
    if (size >= capacity) {
      return;
    }
    if (size * 2 >= keys.length) {
      grow();
    }
    put(key, value);
    size++;
  }

  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] != null) {
        put(oldKeys[slot], oldValues[slot]);
      }
    }
  }

  private void put(String key, @Nullable Object value) {
    int mask = keys.length - 1;
    int slot = spread(key.hashCode()) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /**
   * The same hash as {@link String#hashCode()} of the characters, four at a time: the four products
   * do not wait for one another, where a character at a time waits for the last.
   */
  private static int hash(char[] chars, int offset, int length) {
    int hash = 0;
    int i = offset;
    int end = offset + length;
    for (; i + 3 < end; i += 4) {
      hash =
          31 * 31 * 31 * 31 * hash
              + 31 * 31 * 31 * chars[i]
              + 31 * 31 * chars[i + 1]
              + 31 * chars[i + 2]
              + chars[i + 3];
    }
    for (; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  private static boolean matches(String key, char[] chars, int offset, int length) {
    if (key.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (key.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
