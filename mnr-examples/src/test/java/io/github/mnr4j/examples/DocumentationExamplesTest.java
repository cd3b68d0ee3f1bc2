package io.github.mnr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Every code example that a user reads is compiled and run, and the results its comments state are
 * checked ({@link ResultComments}): each {@code <pre>{@code ...}</pre>} block in the javadoc of
 * mnr-core, mnr-json and mnr-examples, and each {@code ```java} block of every markdown file. An
 * example is the body of a method in a class whose fields hold the values examples take as given
 * ({@code mnr}, {@code survey}, {@code response}, {@code assessment}, {@code analysis}, ...); an
 * example may declare its own variables of the same names. A block that is a whole file (it starts
 * with {@code package}) is compiled as it is and its {@code main} run; a {@code module-info} block
 * is built by {@code .ci/consumer-check}, which its marker names.
 */
class DocumentationExamplesTest {
  private static final Path ROOT = Docs.ROOT;
  private static final Pattern JAVADOC_CODE =
      Pattern.compile("<pre>\\{@code\\s*\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);

  /** The values examples take as given; all from the embedded synthetic cohort. */
  private static final String FIELDS =
      String.join(
          "\n",
          "Framework mnr = Frameworks.mnr();",
          "Instrument survey = Instruments.mnrSurvey2021();",
          "MnrJson json = MnrJson.strict();",
          "Cohort cohort = Cohort.builder().name(\"The example's Alliance survey responses\")"
              + ".addAllResponses(SyntheticCohort.load().responses().stream()"
              + ".filter(r -> r.instrumentReference().equals(survey.reference())).toList())"
              + ".build();",
          "Response response = cohort.responses().get(4);",
          "Response r1 = cohort.responses().get(0);",
          "Response r2 = cohort.responses().get(1);",
          "Response r3 = cohort.responses().get(2);",
          "Instrument instrument = survey;",
          "ScoringModel staged = ScoringModels.staged();",
          "Validator validator = Validator.of(survey);",
          "Assessor assessor = Assessor.of(survey);",
          "Assessment assessment = assessor.assess(response);",
          "List<Assessment> assessments = List.of(assessment);",
          "CohortAnalysis analysis = ReviewSurveys.analysis(SyntheticCohort.load());",
          "Instrument alliance = survey;",
          "Instrument unicef = Instruments.unicefSurvey2021();",
          "Crosswalk unicefToAlliance = ReviewSurveys.crosswalk();",
          "CohortAnalysis round2021 = analysis;",
          "CohortAnalysis round2024 = analysis;",
          "Scorecard card = ScoringModels.staged().score(assessment);",
          "List<CapabilityScore> capabilityScores = card.capabilities();",
          "Capability hotline = mnr.capability(\"csea-hotline\");",
          "String text = json.write(mnr, Document.FRAMEWORK);",
          "List<Response> responses = cohort.responses();",
          "java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();",
          "java.io.InputStream in = lines(json, r1, r2);",
          "UncertainModel model = UncertainModel.certain(ScoringModels.staged());",
          "static ScoringModel myModel(double coverage) { return ScoringModels.staged(); }",
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
              "io.github.mnr4j.crosswalk",
              "io.github.mnr4j.translation",
              "io.github.mnr4j.json",
              "io.github.mnr4j.examples",
              "io.github.mnr4j.examples.chart",
              "java.util",
              "java.util.stream",
              "java.nio.file",
              "java.time",
              "tools.jackson.databind.json")
          .map(p -> "import " + p + ".*;")
          .collect(Collectors.joining("\n"));

  /** One example: where it is written, its code with result checks, and whether it is a file. */
  private static final class Example {
    final String origin;
    final String code;
    final boolean wholeFile;

    Example(String origin, String code, boolean wholeFile) {
      this.origin = origin;
      this.code = code;
      this.wholeFile = wholeFile;
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
            int first = line(source, matcher.start()) + 1;
            String name = ROOT.relativize(file).toString();
            examples.add(
                new Example(
                    name + ":" + first,
                    ResultComments.withChecks(code, n -> name + ":" + (first + n)),
                    false));
          }
        }
      }
    }
    // A markdown file's snippets run as one, in order, as a reader goes through a guide: a later
    // snippet uses what an earlier one made.
    Map<Path, Example> guides = new LinkedHashMap<>();
    for (Docs.Block block : Docs.blocks()) {
      if (!block.language().equals("java")) {
        continue;
      }
      String origin = block.origin(0);
      if (block.text().startsWith("module ")) {
        assertThat(block.marker())
            .as("%s: a module-info needs its consumer-check marker", origin)
            .isPresent();
        continue;
      }
      String code = ResultComments.withChecks(block.text(), block::origin);
      if (block.text().startsWith("package ")) {
        examples.add(new Example(origin, code, true));
      } else {
        Example before = guides.get(block.file());
        guides.put(
            block.file(),
            before == null
                ? new Example(origin, code, false)
                : new Example(before.origin, before.code + "\n" + code, false));
      }
    }
    examples.addAll(guides.values());
    return examples;
  }

  private static int line(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void everyExampleInTheDocsCompilesAndRuns() throws Exception {
    ResultComments.reset();
    List<Example> examples = examples();
    assertThat(examples).as("examples found").hasSizeGreaterThan(40);
    assertThat(examples).as("programs found").anyMatch(e -> e.wholeFile);
    Path out = Files.createTempDirectory("mnr-doc-examples");
    Map<Path, Integer> sources = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      Path file;
      if (example.wholeFile) {
        // A program as a user saves it: in its package's directory, named by its public class.
        Matcher type = PUBLIC_TYPE.matcher(example.code);
        assertThat(type.find()).as("%s: a program with a public class", example.origin).isTrue();
        Matcher pkg = PACKAGE.matcher(example.code);
        assertThat(pkg.find()).isTrue();
        Path directory = out.resolve("program" + i).resolve(pkg.group(1).replace('.', '/'));
        Files.createDirectories(directory);
        file = directory.resolve(type.group(1) + ".java");
        Files.writeString(file, example.code);
      } else {
        file = out.resolve("Example" + i + ".java");
        Files.writeString(
            file,
            IMPORTS
                + "\n\n@SuppressWarnings(\"all\")\npublic class Example"
                + i
                + " {\n"
                + FIELDS
                + "\n\npublic void run() throws Exception {\n"
                + example.code
                + "\n}\n}\n");
      }
      sources.put(file, i);
    }
    List<String> errors = new ArrayList<>();
    // The examples together; each program alone, into a directory of its own.
    List<Path> snippets = new ArrayList<>();
    for (Map.Entry<Path, Integer> source : sources.entrySet()) {
      Example example = examples.get(source.getValue());
      if (example.wholeFile) {
        compile(
            List.of(source.getKey()),
            out.resolve("classes" + source.getValue()),
            examples,
            sources,
            errors);
      } else {
        snippets.add(source.getKey());
      }
    }
    compile(snippets, out.resolve("classes"), examples, sources, errors);
    assertThat(errors).as("examples that do not compile").isEmpty();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      for (Map.Entry<Path, Integer> source : sources.entrySet()) {
        int i = source.getValue();
        Example example = examples.get(i);
        Path classes = out.resolve(example.wholeFile ? "classes" + i : "classes");
        try (URLClassLoader loader =
            new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
          try {
            if (example.wholeFile) {
              Matcher pkg = PACKAGE.matcher(example.code);
              Matcher type = PUBLIC_TYPE.matcher(example.code);
              pkg.find();
              type.find();
              Class<?> program = loader.loadClass(pkg.group(1) + "." + type.group(1));
              program.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
            } else {
              Class<?> type = loader.loadClass("Example" + i);
              type.getMethod("run").invoke(type.getDeclaredConstructor().newInstance());
            }
          } catch (InvocationTargetException e) {
            errors.add(example.origin + ": " + e.getCause());
          }
        }
      }
    } finally {
      System.setOut(original);
    }
    assertThat(errors).as("examples that fail when run, or whose results differ").isEmpty();
    assertThat(ResultComments.unchecked()).as("results stated but never checked").isEmpty();
  }

  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^public (?:final )?(?:class|record|enum|interface) (\\w+)", Pattern.MULTILINE);

  private static void compile(
      List<Path> files,
      Path classes,
      List<Example> examples,
      Map<Path, Integer> sources,
      List<String> errors)
      throws IOException {
    if (files.isEmpty()) {
      return;
    }
    Files.createDirectories(classes);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString(),
              "-proc:none",
              "-Xlint:none",
              "-nowarn");
      compiler
          .getTask(
              new StringWriter(),
              fileManager,
              diagnostics,
              options,
              null,
              fileManager.getJavaFileObjectsFromPaths(files))
          .call();
    }
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        Example example = examples.get(sources.get(Path.of(diagnostic.getSource().toUri())));
        errors.add(
            example.origin
                + ": "
                + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("")
                + "\n    in: "
                + example.code.replace("\n", "\n        "));
      }
    }
  }
}
