package io.github.mnr4j.json;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an {@code mnr4j.cohort} document one response at a time, so that a cohort of any size can
 * be written without being held: {@link MnrJson#cohortWriter}. The document is the one {@link
 * MnrJson#write(Object, Format)} writes for the same cohort, byte for byte. A jurisdiction that
 * comes again is refused, as a cohort refuses it.
 *
 * <pre>{@code
 * try (CohortWriter cohort = MnrJson.strict().cohortWriter(out, "Round 2024", "Assembled")) {
 *   for (Response response : responses) {
 *     cohort.write(response);
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #close()} ends the document and flushes the stream, which stays open. Not thread-safe.
 */
public final class CohortWriter implements AutoCloseable {
  private final JsonGenerator out;
  private final CodecOptions options;
  private final ResponseCodec responses = new ResponseCodec();
  private final IdSet ids = new IdSet();
  private int count;
  private boolean closed;

  CohortWriter(JsonGenerator out, CodecOptions options, String name, String description) {
    if (name.isBlank()) {
      throw new MnrException("a cohort needs a name that is not blank");
    }
    this.out = out;
    this.options = options;
    try {
      out.writeStartObject();
      out.writeStringProperty("format", CohortCodec.FORMAT);
      out.writeNumberProperty("version", DocumentCodec.VERSION);
      out.writeStringProperty("name", name);
      if (!description.isEmpty()) {
        out.writeStringProperty("description", description);
      }
      out.writeArrayPropertyStart("responses");
    } catch (JacksonException e) {
      throw failed(e);
    }
  }

  /**
   * Writes the next response.
   *
   * @param response the response
   * @throws MnrException if its jurisdiction came before
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Response response) {
    int before = ids.add(response.jurisdiction().id(), count);
    if (before >= 0) {
      throw new MnrException(
          "a cohort holds one response per jurisdiction; "
              + Jurisdiction.cameBefore(response.jurisdiction().id(), ids.earlierId())
              + ", in response "
              + before);
    }
    count++;
    try {
      responses.write(response, out, options);
    } catch (JacksonException e) {
      throw failed(e);
    }
  }

  /**
   * Returns how many responses were written.
   *
   * @return the count
   */
  public int responseCount() {
    return count;
  }

  private static RuntimeException failed(JacksonException e) {
    return e.getCause() instanceof IOException
        ? new UncheckedIOException((IOException) e.getCause())
        : e;
  }

  /** Ends the document and flushes the stream, which stays open. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.writeEndArray();
      out.writeEndObject();
      out.close();
    } catch (JacksonException e) {
      throw failed(e);
    }
  }
}
