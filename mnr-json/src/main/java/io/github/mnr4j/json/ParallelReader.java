package io.github.mnr4j.json;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonFactory;

/**
 * The machinery of {@link MnrJson#readAll}: JSON Lines are cut into parts of about a mebibyte at
 * line ends and each part is read, and its responses mapped, on a worker thread; a cohort document
 * is read on the calling thread, which hands batches of responses to the workers to map. The
 * calling thread takes the parts back in the inputs' order, finds repeated jurisdictions, numbers
 * every response and line within its input, and hands the values to the action: so the action sees
 * the same values in the same order whatever the number of threads. At most two parts a thread are
 * in flight, so that memory does not grow with the input (and fewer at first: see inFlight()).
 */
final class ParallelReader<T> {
  /** The bytes of JSON Lines a part holds, at least. */
  static final int PART = 1 << 20;

  /** The responses of a cohort a part holds, at most. */
  static final int BATCH = 256;

  /** The parts read with a thread fewer while the JIT compiles the reader: see inFlight(). */
  static final int WARM_UP_PARTS = 64;

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private final MnrJson json;
  private final JsonFactory factory;
  private final CodecOptions options;
  private final int threads;
  private final int partSize;
  private final Function<? super Response, ? extends T> map;
  private final Consumer<? super T> action;
  private final Consumer<? super InputProblem> problems;
  private final ArrayDeque<Future<Part<T>>> pending = new ArrayDeque<>();
  private @Nullable ExecutorService pool;

  /** The jurisdictions seen so far, by the index of their response over all inputs. */
  private final IdSet ids = new IdSet();

  /** The inputs read so far, and the index over all inputs of each one's first response. */
  private final List<Progress> inputs = new ArrayList<>();

  /** Responses taken back so far, good or bad, over all inputs. */
  private long taken;

  private long handed;

  /** Parts handed to the pool so far. */
  private long submitted;

  ParallelReader(
      MnrJson json,
      JsonFactory factory,
      CodecOptions options,
      int threads,
      int partSize,
      Function<? super Response, ? extends T> map,
      Consumer<? super T> action,
      Consumer<? super InputProblem> problems) {
    this.json = json;
    this.factory = factory;
    this.options = options;
    this.threads = threads;
    this.partSize = partSize;
    this.map = map;
    this.action = action;
    this.problems = problems;
  }

