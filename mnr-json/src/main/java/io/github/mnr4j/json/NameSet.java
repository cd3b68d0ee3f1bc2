package io.github.mnr4j.json;

import java.util.Arrays;

/**
 * The names seen in one JSON object, to refuse a name given twice: open addressing over an array
 * kept from object to object and emptied slot by slot, so that a response's few dozen answers cost
 * no allocation. Jackson hands out field names as shared strings, whose hashes are already known,
 * and compares equal names by identity first.
 */
final class NameSet {
  private String[] table = new String[64];
  private int[] used = new int[32];
  private int size;

  /** Adds a name; false if it was there already. */
  boolean add(String name) {
    if (size * 2 >= table.length) {
      grow();
    }
    int mask = table.length - 1;
    int slot = spread(name.hashCode()) & mask;
    for (String there = table[slot]; there != null; there = table[slot]) {
      if (there == name || there.equals(name)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = name;
    used[size++] = slot;
    return true;
  }

  /** How many names were added since the last {@link #clear()}. */
  int size() {
    return size;
  }

  /** Forgets every name, touching only the slots they took. */
  void clear() {
    for (int i = 0; i < size; i++) {
      table[used[i]] = null;
    }
    size = 0;
  }

  private void grow() {
    String[] names = new String[size];
    for (int i = 0; i < size; i++) {
      names[i] = table[used[i]];
    }
    table = new String[table.length * 2];
    used = Arrays.copyOf(used, table.length / 2);
    size = 0;
    for (String name : names) {
      add(name);
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
