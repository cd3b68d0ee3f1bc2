package io.github.mnr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every code example that a user reads is compiled and run: each {@code <pre>{@code ...}</pre>}
 * block in the javadoc of mnr-core, mnr-json and mnr-examples, and each {@code ```java} block of
 * the README. Each example becomes the body of a method in a class whose fields hold the values
 * examples take as given ({@code mnr}, {@code survey}, {@code response}, {@code assessment}, {@code
 * analysis}, ...); an example may declare its own variables of the same names.
 */
class DocumentationExamplesTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern JAVADOC_CODE =
      Pattern.compile("<pre>\\{@code\\s*\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);
  private static final Pattern README_CODE =
      Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);

  /** The values examples take as given; all from the embedded synthetic cohort. */
  private static final String FIELDS =
      String.join(
          "\n",
          "Framework mnr = Frameworks.mnr();",
          "Instrument survey = Instruments.mnrSurvey2021();",
          "MnrJson json = MnrJson.strict();",
          "Cohort cohort = SyntheticCohort.load();",
          "Response response = cohort.responses().get(6);",
          "Response r1 = cohort.responses().get(0);",
          "Response r2 = cohort.responses().get(1);",
          "Response r3 = cohort.responses().get(2);",
          "Instrument instrument = survey;",
          "ScoringModel staged = ScoringModels.staged();",
          "Validator validator = Validator.of(survey);",
          "Assessor assessor = Assessor.of(survey);",
          "Assessment assessment = assessor.assess(response);",
          "List<Assessment> assessments = List.of(assessment);",
          "CohortAnalysis analysis = CohortAnalysis.assess(cohort, survey);",
          "CohortAnalysis round2021 = analysis;",
          "CohortAnalysis round2024 = analysis;",
          "Scorecard card = ScoringModels.staged().score(assessment);",
          "List<CapabilityScore> capabilityScores = card.capabilities();",
          "Capability hotline = mnr.capability(\"csea-hotline\");",
          "String text = json.write(mnr, Document.FRAMEWORK);",
          "List<Response> responses = cohort.responses();",
          "java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();",
          "java.io.InputStream in = lines(json, r1, r2);",
          "static java.io.InputStream lines(MnrJson json, Response... responses) {",
          "  java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();",
          "  for (Response each : responses) { json.writeLine(each, Document.RESPONSE, lines); }",
          "  return new java.io.ByteArrayInputStream(lines.toByteArray());",
          "}");

  private static final String IMPORTS =
      Stream.of(
              "io.github.mnr4j",
              "io.github.mnr4j.framework",
              "io.github.mnr4j.reference",
              "io.github.mnr4j.survey",
              "io.github.mnr4j.assessment",
              "io.github.mnr4j.scoring",
              "io.github.mnr4j.cohort",
              "io.github.mnr4j.json",
              "io.github.mnr4j.examples",
              "io.github.mnr4j.examples.chart",
              "java.util",
              "java.nio.file",
              "tools.jackson.databind.json")
          .map(p -> "import " + p + ".*;")
          .collect(Collectors.joining("\n"));

  /** One example: where it is written and its code. */
  private static final class Example {
    final String origin;
    final String code;

    Example(String origin, String code) {
      this.origin = origin;
      this.code = code;
    }
  }

  static List<Example> examples() throws IOException {
    List<Example> examples = new ArrayList<>();
    for (String module : List.of("mnr-core", "mnr-json", "mnr-examples")) {
      Path sources = ROOT.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file :
            files
                .filter(f -> f.toString().endsWith(".java"))
                .sorted()
                .collect(Collectors.toList())) {
          String source = Files.readString(file);
          Matcher matcher = JAVADOC_CODE.matcher(source);
          while (matcher.find()) {
            String code =
                matcher
                    .group(1)
                    .lines()
                    .map(l -> l.replaceFirst("^\\s*\\* ?", ""))
                    .collect(Collectors.joining("\n"));
            examples.add(
                new Example(ROOT.relativize(file) + ":" + line(source, matcher.start()), code));
          }
        }
      }
    }
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher matcher = README_CODE.matcher(readme);
    while (matcher.find()) {
      String code = matcher.group(1);
      // Whole files (a consumer's program and its module-info) are built and run by
      // .ci/consumer-check, as a project of their own.
      if (!code.startsWith("package ") && !code.startsWith("module ")) {
        examples.add(new Example("README.md:" + line(readme, matcher.start()), code));
      }
    }
    return examples;
  }

  private static int line(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void everyExampleInTheDocsCompilesAndRuns() throws Exception {
    List<Example> examples = examples();
    assertThat(examples).as("examples found").hasSizeGreaterThan(40);
    Path out = Files.createTempDirectory("mnr-doc-examples");
    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      String source =
          IMPORTS
              + "\n\n@SuppressWarnings(\"all\")\npublic class Example"
              + i
              + " {\n"
              + FIELDS
              + "\n\npublic void run() throws Exception {\n"
              + examples.get(i).code
              + "\n}\n}\n";
      Path file = out.resolve("Example" + i + ".java");
      Files.writeString(file, source);
      sources.add(file);
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              out.toString(),
              "-proc:none",
              "-Xlint:none",
              "-nowarn");
      compiler
          .getTask(
              new StringWriter(),
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjectsFromPaths(sources))
          .call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        String name = Path.of(diagnostic.getSource().toUri()).getFileName().toString();
        int index = Integer.parseInt(name.replaceAll("\\D", ""));
        errors.add(
            examples.get(index).origin
                + ": "
                + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("")
                + "\n    in: "
                + examples.get(index).code.replace("\n", "\n        "));
      }
    }
    assertThat(errors).as("examples that do not compile").isEmpty();
    PrintStream original = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      for (int i = 0; i < examples.size(); i++) {
        Class<?> type = loader.loadClass("Example" + i);
        Object example = type.getDeclaredConstructor().newInstance();
        Method run = type.getMethod("run");
        try {
          run.invoke(example);
        } catch (InvocationTargetException e) {
          errors.add(examples.get(i).origin + ": " + e.getCause());
        }
      }
    } finally {
      System.setOut(original);
    }
    assertThat(errors).as("examples that fail when run").isEmpty();
  }
}
