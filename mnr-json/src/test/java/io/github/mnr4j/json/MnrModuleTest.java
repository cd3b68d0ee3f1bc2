package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The module in a mapper of the user's own. */
class MnrModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(MnrModule.strict()).build();

  @Test
  void writesAndReadsTheSameDocumentAsTheFacade() {
    String compact = mapper.writeValueAsString(Frameworks.mnr());
    assertThat(mapper.readTree(compact))
        .isEqualTo(mapper.readTree(MnrJson.strict().write(Frameworks.mnr(), Document.FRAMEWORK)));
    assertThat(mapper.readValue(compact, Framework.class)).isEqualTo(Frameworks.mnr());
  }

  @Test
  void readsFrameworksInsideOtherDocumentsWithAbsolutePointers() {
    String mnr = MnrJson.strict().write(Frameworks.mnr(), Document.FRAMEWORK);
    String wrapper = "{\"first\": " + mnr + ",\n \"second\": "
        + mnr.replace("\"domainId\": \"victim\"", "\"domainId\": \"victims\"") + "}";
    Throwable thrown = catchThrowable(() ->
        mapper.readValue(wrapper, new TypeReference<Map<String, Framework>>() {}));
    MnrJsonException e = unwrap(thrown);
    assertThat(e.pointer()).isEqualTo("/second/capabilities/7/domainId");
    assertThat(e.getMessage()).startsWith("4 problems:\n  unknown domain 'victims' for"
        + " capability 'end-to-end-support' at /second/capabilities/7/domainId");

    Map<String, Framework> both = mapper.readValue("{\"a\": " + mnr + "}",
        new TypeReference<Map<String, Framework>>() {});
    assertThat(both.get("a")).isEqualTo(Frameworks.mnr());
  }

  private static MnrJsonException unwrap(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof MnrJsonException) {
        return (MnrJsonException) t;
      }
    }
    throw new AssertionError("no MnrJsonException in " + thrown, thrown);
  }
}
