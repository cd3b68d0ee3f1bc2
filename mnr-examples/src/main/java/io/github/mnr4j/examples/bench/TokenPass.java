package io.github.mnr4j.examples.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The end-to-end floor of {@code scale.sh}: a fresh JVM that passes over every token of a JSON
 * Lines file with Jackson's streaming parser, on every core (the file cut into one range of whole
 * lines a core), and builds nothing. Any reader built on that parser, {@code mnr tally}'s included,
 * takes at least this long from a cold start; it prints the number of tokens.
 *
 * <pre>
 * java -Xmx256m -cp mnr-examples/target/mnr.jar io.github.mnr4j.examples.bench.TokenPass big.jsonl
 * </pre>
 */
public final class TokenPass {
  private TokenPass() {}

  /**
   * Counts the tokens.
   *
   * @param args the JSON Lines file
   * @throws Exception if the file cannot be read or a thread fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: TokenPass FILE.jsonl");
      System.exit(2);
    }
    System.out.println(tokens(Path.of(args[0]), Runtime.getRuntime().availableProcessors()));
  }

  /** The tokens of a JSON Lines file, counted on {@code threads} threads. */
  static long tokens(Path file, int threads) throws Exception {
    long[] starts = lineStarts(file, threads);
    JsonFactory factory = new JsonFactory();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        long start = starts[i];
        long end = starts[i + 1];
        counts.add(pool.submit(() -> tokens(factory, file, start, end)));
      }
      long tokens = 0;
      for (Future<Long> count : counts) {
        tokens += count.get();
      }
      return tokens;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    } finally {
      pool.shutdown();
    }
  }

  /** Where each of {@code parts} ranges of whole lines starts, and the file's size last. */
  private static long[] lineStarts(Path file, int parts) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      long[] starts = new long[parts + 1];
      starts[parts] = size;
      ByteBuffer one = ByteBuffer.allocate(1);
      for (int i = 1; i < parts; i++) {
        long at = Math.max(starts[i - 1], size / parts * i);
        // The range starts after the first newline at or past its even share of the file.
        while (at < size) {
          one.clear();
          channel.read(one, at++);
          if (one.get(0) == '\n') {
            break;
          }
        }
        starts[i] = at;
      }
      return starts;
    }
  }

  private static long tokens(JsonFactory factory, Path file, long start, long end) {
    try (FileChannel channel = FileChannel.open(file)) {
      InputStream range = new BufferedInputStream(new Range(channel, start, end), 1 << 16);
      long tokens = 0;
      try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), range)) {
        while (parser.nextToken() != null) {
          tokens++;
        }
      }
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a file from {@code start} to {@code end}. */
  private static final class Range extends InputStream {
    private final FileChannel channel;
    private final long end;
    private long at;

    Range(FileChannel channel, long start, long end) {
      this.channel = channel;
      this.at = start;
      this.end = end;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (at >= end) {
        return -1;
      }
      int read = channel.read(ByteBuffer.wrap(bytes, offset, (int) Math.min(length, end - at)), at);
      if (read > 0) {
        at += read;
      }
      return read;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }
  }
}
