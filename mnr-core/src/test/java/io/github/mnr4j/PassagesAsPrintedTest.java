package io.github.mnr4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.framework.Passage;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every text mnr4j holds as the report's words, read back against the report: the framework's
 * passages (Aims, Call to action, Box 1), the survey's passages, section introductions, outcomes
 * and capability lines, and its questions and options. The comparison is normalised (white space,
 * list marks, bold marks) so that the layout of the report's text does not matter and a wrong word
 * or mark does. Words in square brackets are mnr4j's reconstructions of words the report's text
 * lost: they stand for at most a few words of the print, and the letters around them must be the
 * print's.
 */
class PassagesAsPrintedTest {
  private static final String EXCERPTS = "/io/github/mnr4j/report-excerpts.txt";

  /** The report's text beside the repository, where a maintainer's checkout has it. */
  private static final Path REPORT = Path.of("../../shared/reference/000_994874e658c963df.txt");

  private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]");

  /**
   * Question and option texts the report's text cannot give back: its extraction reads the survey's
   * two columns as one line, so these are interleaved with their neighbours' words. The list is
   * exact: a text that stops being found, or starts being found, fails the test.
   */
  private static final Set<String> INTERLEAVED_IN_THE_EXTRACTION =
      Set.of(
          "q7",
          "q8",
          "q10",
          "q12",
          "q13",
          "q15",
          "q16",
          "q17 option background-checks",
          "q17 option csam-possession",
          "q17 option grooming-intent-to-meet",
          "q17 option grooming-regardless-of-intent",
          "q17 option mandatory-reporting",
          "q17 option sex-offender-register",
          "q18",
          "q23",
          "q24",
          "q26",
          "q28 option sex-offender-register",
          "q29",
          "q42",
          "q43",
          "q44 option child-friendly-information",
          "q44 option compensation",
          "q44 option complaints-procedure",
          "q44 option recovery-services",
          "q45",
          "q46",
          "q47",
          "q52",
          "q62 option family-and-friends",
          "q67",
          "q68",
          "q69",
          "q70",
          "q75");

  @Test
  void everyHeldPassageIsTheReportsWords() throws IOException {
    String report = normalise(String.join("\n", excerptLines(false)));
    Map<String, String> missing = new LinkedHashMap<>();
    Map<String, String> held = heldTexts();
    for (Map.Entry<String, String> text : held.entrySet()) {
      if (!pattern(text.getValue()).matcher(report).find()) {
        missing.put(text.getKey(), text.getValue());
      }
    }
    assertThat(held).hasSizeGreaterThan(200);
    assertThat(missing.keySet())
        .as("texts not found as the report prints them: %s", missing)
        .containsExactlyInAnyOrderElementsOf(INTERLEAVED_IN_THE_EXTRACTION);
  }

  /** The check fails on a changed word, a changed dash and a letter moved out of brackets. */
  @Test
  void aWrongWordIsFound() throws IOException {
    String report = normalise(String.join("\n", excerptLines(false)));
    String held = Frameworks.mnr().passage("box-1-sdg-16-2").text();
    assertThat(pattern(held).matcher(report).find()).isTrue();
    assertThat(pattern(held.replace("primarily", "mainly")).matcher(report).find()).isFalse();
    assertThat(pattern(held.replace("16.2 \u2013 End", "16.2 - End")).matcher(report).find())
        .isFalse();
    String option =
        Instruments.mnrSurvey2021().question("q17").options().stream()
            .filter(o -> o.id().equals("child-friendly-justice"))
            .findFirst()
            .orElseThrow()
            .text();
    assertThat(pattern(option).matcher(report).find()).isTrue();
    assertThat(pattern(option.replace("child-friend]ly", "child-frie]ndly")).matcher(report).find())
        .isFalse();
  }

  /** Where the report's text is at hand, the excerpts are its lines, unchanged. */
  @Test
  void theExcerptsAreTheReportsLines() throws IOException {
    Assumptions.assumeTrue(
        Files.exists(REPORT), "the report's text is not beside this checkout: " + REPORT);
    List<String> report = Files.readAllLines(REPORT, StandardCharsets.UTF_8);
    List<String> lines = excerptLines(true);
    int checked = 0;
    int next = -1;
    for (String line : lines) {
      Matcher block = Pattern.compile("@lines (\\d+)-(\\d+)").matcher(line);
      if (block.matches()) {
        next = Integer.parseInt(block.group(1));
        continue;
      }
      assertThat(line).as("line %d", next).isEqualTo(report.get(next - 1));
      next++;
      checked++;
    }
    assertThat(checked).isGreaterThan(300);
  }

  /** The texts held as the report's words, by where they are held. */
  private static Map<String, String> heldTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    Framework mnr = Frameworks.mnr();
    Instrument survey = Instruments.mnrSurvey2021();
    List<Passage> passages = new ArrayList<>(mnr.passages());
    passages.addAll(survey.passages());
    for (Passage passage : passages) {
      texts.put("passage " + passage.id(), passage.text());
      passage.heading().ifPresent(h -> texts.put("passage " + passage.id() + " heading", h));
    }
    for (Section section : survey.sections()) {
      section
          .introduction()
          .ifPresent(text -> texts.put("section " + section.id() + " introduction", text));
      section.outcome().ifPresent(text -> texts.put("section " + section.id() + " outcome", text));
      section
          .capabilityBlurbs()
          .forEach(
              (capability, blurb) ->
                  texts.put("section " + section.id() + " blurb on " + capability, blurb));
    }
    for (var question : survey.questions()) {
      texts.put(question.id(), question.text());
      for (var option : question.options()) {
        texts.put(question.id() + " option " + option.id(), option.text());
      }
    }
    return texts;
  }

  /** The report's words as a pattern: literal, but each bracketed reconstruction a short gap. */
  private static Pattern pattern(String held) {
    String text = normalise(held);
    StringBuilder regex = new StringBuilder();
    Matcher brackets = BRACKETS.matcher(text);
    int at = 0;
    while (brackets.find()) {
      regex.append(Pattern.quote(text.substring(at, brackets.start())));
      regex.append(".{0,40}?");
      at = brackets.end();
    }
    regex.append(Pattern.quote(text.substring(at)));
    return Pattern.compile(regex.toString());
  }

  /**
   * No white space at all, since the report's text splits words at its table cells ("tar\tget"); no
   * list marks or bold marks; one apostrophe. Words and punctuation are compared.
   */
  private static String normalise(String text) {
    return text.replaceAll("(?m)^\\s*- ", "")
        .replace("**", "")
        .replace('\u2019', '\'')
        .replaceAll("\\s+", "");
  }

  private static List<String> excerptLines(boolean withBlockMarks) throws IOException {
    try (InputStream in = PassagesAsPrintedTest.class.getResourceAsStream(EXCERPTS)) {
      assertThat(in).as(EXCERPTS).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.startsWith("#"))
          .filter(line -> withBlockMarks || !line.startsWith("@lines "))
          .toList();
    }
  }
}
