package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip read strictly: every member, nothing after them, checksums, and no bombs. */
class GzipInputTest {
  @TempDir Path temp;

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] inflate(byte[] compressed) throws IOException {
    try (InputStream in = new GzipInput(new ByteArrayInputStream(compressed))) {
      return in.readAllBytes();
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void membersOneAfterAnotherReadAsTheirBytesOneAfterAnother() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, 70_000)).ofSizeBetween(1, 5))
        .checkAssert(
            sizes -> {
              ByteArrayOutputStream plain = new ByteArrayOutputStream();
              ByteArrayOutputStream compressed = new ByteArrayOutputStream();
              int seed = 0;
              for (int size : sizes) {
                byte[] member = new byte[size];
                for (int i = 0; i < size; i++) {
                  member[i] = (byte) ("{\"id\": \"C07\"}\n".charAt((i + seed) % 14) ^ i / 997);
                }
                seed += size;
                plain.writeBytes(member);
                compressed.writeBytes(uncheckedGzip(member));
              }
              try {
                assertThat(inflate(compressed.toByteArray())).isEqualTo(plain.toByteArray());
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  private static byte[] uncheckedGzip(byte[] bytes) {
    try {
      return gzip(bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void bytesAfterTheLastMemberAreAnErrorNotTheEnd() throws IOException {
    byte[] member = gzip("{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8));
    byte[] appended = concat(member, "{\"b\": 2}\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> inflate(appended))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "bytes after the end of the compressed data, at byte "
                + member.length
                + ", that do not start another gzip member: the file is damaged, or other data"
                + " were appended to it (gzip -t says the same)");
    // A second member whose header is damaged after its magic bytes.
    byte[] second = gzip("{\"b\": 2}\n".getBytes(StandardCharsets.UTF_8));
    second[2] = 7;
    assertThatThrownBy(() -> inflate(concat(member, second)))
        .hasMessage("gzip data compressed by a method other than deflate");
    byte[] reserved = gzip(new byte[] {1});
    reserved[3] = (byte) 0x80;
    assertThatThrownBy(() -> inflate(reserved))
        .hasMessage("the gzip header is damaged: it sets reserved flags");
  }

  @Test
  void aDamagedMemberIsAnError() throws IOException {
    byte[] good = gzip("{\"answers\": {}}\n".repeat(50).getBytes(StandardCharsets.UTF_8));
    byte[] badCrc = good.clone();
    badCrc[badCrc.length - 8] ^= 1;
    assertThatThrownBy(() -> inflate(badCrc))
        .hasMessage("the compressed data are damaged: their checksum does not match");
    byte[] badLength = good.clone();
    badLength[badLength.length - 1] ^= 1;
    assertThatThrownBy(() -> inflate(badLength))
        .hasMessage("the compressed data are damaged: their length does not match");
    byte[] badData = good.clone();
    badData[12] = (byte) 0xff;
    badData[13] = (byte) 0xff;
    assertThatThrownBy(() -> inflate(badData))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("the compressed data are damaged");
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 3);
    assertThatThrownBy(() -> inflate(cut)).isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> inflate(new byte[] {0x1f, (byte) 0x8b}))
        .isInstanceOf(EOFException.class);
  }

  /** A header with a file name, a comment, an extra field and its own checksum reads as well. */
  @Test
  void everyOptionalHeaderFieldIsSkipped() throws IOException {
    byte[] plain = "{\"x\": true}\n".getBytes(StandardCharsets.UTF_8);
    byte[] standard = gzip(plain);
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.write(new byte[] {0x1f, (byte) 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 3});
    header.write(new byte[] {3, 0, 'a', 'b', 'c'});
    header.writeBytes("name.jsonl\0".getBytes(StandardCharsets.ISO_8859_1));
    header.writeBytes("a comment\0".getBytes(StandardCharsets.ISO_8859_1));
    header.write(new byte[] {0x12, 0x34});
    header.write(standard, 10, standard.length - 10);
    assertThat(inflate(header.toByteArray())).isEqualTo(plain);
  }

  /** A gigabyte of nothing in a megabyte is refused as soon as the ratio shows, not inflated. */
  @Test
  void inputThatInflatesFarMoreThanJsonDoesIsRefused() throws IOException {
    Path bomb = temp.resolve("bomb.jsonl.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) {
        out.write(zeros);
      }
    }
    assertThat(Files.size(bomb)).isLessThan(2L << 20);
    long[] read = new long[1];
    try (InputStream in = new GzipInput(Files.newInputStream(bomb))) {
      byte[] buffer = new byte[1 << 16];
      assertThatThrownBy(
              () -> {
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                  read[0] += n;
                }
              })
          .isInstanceOf(IOException.class)
          .hasMessage(
              "the compressed input inflates more than 200 times its size, past the first 16 MiB:"
                  + " refused as a likely decompression bomb");
    }
    assertThat(read[0]).isLessThan(GzipInput.FREE_BYTES + (1 << 20));
    // Repetitive JSON Lines, far more alike than real responses, stay under the ratio.
    byte[] line =
        ("{\"format\": \"mnr4j.response\", \"answers\": {\"q7\": {\"choice\": \"yes\"}}}\n")
            .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream many = new ByteArrayOutputStream();
    for (int i = 0; many.size() < (20 << 20); i++) {
      many.writeBytes(line);
      many.writeBytes(Integer.toString(i).getBytes(StandardCharsets.UTF_8));
    }
    assertThat(inflate(gzip(many.toByteArray()))).hasSize(many.size());
  }
}
