package io.github.mnr4j.survey;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A response's answers: an immutable map in the order the answers were given, held as two arrays
 * and a small hash index, with no object per entry. A cohort held in memory keeps millions of
 * answers, where a general-purpose map would spend more on its entries than on the answers
 * themselves.
 */
final class AnswerMap extends AbstractMap<String, Answer> {
  static final AnswerMap EMPTY = new AnswerMap(new String[0], new Answer[0]);

  private final String[] keys;
  private final Answer[] values;

  /**
   * Open addressing: per slot, 1 + the index of the key there, 0 for an empty slot; shorts, since a
   * response answers far fewer than 32,767 questions (a longer map keeps no index).
   */
  private final short @Nullable [] slots;

  private AnswerMap(String[] keys, Answer[] values) {
    this.keys = keys;
    this.values = values;
    if (keys.length >= Short.MAX_VALUE) {
      this.slots = null;
      if (new HashSet<>(Arrays.asList(keys)).size() < keys.length) {
        throw twice(keys);
      }
      return;
    }
    // A power of two at least a third more than the entries: short probes, small index.
    int wanted = keys.length + (keys.length / 3) + 1;
    short[] table = new short[Math.max(2, Integer.highestOneBit(wanted - 1) << 1)];
    int mask = table.length - 1;
    for (int i = 0; i < keys.length; i++) {
      int slot = home(keys[i], table);
      while (table[slot] != 0) {
        if (keys[table[slot] - 1].equals(keys[i])) {
          throw twice(keys);
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = (short) (i + 1);
    }
    this.slots = table;
  }

  private static IllegalArgumentException twice(String[] keys) {
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      if (!seen.add(key)) {
        return new IllegalArgumentException(
            "a response answers each question once, but '" + key + "' comes twice");
      }
    }
    return new IllegalArgumentException("a question comes twice");
  }

  /** The map of the entries, in their order; a question answered twice is refused. */
  static AnswerMap of(Map<String, Answer> answers) {
    if (answers instanceof AnswerMap answerMap) {
      return answerMap;
    }
    if (answers.isEmpty()) {
      return EMPTY;
    }
    String[] keys = new String[answers.size()];
    Answer[] values = new Answer[keys.length];
    int i = 0;
    for (Map.Entry<String, Answer> entry : answers.entrySet()) {
      keys[i] = entry.getKey();
      values[i] = entry.getValue();
      i++;
    }
    return new AnswerMap(keys, values);
  }

  /** The map of entries given in two arrays of the same length, which it takes over. */
  static AnswerMap of(String[] keys, Answer[] values) {
    return keys.length == 0 ? EMPTY : new AnswerMap(keys, values);
  }

  /**
   * A key's first slot: the top bits of its hash times 2^32 / phi (Fibonacci hashing). Question ids
   * such as q10 to q19 have consecutive hashes, which the low bits would put in runs that overlap
   * (a response's answers took 3 to 5 probes a look-up, up to 18); this scatters them.
   */
  private static int home(String key, short[] table) {
    return (key.hashCode() * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(table.length - 1);
  }

  private int indexOf(@Nullable Object key) {
    if (!(key instanceof String string)) {
      return -1;
    }
    short[] table = slots;
    if (table == null) {
      return Arrays.asList(keys).indexOf(key);
    }
    int mask = table.length - 1;
    for (int slot = home(string, table); table[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[table[slot] - 1].equals(string)) {
        return table[slot] - 1;
      }
    }
    return -1;
  }

  @Override
  public @Nullable Answer get(@Nullable Object key) {
    int index = indexOf(key);
    return index < 0 ? null : values[index];
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  /** The question of the answer at an index, in the order given: for a pass without entries. */
  String key(int index) {
    return keys[index];
  }

  /** The answer at an index, in the order given. */
  Answer value(int index) {
    return values[index];
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Answer> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  @Override
  public Set<Entry<String, Answer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Answer>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<String, Answer> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            Entry<String, Answer> entry = new SimpleImmutableEntry<>(keys[next], values[next]);
            next++;
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
