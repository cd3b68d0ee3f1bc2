package io.github.mnr4j.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream of UTF-8 bytes into lines for JSON Lines, reading it in large blocks and handing
 * out each line in place (an array, an offset and a length) without copying it. Blank lines are
 * passed over; a byte-order mark at the start is dropped; a line longer than the limit is reported
 * as too long and passed over without being held. Not thread-safe.
 */
final class LineSplitter {
  private static final int BLOCK = 1 << 16;

  private final InputStream in;
  private final long limit;
  private byte[] buffer = new byte[BLOCK];
  private int start;
  private int end;
  private boolean eof;
  private boolean first = true;

  /** Whether the bytes are all in memory and stay where they are: a part of a larger input. */
  private final boolean inPlace;

  private int number;
  private int lineOffset;
  private int lineLength;
  private boolean tooLong;

  LineSplitter(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
    this.inPlace = false;
  }

  /**
   * Splits lines already in memory, in place: a part of a larger input that ends with a whole line.
   * A byte-order mark is dropped only from the start of the input.
   */
  LineSplitter(byte[] bytes, int length, boolean atStart, long limit) {
    this.in = InputStream.nullInputStream();
    this.limit = limit;
    this.buffer = bytes;
    this.end = length;
    this.eof = true;
    this.first = atStart;
    this.inPlace = true;
  }

  /** Moves to the next line that is not blank; false at the end of the stream. */
  boolean next() throws IOException {
    while (true) {
      if (!line()) {
        return false;
      }
      if (tooLong || !blank()) {
        return true;
      }
    }
  }

  /** Moves to the next line, blank or not. */
  private boolean line() throws IOException {
    tooLong = false;
    int scanned = 0;
    while (true) {
      for (int i = start + scanned; i < end; i++) {
        if (buffer[i] == '\n') {
          take(i - start, i + 1);
          tooLong = lineLength > limit;
          return true;
        }
      }
      scanned = end - start;
      if (eof) {
        if (end == start) {
          return false;
        }
        take(end - start, end);
        tooLong = lineLength > limit;
        return true;
      }
      if (end - start > limit) {
        skipRest();
        return true;
      }
      fill();
    }
  }

  private void take(int length, int next) {
    number++;
    lineOffset = start;
    lineLength = length;
    if (first) {
      first = false;
      if (length >= 3
          && buffer[start] == (byte) 0xEF
          && buffer[start + 1] == (byte) 0xBB
          && buffer[start + 2] == (byte) 0xBF) {
        lineOffset += 3;
        lineLength -= 3;
      }
    }
    start = next;
  }

  /** Passes over the rest of a line that is too long, holding none of it. */
  private void skipRest() throws IOException {
    number++;
    first = false;
    tooLong = true;
    lineOffset = start;
    lineLength = 0;
    start = end;
    while (true) {
      for (int i = start; i < end; i++) {
        if (buffer[i] == '\n') {
          start = i + 1;
          return;
        }
      }
      start = end;
      if (eof) {
        return;
      }
      fill();
    }
  }

  /** Reads more bytes, keeping the unread part of the block at the start of the buffer. */
  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int read = in.read(buffer, end, buffer.length - end);
    if (read < 0) {
      eof = true;
    } else {
      end += read;
    }
  }

  private boolean blank() {
    for (int i = lineOffset; i < lineOffset + lineLength; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The line's number, from 1. */
  int number() {
    return number;
  }

  byte[] bytes() {
    return buffer;
  }

  int offset() {
    return lineOffset;
  }

  /**
   * Whether the bytes stay in place, so that a parser may read on past the current line: true for
   * lines already in memory, false for a stream, whose buffer moves as it fills.
   */
  boolean inPlace() {
    return inPlace;
  }

  /** Where the bytes held end: of the whole part, for lines in place. */
  int end() {
    return end;
  }

  int length() {
    return lineLength;
  }

  /** Tells whether the line was longer than the limit and passed over. */
  boolean tooLong() {
    return tooLong;
  }
}
