package io.github.mnr4j.cohort;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Strings held in arrays, for what is kept per jurisdiction (ids, names) when a cohort is too large
 * to hold: one array of their characters, their ends, their hashes, and an open-addressing table
 * that finds a string by its hash, where a list of strings and a hash map would spend two to four
 * objects on each. Characters rather than UTF-8 bytes, so that any string, a lone surrogate
 * included, comes back as it was given. Strings are appended and never changed; the same string may
 * be added more than once. Not thread-safe while strings are added.
 */
final class PackedStrings {
  private char[] chars = new char[64];
  private int length;
  private int[] ends = new int[8];
  private int[] hashes = new int[8];
  private int size;

  /** Slots holding a string's index plus 1, 0 for empty; at most half full. */
  private int[] table = new int[16];

  /**
   * Appends a string.
   *
   * @return its index
   */
  int add(String value) {
    reserve(value.length());
    value.getChars(0, value.length(), chars, length);
    return append(length + value.length(), value.hashCode());
  }

  /**
   * Appends another's string.
   *
   * @return its index here
   */
  int add(PackedStrings other, int index) {
    int from = other.start(index);
    int count = other.ends[index] - from;
    reserve(count);
    System.arraycopy(other.chars, from, chars, length, count);
    return append(length + count, other.hashes[index]);
  }

  private void reserve(int count) {
    if (length + count > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(length + count, chars.length * 2));
    }
  }

  /** Records the string whose characters were just copied up to {@code end}. */
  private int append(int end, int hash) {
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    length = end;
    ends[size] = length;
    hashes[size] = hash;
    if ((size + 1) * 2 > table.length) {
      rehash(table.length * 2);
    }
    place(size);
    return size++;
  }

  private void rehash(int slots) {
    table = new int[slots];
    for (int i = 0; i < size; i++) {
      place(i);
    }
  }

  private void place(int index) {
    int mask = table.length - 1;
    int slot = slot(hashes[index]);
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = index + 1;
  }

  /** Fibonacci hashing: ids such as J0000001 to J0000099 have hash codes in runs. */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(table.length));
  }

  /**
   * Finds a string. Strings are placed in the order they were added, each in the first free slot
   * from its hash's (linear probing, no removals), so the first equal string met is the first one
   * added.
   *
   * @return the index of the first equal string added, or -1
   */
  int indexOf(String value) {
    int hash = value.hashCode();
    int mask = table.length - 1;
    for (int slot = slot(hash); table[slot] != 0; slot = (slot + 1) & mask) {
      int i = table[slot] - 1;
      if (hashes[i] == hash && equals(i, value)) {
        return i;
      }
    }
    return -1;
  }

  private boolean equals(int index, String value) {
    int start = start(index);
    if (ends[index] - start != value.length()) {
      return false;
    }
    for (int k = 0; k < value.length(); k++) {
      if (chars[start + k] != value.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds another's string.
   *
   * @return the index here of the first equal string added, or -1
   */
  int indexOf(PackedStrings other, int index) {
    int from = other.start(index);
    int to = other.ends[index];
    int hash = other.hashes[index];
    int mask = table.length - 1;
    for (int slot = slot(hash); table[slot] != 0; slot = (slot + 1) & mask) {
      int i = table[slot] - 1;
      if (hashes[i] == hash && Arrays.equals(chars, start(i), ends[i], other.chars, from, to)) {
        return i;
      }
    }
    return -1;
  }

  private int start(int index) {
    return index == 0 ? 0 : ends[index - 1];
  }

  /** Returns the string at an index. */
  String get(int index) {
    Objects.checkIndex(index, size);
    return new String(chars, start(index), ends[index] - start(index));
  }

  /** Returns a copy that holds the same strings in no more room than they take. */
  PackedStrings copy() {
    PackedStrings copy = new PackedStrings();
    copy.chars = Arrays.copyOf(chars, length);
    copy.length = length;
    copy.ends = Arrays.copyOf(ends, Math.max(1, size));
    copy.hashes = Arrays.copyOf(hashes, Math.max(1, size));
    copy.size = size;
    copy.table = table.clone();
    return copy;
  }

  /** Returns how many strings were added. */
  int size() {
    return size;
  }

  /**
   * Returns the strings as a list, each made when read: for holders that add no more, so that the
   * list is immutable.
   */
  List<String> asList() {
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return PackedStrings.this.get(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
