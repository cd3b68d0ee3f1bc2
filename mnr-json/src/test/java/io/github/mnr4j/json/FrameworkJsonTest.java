package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FrameworkJsonTest {
  private static final MnrJson JSON = MnrJson.strict();
  private static final String GOLDEN = GoldenFiles.read("mnr4j.framework-wpga-mnr.json");

  /** A small valid document; the error tests break one thing in it at a time. */
  private static final String SMALL =
      String.join(
          "\n",
          "{",
          "  \"format\": \"mnr4j.framework\",",
          "  \"version\": 1,",
          "  \"id\": \"small\",",
          "  \"title\": \"Small\",",
          "  \"source\": \"Tests\",",
          "  \"domains\": [",
          "    {\"id\": \"a\", \"number\": 1, \"name\": \"A\",",
          "     \"outcome\": {\"headline\": \"H\", \"description\": \"D\"}}",
          "  ],",
          "  \"capabilities\": [",
          "    {\"id\": \"c1\", \"number\": 1, \"name\": \"C1\", \"description\": \"D\","
              + " \"domainId\": \"a\"},",
          "    {\"id\": \"c2\", \"number\": 2, \"name\": \"C2\", \"description\": \"D\","
              + " \"domainId\": \"a\"}",
          "  ],",
          "  \"enablers\": [{\"id\": \"e\", \"text\": \"E\", \"domainIds\": [\"a\"]}]",
          "}");

  @Test
  void writesTheBuiltInMnrAsTheGoldenFile() {
    GoldenFiles.assertMatches(
        "mnr4j.framework-wpga-mnr.json", JSON.write(Frameworks.mnr(), Document.FRAMEWORK) + "\n");
  }

  @Test
  void readsTheGoldenFileBackEqual() {
    assertThat(JSON.read(GOLDEN, Document.FRAMEWORK)).isEqualTo(Frameworks.mnr());
  }

  @Test
  void theGoldenFileIsValidUnderTheSchema() {
    assertThat(SchemaCheck.errors("mnr4j.framework", GOLDEN)).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    assertThat(SchemaCheck.errors("mnr4j.framework", SMALL)).isEmpty();
    assertThat(SchemaCheck.errors("mnr4j.framework", SMALL.replace("\"title\"", "\"titel\"")))
        .isNotEmpty();
    assertThat(
            SchemaCheck.errors("mnr4j.framework", SMALL.replace("\"number\": 2", "\"number\": 0")))
        .isNotEmpty();
    assertThat(
            SchemaCheck.errors(
                "mnr4j.framework", SMALL.replace("\"version\": 1", "\"version\": 2")))
        .isNotEmpty();
  }

  @Test
  void readsAndWritesReadersWritersAndStreamsWithoutClosingThem() {
    StringWriter writer = new StringWriter();
    JSON.write(Frameworks.mnr(), Document.FRAMEWORK, writer);
    assertThat(writer.toString()).isEqualTo(JSON.write(Frameworks.mnr(), Document.FRAMEWORK));
    assertThat(JSON.read(new StringReader(writer.toString()), Document.FRAMEWORK))
        .isEqualTo(Frameworks.mnr());

    AtomicBoolean outClosed = new AtomicBoolean();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out =
        new FilterOutputStream(bytes) {
          @Override
          public void close() {
            outClosed.set(true);
          }
        };
    JSON.write(Frameworks.mnr(), Document.FRAMEWORK, out);
    assertThat(outClosed).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(JSON.write(Frameworks.mnr(), Document.FRAMEWORK));

    AtomicBoolean inClosed = new AtomicBoolean();
    InputStream in =
        new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
          @Override
          public void close() {
            inClosed.set(true);
          }
        };
    assertThat(JSON.read(in, Document.FRAMEWORK)).isEqualTo(Frameworks.mnr());
    assertThat(inClosed).isFalse();
  }

  @Test
  void tailoredFrameworksKeepTheirRecord() {
    Framework variant =
        Frameworks.mnr()
            .tailor("v")
            .addCapability(Capability.of("x", 22, "X", "Extra", "societal"))
            .unlinkEnabler("aware-supportive-public", "victim")
            .build();
    String json = JSON.write(variant, Document.FRAMEWORK);
    assertThat(json)
        .contains("\"basedOn\": \"wpga-mnr\"")
        .contains("\"kind\": \"capability-added\"");
    assertThat(JSON.read(json, Document.FRAMEWORK)).isEqualTo(variant);
    assertThat(SchemaCheck.errors("mnr4j.framework", json)).isEmpty();
  }

  private static MnrJsonException readError(String json) {
    return catchThrowableOfType(MnrJsonException.class, () -> JSON.read(json, Document.FRAMEWORK));
  }

  @Test
  void malformedJsonIsLocated() {
    MnrJsonException e = readError(SMALL.replace("\"title\": \"Small\",", "\"title\": \"Small\""));
    assertThat(e.getMessage()).startsWith("malformed JSON: Unexpected character ('\"'");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(3);
    assertThat(readError("{\"format\": [1, 2").getMessage())
        .startsWith("malformed JSON: Unexpected end-of-input")
        .doesNotContain("Source:");
    assertThat(readError("").getMessage())
        .isEqualTo("the document is empty at the document root (line 1, column 1)");
    assertThat(readError("{\"format\": {]").getMessage())
        .as("the parser's note of where the object started, which names no line, is left out")
        .isEqualTo(
            "malformed JSON: Unexpected close marker ']': expected '}'"
                + " at /format (line 1, column 13)");
  }

  @Test
  void trailingContentIsAnError() {
    MnrJsonException e = readError(SMALL + "\n{}");
    assertThat(e.getMessage())
        .isEqualTo(
            "malformed JSON: trailing content after the document"
                + " at the document root (line 17, column 1)");
    assertThat(e.line()).isEqualTo(17);
  }

  @Test
  void duplicateFieldsAreErrors() {
    MnrJsonException e =
        readError(
            SMALL.replace("\"title\": \"Small\",", "\"title\": \"Small\", \"title\": \"Again\","));
    assertThat(e.getMessage()).isEqualTo("duplicate field 'title' at /title (line 5, column 30)");
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void wrongTypesNameTheValueAndWhereItIs() {
    MnrJsonException e = readError(SMALL.replace("\"number\": 2", "\"number\": \"2\""));
    assertThat(e.getMessage())
        .isEqualTo(
            "expected a whole number for 'number' but found the"
                + " string \"2\" at /capabilities/1/number (line 13, column 28)");
    assertThat(readError(SMALL.replace("\"number\": 2", "\"number\": 2147483647")).getMessage())
        .as("a whole number, but too large for a number of the framework")
        .startsWith(
            "expected a whole number from -999999999 to 999999999 for 'number' but found"
                + " 2147483647 at /capabilities/1/number");
    assertThat(readError(SMALL.replace("\"title\": \"Small\"", "\"title\": 7")).getMessage())
        .isEqualTo("expected a string but found 7 at /title (line 5, column 12)");
    assertThat(
            readError(
                    SMALL
                        .replace("[{\"id\": \"e\"", "[[{\"id\": \"e\"")
                        .replace("[\"a\"]}]", "[\"a\"]}]]"))
                .getMessage())
        .startsWith("expected an enabler (an object) but found an array at /enablers/0");
    assertThat(readError("[]").getMessage())
        .isEqualTo(
            "expected an mnr4j.framework document"
                + " (an object) but found an array at the document root (line 1, column 1)");
  }

  @Test
  void unknownAndMissingFieldsAreErrors() {
    MnrJsonException e = readError(SMALL.replace("\"name\": \"C1\"", "\"nmae\": \"C1\""));
    assertThat(e.getMessage())
        .isEqualTo("missing required field 'name' at /capabilities/0" + " (line 12, column 5)");
    e = readError(SMALL.replace("\"name\": \"C1\",", "\"name\": \"C1\", \"colour\": \"red\","));
    assertThat(e.getMessage())
        .startsWith(
            "unknown field 'colour'; known here: description,"
                + " domainId, id, name, number at /capabilities/0/colour (line 12");
    String extra = SMALL.replace("\"name\": \"C1\",", "\"name\": \"C1\", \"colour\": \"red\",");
    assertThat(MnrJson.lenient().read(extra, Document.FRAMEWORK))
        .isEqualTo(JSON.read(SMALL, Document.FRAMEWORK));
  }

  @Test
  void duplicateIdsAndDanglingReferencesAreLocated() {
    MnrJsonException e =
        readError(
            SMALL
                .replace("\"id\": \"c2\"", "\"id\": \"c1\"")
                .replace("\"domainIds\": [\"a\"]", "\"domainIds\": [\"b\"]"));
    assertThat(e.problems())
        .extracting(JsonProblem::toString)
        .containsExactly(
            "duplicate capability id 'c1' (also capabilities[0]) at /capabilities/1/id"
                + " (line 13, column 12)",
            "unknown domain 'b' for enabler 'e' at /enablers/0/domainIds/0 (line 15, column 55)");
    assertThat(e.getMessage()).startsWith("2 problems:\n  duplicate capability id 'c1'");
    e = readError(SMALL.replace("\"domainId\": \"a\"}\n", "\"domainId\": \"z\"}\n"));
    assertThat(e.getMessage())
        .isEqualTo(
            "unknown domain 'z' for capability 'c2' at"
                + " /capabilities/1/domainId (line 13, column 77)");
  }

  @Test
  void invalidPartsAreLocated() {
    MnrJsonException e = readError(SMALL.replace("\"headline\": \"H\"", "\"headline\": \" \""));
    assertThat(e.getMessage())
        .isEqualTo(
            "headline must not be blank at" + " /domains/0/outcome/headline (line 9, column 30)");
    e = readError(SMALL.replace("\"id\": \"c2\"", "\"id\": \"c 2\""));
    assertThat(e.pointer()).isEqualTo("/capabilities/1/id");
  }

  @Test
  void wrongFormatAndUnsupportedVersionAreErrors() {
    assertThat(readError(SMALL.replace("mnr4j.framework", "mnr4j.response")).getMessage())
        .isEqualTo(
            "expected format 'mnr4j.framework' but found 'mnr4j.response' at /format"
                + " (line 2, column 13)");
    assertThat(readError(SMALL.replace("\"version\": 1", "\"version\": 2")).getMessage())
        .isEqualTo(
            "unsupported version 2 of mnr4j.framework; this release reads version 1 at"
                + " /version (line 3, column 14)");
    assertThat(readError(SMALL.replace("\"version\": 1", "\"version\": 1.0")).pointer())
        .isEqualTo("/version");
  }

  @Test
  void hostileInputFailsFast() {
    String deep = "[".repeat(200) + "]".repeat(200);
    assertThat(readError(deep).getMessage()).contains("nesting depth");
    String longString =
        SMALL.replace(
            "\"Small\"", "\"" + "x".repeat(ReadLimits.defaults().maxStringLength() + 1) + "\"");
    assertThat(readError(longString).getMessage()).contains("String value length");
  }

  @Test
  void formatsAreNamedAndUnknownNamesAreErrors() {
    assertThat(Format.of("mnr4j.framework")).isSameAs(Document.FRAMEWORK);
    assertThat(Format.of("mnr4j.tally")).isSameAs(Output.TALLY);
    assertThatThrownBy(() -> Format.of("mnr4j.nothing"))
        .isInstanceOf(MnrException.class)
        .hasMessageStartingWith(
            "unknown document format 'mnr4j.nothing'; known:"
                + " mnr4j.framework, mnr4j.instrument,");
  }

  @Test
  void everyFormatHasASchema() {
    assertThat(Format.all())
        .extracting(Format::id)
        .startsWith(
            "mnr4j.framework",
            "mnr4j.instrument",
            "mnr4j.response",
            "mnr4j.validation",
            "mnr4j.model",
            "mnr4j.scorecard",
            "mnr4j.cohort")
        .contains("mnr4j.tally", "mnr4j.ranking");
    for (Format<?> format : Format.all()) {
      assertThat(format.schema())
          .as(format.id())
          .contains("\"$id\": \"urn:io.github.mnr4j:schema:" + format.id() + ":1\"");
    }
  }
}
