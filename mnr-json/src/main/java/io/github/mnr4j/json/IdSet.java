package io.github.mnr4j.json;

import io.github.mnr4j.survey.Jurisdiction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The jurisdiction ids a stream has read, kept compactly (their bytes in one array, and a hash
 * table of positions: about thirty bytes an id), so that a stream of a million responses finds a
 * repeated jurisdiction without holding a million strings. Ids are valid ids (ASCII, at most 100
 * characters), which the core checks before they arrive here. Not thread-safe.
 */
final class IdSet {
  private byte[] bytes = new byte[1 << 12];
  private int used;

  /** Per slot: 1 + the id's offset in {@link #bytes}, 0 for an empty slot. */
  private int[] offsets = new int[1 << 10];

  private int[] hashes = new int[1 << 10];

  /** Per slot: the index of the response that brought the id. */
  private int[] indexes = new int[1 << 10];

  private int size;

  /**
   * Adds an id.
   *
   * @return -1 if the id is new, or the index of the response that brought it (or an id of the same
   *     comparable form) before; {@link #earlierId()} is then that id
   */
  int add(String id, int index) {
    if (2 * (size + 1) > offsets.length) {
      grow();
    }
    byte[] key = id.getBytes(StandardCharsets.ISO_8859_1);
    String comparable = Jurisdiction.comparableId(id);
    int hash = Arrays.hashCode(comparable.getBytes(StandardCharsets.ISO_8859_1));
    int mask = offsets.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      if (offsets[slot] == 0) {
        if (used + key.length + 1 > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, used + key.length + 1));
        }
        offsets[slot] = used + 1;
        hashes[slot] = hash;
        indexes[slot] = index;
        bytes[used] = (byte) key.length;
        System.arraycopy(key, 0, bytes, used + 1, key.length);
        used += key.length + 1;
        size++;
        return -1;
      }
      if (hashes[slot] == hash) {
        int offset = offsets[slot] - 1;
        String earlier =
            new String(bytes, offset + 1, bytes[offset] & 0xff, StandardCharsets.ISO_8859_1);
        if (Jurisdiction.comparableId(earlier).equals(comparable)) {
          earlierId = earlier;
          return indexes[slot];
        }
      }
    }
  }

  /** The id found by the last {@link #add} that found one. */
  private String earlierId = "";

  /**
   * Returns the id that the last {@link #add} found before, which may differ from the id added in
   * case or trailing punctuation.
   *
   * @return the earlier id
   */
  String earlierId() {
    return earlierId;
  }

  private void grow() {
    int[] oldOffsets = offsets;
    int[] oldHashes = hashes;
    int[] oldIndexes = indexes;
    offsets = new int[2 * oldOffsets.length];
    hashes = new int[offsets.length];
    indexes = new int[offsets.length];
    int mask = offsets.length - 1;
    for (int old = 0; old < oldOffsets.length; old++) {
      if (oldOffsets[old] != 0) {
        int slot = spread(oldHashes[old]) & mask;
        while (offsets[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        offsets[slot] = oldOffsets[old];
        hashes[slot] = oldHashes[old];
        indexes[slot] = oldIndexes[old];
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16) * 0x45d9f3b;
  }
}