  /** Reads every input; returns how many responses were handed to the action. */
  long run(List<ResponseInput> all) {
    if (threads > 1) {
      pool =
          Executors.newFixedThreadPool(
              threads,
              task -> {
                Thread thread = new Thread(task, "mnr4j-reader");
                thread.setDaemon(true);
                return thread;
              });
    }
    try {
      for (ResponseInput input : all) {
        Progress progress = new Progress(input.name());
        inputs.add(progress);
        read(input, progress);
      }
      while (!pending.isEmpty()) {
        deliver(await(pending.removeFirst()));
      }
      return handed;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** One input's counts so far, kept by the calling thread as it takes the parts back. */
  private static final class Progress {
    final String name;

    /**
     * The index over all inputs of the input's first response, known when its first part is taken
     * back; -1 before.
     */
    long first = -1;

    long responses;
    long lines;

    Progress(String name) {
      this.name = name;
    }
  }

  /** A response read and mapped, or what went wrong with it. */
  private static final class Item<T> {
    @Nullable T value;
    @Nullable Response response;
    @Nullable String jurisdictionId;

    /** Where the jurisdiction's id is, for a message about a repeat; null if unknown. */
    @Nullable JsonProblem idAt;

    List<JsonProblem> located = List.of();
    @Nullable String failure;

    boolean failed() {
      return failure != null;
    }
  }

  /** Consecutive responses of one input, and what ended the input if something did. */
  private static final class Part<T> {
    final Progress progress;
    final List<Item<T>> items = new ArrayList<>();

    /** The lines of JSON Lines the part spans; their numbers are from the part's first. */
    int lines;

    @Nullable InputProblem ending;

    Part(Progress progress) {
      this.progress = progress;
    }
  }

  private void read(ResponseInput input, Progress progress) {
    try (InputStream in = input.open()) {
      ResponseInput.Kind kind = input.kind();
      if (kind == ResponseInput.Kind.DOCUMENT) {
        kind = ResponseInput.documentKind(in, factory);
      }
      switch (kind) {
        case LINES -> readLines(in, progress);
        case RESPONSE -> readResponse(in, progress);
        default -> readCohort(in, progress);
      }
    } catch (NoSuchFileException e) {
      end(progress, "no such file");
    } catch (IOException e) {
      end(progress, "cannot read: " + reason(e));
    } catch (UncheckedIOException e) {
      end(progress, "cannot read: " + reason(Objects.requireNonNull(e.getCause())));
    }
  }

  /** Why an input could not be read, in words: some exceptions carry no message. */
  static String reason(IOException e) {
    if (e instanceof java.io.EOFException) {
      return "the input ends before its end (a compressed file cut short?)";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Reports a problem that ends an input, after the parts read before it. */
  private void end(Progress progress, String detail) {
    Part<T> part = new Part<>(progress);
    part.ending = InputProblem.ofInput(progress.name, detail);
    submit(() -> part);
  }

  private void readLines(InputStream in, Progress progress) throws IOException {
    byte[] buffer = new byte[partSize];
    int length = 0;
    boolean atStart = true;
    while (true) {
      length += in.readNBytes(buffer, length, buffer.length - length);
      if (length < buffer.length) {
        if (length > 0) {
          submitLines(progress, buffer, length, atStart);
        }
        return;
      }
      int cut = length;
      while (cut > 0 && buffer[cut - 1] != '\n') {
        cut--;
      }
      if (cut > 0) {
        // After a long line grew the buffer, what follows its last full line may be more than a
        // part: the next buffer holds all of it.
        byte[] next = new byte[Math.max(partSize, length - cut)];
        System.arraycopy(buffer, cut, next, 0, length - cut);
        submitLines(progress, buffer, cut, atStart);
        buffer = next;
        length -= cut;
      } else if (buffer.length < longestLine()) {
        // One line fills the buffer: make room for the rest of it.
        buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, longestLine()));
        continue;
      } else {
        // A line longer than a response may be: hand over its start, which the part reports
        // as too long, and pass over the rest without holding it.
        submitLines(progress, buffer, length, atStart);
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
          // skipped
        }
        buffer = new byte[partSize];
        length = 0;
      }
      atStart = false;
    }
  }

  /**
   * The most bytes of one line held: one more than a response may have, so that a longer line is
   * seen to be too long; within what an array can hold.
   */
  private long longestLine() {
    return Math.min(options.limits.maxDocumentBytes() + 1, Integer.MAX_VALUE - 8);
  }

  private void submitLines(Progress progress, byte[] bytes, int length, boolean atStart) {
    submit(
        () -> {
          Part<T> part = new Part<>(progress);
          try (ResponseReader reader =
              ResponseReader.ofLinesPart(factory, bytes, length, atStart, options)) {
            while (reader.hasNext()) {
              Item<T> item = new Item<>();
              try {
                item.response = reader.next();
                item.idAt = reader.jurisdictionIdAt();
                mapped(item);
              } catch (ResponseReadException e) {
                failed(item, e.jurisdictionId().orElse(null), e.problems());
              }
              part.items.add(item);
            }
            part.lines = reader.lines();
          }
          return part;
        });
  }

  private void readCohort(InputStream in, Progress progress) {
    Part<T> batch = new Part<>(progress);
    ResponseReader opened;
    try {
      opened = ResponseReader.ofCohort(factory, in, options, false);
    } catch (MnrJsonException e) {
      batch.ending = new InputProblem(progress.name, -1, null, e.problems(), "");
      submitBatch(batch);
      return;
    }
    try (ResponseReader reader = opened) {
      while (true) {
        try {
          if (!reader.hasNext()) {
            break;
          }
        } catch (MnrJsonException e) {
          batch.ending = new InputProblem(progress.name, -1, null, e.problems(), "");
          break;
        }
        Item<T> item = new Item<>();
        try {
          item.response = reader.next();
          item.idAt = reader.jurisdictionIdAt();
        } catch (ResponseReadException e) {
          failed(item, e.jurisdictionId().orElse(null), e.problems());
        }
        batch.items.add(item);
        if (batch.items.size() == BATCH) {
          submitBatch(batch);
          batch = new Part<>(progress);
        }
      }
    } catch (UncheckedIOException e) {
      batch.ending =
          InputProblem.ofInput(
              progress.name, "cannot read: " + reason(Objects.requireNonNull(e.getCause())));
    }
    submitBatch(batch);
  }

  private void submitBatch(Part<T> batch) {
    submit(
        () -> {
          for (Item<T> item : batch.items) {
            if (!item.failed()) {
              mapped(item);
            }
          }
          return batch;
        });
  }

  private void readResponse(InputStream in, Progress progress) {
    Part<T> part = new Part<>(progress);
    try {
      Item<T> item = new Item<>();
      item.response = json.read(in, Document.RESPONSE);
      part.items.add(item);
    } catch (MnrJsonException e) {
      part.ending = new InputProblem(progress.name, -1, null, e.problems(), "");
    }
    submitBatch(part);
  }

  /** Maps a response read; a problem the core finds in it is the response's problem. */
  private void mapped(Item<T> item) {
    Response response = Objects.requireNonNull(item.response);
    item.jurisdictionId = response.jurisdiction().id();
    try {
      item.value = map.apply(response);
    } catch (MnrException e) {
      item.failure = e.getMessage();
    }
    item.response = null;
  }

  private static <T> void failed(Item<T> item, @Nullable String id, List<JsonProblem> located) {
    item.jurisdictionId = id;
    item.located = located;
    item.failure = "";
  }

  private void submit(Callable<Part<T>> task) {
    if (pool == null) {
      try {
        deliver(task.call());
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    while (pending.size() >= inFlight()) {
      deliver(await(pending.removeFirst()));
    }
    pending.addLast(pool.submit(task));
    submitted++;
  }

  /**
   * How many parts may be in the pool at once: two a thread, so that no thread waits for work; but
   * for the first parts, if there are as many threads as cores, one thread's worth fewer. The JIT
   * compiles the reader while those parts are read, and needs a core to do it: on a 2-core machine,
   * reading 100,000 responses took 3.1 s (median of four runs) with both cores from the start, 2.7
   * s with one for the first 64 parts; a million took the same either way.
   */
  private int inFlight() {
    boolean warmingUp = submitted < WARM_UP_PARTS && threads >= CORES;
    return warmingUp ? Math.max(1, threads - 1) : 2 * threads;
  }

  private Part<T> await(Future<Part<T>> part) {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MnrException("interrupted while reading responses");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtimeException) {
        throw runtimeException;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Takes a part back, in order: numbers its responses and hands them on. */
  private void deliver(Part<T> part) {
    Progress progress = part.progress;
    if (progress.first < 0) {
      progress.first = taken;
    }
    for (Item<T> item : part.items) {
      long index = progress.responses++;
      taken++;
      String failure = item.failure;
      if (failure != null) {
        problems.accept(
            new InputProblem(
                progress.name,
                index,
                item.jurisdictionId,
                shifted(item.located, progress.lines),
                failure));
        continue;
      }
      String id = Objects.requireNonNull(item.jurisdictionId); // read, so known
      long global = progress.first + index;
      if (global > Integer.MAX_VALUE) {
        throw new MnrException("more than " + Integer.MAX_VALUE + " responses to read at once");
      }
      int before = ids.add(id, (int) global);
      if (before >= 0) {
        String message =
            "a cohort holds one response per jurisdiction; "
                + Jurisdiction.cameBefore(id, ids.earlierId())
                + ", in "
                + where(before, progress);
        problems.accept(
            new InputProblem(
                progress.name,
                index,
                item.jurisdictionId,
                item.idAt == null
                    ? List.of()
                    : shifted(
                        List.of(
                            JsonProblem.of(
                                message,
                                item.idAt.pointer(),
                                item.idAt.line(),
                                item.idAt.column())),
                        progress.lines),
                message));
        continue;
      }
      handed++;
      action.accept(item.value);
    }
    progress.lines += part.lines;
    if (part.ending != null) {
      problems.accept(part.ending);
    }
  }

  /** Says which response an index over all inputs is: in this input, or in which other. */
  private String where(long global, Progress current) {
    for (int i = inputs.size() - 1; i >= 0; i--) {
      Progress input = inputs.get(i);
      if (input.first >= 0 && global >= input.first) {
        long index = global - input.first;
        return input == current ? "response " + index : "response " + index + " of " + input.name;
      }
    }
    return "response " + global;
  }

  /** Problems of a part of JSON Lines, numbered by line in the whole input. */
  private static List<JsonProblem> shifted(List<JsonProblem> located, long lines) {
    if (lines == 0) {
      return located;
    }
    List<JsonProblem> shifted = new ArrayList<>(located.size());
    for (JsonProblem problem : located) {
      shifted.add(
          JsonProblem.of(
              problem.message(),
              problem.pointer(),
              (int) Math.min(Integer.MAX_VALUE, problem.line() + lines),
              problem.column()));
    }
    return shifted;
  }
}
