package io.github.mnr4j.json;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The bytes of gzip-compressed input (RFC 1952), member after member, read strictly where {@code
 * GZIPInputStream} is lenient: bytes after a member that do not start another member are an error,
 * not the silent end of the input (plain lines appended to a {@code .jsonl.gz} were dropped
 * unread), each member's checksum and length are checked, and input that inflates more than {@link
 * #MAX_RATIO} times its compressed size, past the first {@link #FREE_BYTES}, is refused as a likely
 * decompression bomb rather than inflated for seconds to no purpose. Inflating is the JDK's {@link
 * Inflater}; only the framing is read here. Not thread-safe.
 */
final class GzipInput extends InputStream {
  /**
   * The most a compressed input may inflate, as a multiple of its compressed size. JSON of
   * responses compresses 5 to 30 times; deflate's most is about 1,032.
   */
  static final int MAX_RATIO = 200;

  /** How much may inflate before the ratio is checked, so that small inputs are never refused. */
  static final long FREE_BYTES = 16L << 20;

  private static final int FLAG_HEADER_CRC = 2;
  private static final int FLAG_EXTRA = 4;
  private static final int FLAG_NAME = 8;
  private static final int FLAG_COMMENT = 16;
  private static final int FLAG_RESERVED = 0xe0;

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;

  /** Compressed bytes taken from the input so far. */
  private long consumed;

  private long inflated;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private boolean inMember;
  private boolean ended;

  /**
   * Reads a gzip-compressed stream.
   *
   * @param in the compressed bytes, starting with a gzip header
   * @throws IOException if the first member's header cannot be read
   */
  GzipInput(InputStream in) throws IOException {
    this.in = in;
    readHeader();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!ended) {
      if (!inMember) {
        nextMemberOrEnd();
        continue;
      }
      int count = inflate(into, offset, length);
      if (count > 0) {
        crc.update(into, offset, count);
        inflated += count;
        if (inflated > FREE_BYTES && inflated / MAX_RATIO > consumed) {
          throw new IOException(
              "the compressed input inflates more than "
                  + MAX_RATIO
                  + " times its size, past the first "
                  + (FREE_BYTES >> 20)
                  + " MiB: refused as a likely decompression bomb");
        }
        return count;
      }
      if (inflater.finished()) {
        readTrailer();
      }
    }
    return -1;
  }

  private int inflate(byte[] into, int offset, int length) throws IOException {
    try {
      while (true) {
        int count = inflater.inflate(into, offset, length);
        if (count > 0 || inflater.finished()) {
          return count;
        }
        if (inflater.needsDictionary()) {
          throw new IOException("the compressed data are damaged (a preset dictionary)");
        }
        if (inflater.needsInput()) {
          fill();
          int available = limit - position;
          inflater.setInput(buffer, position, available);
          position = limit;
          consumed += available;
        }
      }
    } catch (DataFormatException e) {
      throw new IOException("the compressed data are damaged: " + e.getMessage(), e);
    }
  }

  /** Gives back what the inflater read past the member's end: the trailer, and what follows. */
  private void readTrailer() throws IOException {
    int remaining = inflater.getRemaining();
    position -= remaining;
    consumed -= remaining;
    long expectedCrc = readInt();
    long expectedSize = readInt();
    if (expectedCrc != crc.getValue()) {
      throw new IOException("the compressed data are damaged: their checksum does not match");
    }
    if (expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw new IOException("the compressed data are damaged: their length does not match");
    }
    inMember = false;
  }

  /** After a member: the end of the input, or the next member's header, or an error. */
  private void nextMemberOrEnd() throws IOException {
    if (position == limit && !refill()) {
      ended = true;
      return;
    }
    boolean anotherMember =
        (buffer[position] & 0xff) == 0x1f
            && (limit - position > 1 || refill())
            && (buffer[position + 1] & 0xff) == 0x8b;
    if (!anotherMember) {
      throw new IOException(
          "bytes after the end of the compressed data, at byte "
              + consumed
              + ", that do not start another gzip member: the file is damaged, or other data"
              + " were appended to it (gzip -t says the same)");
    }
    readHeader();
  }

  private void readHeader() throws IOException {
    if (readByte() != 0x1f || readByte() != 0x8b) {
      throw new IOException("not gzip-compressed data");
    }
    if (readByte() != 8) {
      throw new IOException("gzip data compressed by a method other than deflate");
    }
    int flags = readByte();
    if ((flags & FLAG_RESERVED) != 0) {
      throw new IOException("the gzip header is damaged: it sets reserved flags");
    }
    skip(6); // modification time, extra flags, operating system
    if ((flags & FLAG_EXTRA) != 0) {
      skip(readByte() | readByte() << 8);
    }
    if ((flags & FLAG_NAME) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FLAG_COMMENT) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FLAG_HEADER_CRC) != 0) {
      skip(2);
    }
    inflater.reset();
    crc.reset();
    inMember = true;
  }

  private void skipZeroTerminated() throws IOException {
    while (readByte() != 0) {
      // the name or comment, which mnr4j does not use
    }
  }

  private void skip(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      readByte();
    }
  }

  private long readInt() throws IOException {
    return readByte() | (long) readByte() << 8 | (long) readByte() << 16 | (long) readByte() << 24;
  }

  private int readByte() throws IOException {
    fill();
    consumed++;
    return buffer[position++] & 0xff;
  }

  /** Makes at least one byte available, or says the input was cut short. */
  private void fill() throws IOException {
    if (position == limit && !refill()) {
      throw new EOFException("the compressed input ends before its end (cut short?)");
    }
  }

  /** Keeps the bytes not yet read and reads more after them; false at the end of the input. */
  private boolean refill() throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    int count = in.read(buffer, limit, buffer.length - limit);
    if (count <= 0) {
      return false;
    }
    limit += count;
    return true;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
