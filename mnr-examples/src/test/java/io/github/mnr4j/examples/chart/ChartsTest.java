package io.github.mnr4j.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.cohort.DisclosurePolicy;
import io.github.mnr4j.cohort.RoundComparison;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.examples.ReviewSurveys;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.scoring.Ranker;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Instruments;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The charts, read back from their SVG: well-formed, labelled, and with bars as long as the numbers
 * they stand for.
 */
class ChartsTest {
  private static final CohortAnalysis EXAMPLE = ReviewSurveys.analysis(SyntheticCohort.load());

  /** Figure 1's per cent yes, row by row, as the report prints them (published-figures.md). */
  private static final int[] FIGURE1 = {
    76, 83, 100, 88, 71, 69, 69, 83, 81, 95, 90, 76, 71, 59, 73, 61, 55, 50
  };

  private static final String BAR = "fill:rgb(31,78,121)";

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static List<Double> barWidths(Document svg) {
    List<Double> widths = new ArrayList<>();
    NodeList rects = svg.getElementsByTagName("rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (rect.getAttribute("style").contains(BAR)) {
        widths.add(Double.parseDouble(rect.getAttribute("width")));
      }
    }
    return widths;
  }

  private static List<String> texts(Document svg) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = svg.getElementsByTagName("text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void figure1BarsAreAsLongAsThePublishedPercentages() throws Exception {
    Charts.Chart chart = Charts.figure1(EXAMPLE.tally(TallyView.figure1()), "example", true);
    Document svg = parse(chart.svg());
    List<Double> widths = barWidths(svg);
    assertThat(widths).hasSize(18);
    double full = widths.get(2); // Law enforcement capability: 100 per cent
    for (int row = 0; row < 18; row++) {
      assertThat(widths.get(row) / full)
          .as("row %d", row)
          .isCloseTo(FIGURE1[row] / 100.0, org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(texts(svg))
        .contains(
            "Snapshot of capabilities in place",
            Charts.SYNTHETIC,
            "Leadership",
            "76%",
            "88% (of 41)",
            "100%",
            "Source: example; computed by mnr4j");
  }

  @Test
  void onlySyntheticDataSaySo() throws Exception {
    Charts.Chart chart = Charts.figure1(EXAMPLE.tally(TallyView.figure1()), "round", false);
    assertThat(texts(parse(chart.svg())))
        .doesNotContain(Charts.SYNTHETIC)
        .contains("Source: round; computed by mnr4j");
  }

  /**
   * Values are drawn as they are, whatever they hold: '&amp;' and '&lt;' as those characters, not
   * as '&' and '<'; control characters escaped, so that the SVG stays well-formed XML.
   */
  @Test
  void valuesAreDrawnAsTheyAreAndTheSvgStaysWellFormed() throws Exception {
    String value = "a & b &amp; c &lt; d < e \u001b[2J \u0085 f";
    List<io.github.mnr4j.survey.Response> marked = new ArrayList<>();
    for (io.github.mnr4j.survey.Response response : SyntheticCohort.load().responses()) {
      io.github.mnr4j.survey.Jurisdiction j = response.jurisdiction();
      marked.add(
          response.withJurisdiction(
              io.github.mnr4j.survey.Jurisdiction.builder()
                  .id(j.id())
                  .name(j.name())
                  .putAllAttributes(j.attributes())
                  .putAttribute("group", j.id().compareTo("C10") < 0 ? value : "other")
                  .build()));
    }
    CohortAnalysis analysis =
        ReviewSurveys.analysis(
            io.github.mnr4j.cohort.Cohort.builder().name(value).addAllResponses(marked).build());
    Charts.Chart chart =
        Charts.breakdown(
            analysis.breakdown(TallyView.figure1(), "group", DisclosurePolicy.standard()),
            value,
            true);
    chart.addNotes(List.of("note: " + value));
    String expected = "a & b &amp; c &lt; d < e \\u001b[2J \\u0085 f";
    List<String> texts = texts(parse(chart.svg()));
    assertThat(texts).contains(expected + " (9)", "note: " + expected);
    assertThat(String.join("|", texts)).doesNotContain("\u001b").doesNotContain("a & b & c");
    // The PNG is drawn from the same chart, whose texts the SVG left as they were.
    assertThat(ImageIO.read(new ByteArrayInputStream(chart.png()))).isNotNull();
    assertThat(texts(parse(chart.svg()))).isEqualTo(texts);
  }

  @Test
  void aBreakdownNamesItsSuppressedGroupsAndDrawsTheOthers() throws Exception {
    Charts.Chart chart =
        Charts.breakdown(
            EXAMPLE.breakdown(
                TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(5)),
            "example",
            true);
    Document svg = parse(chart.svg());
    List<String> texts = texts(svg);
    assertThat(texts)
        .contains(
            "suppressed, too small or giving a small group away (minimum group size 5):"
                + " Lower-middle income, Low income",
            "High income (15)",
            Charts.SYNTHETIC);
    assertThat(String.join("|", texts)).doesNotContain("Low income (");
    // The first series: high income, 18 rows, Leadership at 100 per cent.
    assertThat(barWidths(svg)).hasSize(18);
  }

  @Test
  void optionsScorecardRankingAndProgressDraw() throws Exception {
    List<String> options =
        texts(
            parse(
                Charts.options(
                        EXAMPLE.options("q6"),
                        Instruments.mnrSurvey2021().question("q6"),
                        "example",
                        true)
                    .svg()));
    assertThat(options).anyMatch(t -> t.startsWith("q6: "));
    // A legend line says which bars the report published; the others are the example's own.
    assertThat(String.join(" ", options))
        .contains("Published by Framing the future (2022) on this base: capability-guide,")
        .contains("progress-framework, and two or more;")
        .contains("other counts are invented.");
    assertThat(
            String.join(
                " ",
                texts(
                    parse(
                        Charts.options(
                                EXAMPLE.options("q28"),
                                Instruments.mnrSurvey2021().question("q28"),
                                "example",
                                true)
                            .svg()))))
        .contains("Framing the future (2022) publishes none of these counts on this base;");
    assertThat(
            String.join(
                " ",
                texts(
                    parse(
                        Charts.breakdown(
                                EXAMPLE.breakdown(
                                    TallyView.figure1(),
                                    "incomeGroup",
                                    DisclosurePolicy.withMinGroupSize(5)),
                                "example",
                                true)
                            .svg()))))
        .contains("No bar is published (Framing the future (2022) publishes no breakdown");
    List<Double> levels =
        barWidths(
            parse(
                Charts.scorecard(ScoringModels.staged().score(EXAMPLE.assessment("C07")), true)
                    .svg()));
    assertThat(levels).hasSize(21);
    Ranking ranking =
        EXAMPLE.assessments().stream()
            .collect(
                Accumulator.collector(
                    () ->
                        Ranker.of(ScoringModels.index())
                            .withDraws(50)
                            .withSeed(1)
                            .accumulator(EXAMPLE.instrument().framework())));
    Document ranked = parse(Charts.ranking(ranking, "example", true).svg());
    assertThat(barWidths(ranked)).hasSize(ranking.entries().size());
    assertThat(texts(ranked)).contains(ranking.entries().get(0).jurisdictionId());
    Document progress =
        parse(Charts.progress(RoundComparison.compare(EXAMPLE, EXAMPLE), true).svg());
    assertThat(texts(progress)).contains("0 capabilities gained, 0 lost");
  }

  /**
   * The chart inline in a page has no style attribute (a strict Content-Security-Policy would drop
   * them), and draws the same: each style's declarations are attributes of the same element.
   */
  @Test
  void inlineSvgDrawsTheSameWithoutStyleAttributes() throws Exception {
    Charts.Chart chart =
        Charts.scorecard(ScoringModels.staged().score(EXAMPLE.assessment("C07")), true);
    Document styled = parse(chart.svg());
    String inline = chart.inlineSvg("Levels of C07 & \"its\" <capabilities>");
    assertThat(inline).startsWith("<svg ").doesNotContain(" style=").doesNotContain("<?xml");
    Document attributed = parse(inline);
    Element root = attributed.getDocumentElement();
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label")).isEqualTo("Levels of C07 & \"its\" <capabilities>");
    assertThat(root.getAttribute("viewBox"))
        .isEqualTo(
            "0 0 "
                + root.getAttribute("width").replace(".0", "")
                + " "
                + root.getAttribute("height").replace(".0", ""));
    assertThat(texts(attributed)).isEqualTo(texts(styled));
    for (String tag : List.of("rect", "line", "text", "path")) {
      NodeList before = styled.getElementsByTagName(tag);
      NodeList after = attributed.getElementsByTagName(tag);
      assertThat(after.getLength()).as(tag).isEqualTo(before.getLength());
      for (int i = 0; i < before.getLength(); i++) {
        Element was = (Element) before.item(i);
        Element is = (Element) after.item(i);
        for (String declaration : was.getAttribute("style").split(";")) {
          if (declaration.contains(":")) {
            String[] parts = declaration.split(":", 2);
            assertThat(is.getAttribute(parts[0].strip()))
                .as("%s %d %s", tag, i, parts[0])
                .isEqualTo(parts[1].strip());
          }
        }
      }
    }
  }

  @Test
  void pngIsAnImageOfTheSameSizeOrScaled() throws Exception {
    Charts.Chart chart = Charts.figure1(EXAMPLE.tally(TallyView.figure1()), "example", true);
    var image = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertThat(new int[] {image.getWidth(), image.getHeight()}).isEqualTo(chart.size());
    var scaled = ImageIO.read(new ByteArrayInputStream(chart.png(2)));
    assertThat(new int[] {scaled.getWidth(), scaled.getHeight()})
        .containsExactly(2 * chart.size()[0], 2 * chart.size()[1]);
    assertThatThrownBy(() -> chart.png(5)).hasMessage("the scale is 1 to 4, not 5");
    assertThatThrownBy(() -> chart.png(0)).hasMessage("the scale is 1 to 4, not 0");
  }

  /**
   * Texts of any length are drawn cut to a few hundred characters (JFreeChart wraps in time that
   * grows with the square of a text's length), and a chart of more rows than anyone reads is
   * refused rather than drawn into an image too large to hold.
   */
  @Test
  void longTextsAreCutAndTallChartsRefused() throws Exception {
    String longLabel = "L".repeat(100_000);
    Charts.Chart chart =
        Charts.figure1(
            EXAMPLE.tally(TallyView.of("long", List.of(TallyView.Row.of(longLabel, "leadership")))),
            "N".repeat(100_000),
            true);
    List<String> texts = texts(parse(chart.svg()));
    assertThat(texts).allMatch(text -> text.length() <= Charts.MAX_TEXT);
    assertThat(String.join("", texts)).contains("\u2026");
    List<TallyView.Row> rows = new ArrayList<>();
    for (int r = 0; r <= Charts.Chart.MAX_ROWS; r++) {
      rows.add(TallyView.Row.of("row " + r, "leadership"));
    }
    assertThatThrownBy(
            () -> Charts.figure1(EXAMPLE.tally(TallyView.of("tall", rows)), "example", true))
        .hasMessage(
            "a chart of 501 rows of bars is too tall to draw (at most 500); a table shows them all");
  }

  /** The axis of a share ends at 100%, not beyond. */
  @Test
  void figure1sAxisEndsAtAHundredPerCent() throws Exception {
    List<String> texts =
        texts(parse(Charts.figure1(EXAMPLE.tally(TallyView.figure1()), "example", true).svg()));
    List<Integer> ticks =
        texts.stream().filter(t -> t.matches("\\d+")).map(Integer::valueOf).toList();
    assertThat(ticks).contains(0, 100).allMatch(tick -> tick <= 100);
  }

  /**
   * No bar's label runs past the axis's end, where the chart cuts it off: the longest bars carry
   * theirs inside. The axis's end is the middle of its last tick label ("100", or the top level).
   */
  @Test
  void noBarLabelRunsPastTheAxis() throws Exception {
    assertLabelsWithinTheAxis(
        Charts.figure1(EXAMPLE.tally(TallyView.figure1()), "example", true).svg(),
        t -> t.endsWith("%") || t.endsWith(")"));
    for (String id : List.of("C01", "C02", "C07")) {
      for (String model : List.of("staged", "index", "presence")) {
        assertLabelsWithinTheAxis(
            Charts.scorecard(ScoringModels.builtIn(model).score(EXAMPLE.assessment(id)), true)
                .svg(),
            t -> t.matches("[a-z-]+") && !t.contains("-") && !t.equals("level"));
      }
    }
    assertLabelsWithinTheAxis(
        Charts.breakdown(
                EXAMPLE.breakdown(
                    TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(5)),
                "example",
                true)
            .svg(),
        t -> t.matches("\\d+%"));
  }

  private static void assertLabelsWithinTheAxis(
      String svg, java.util.function.Predicate<String> isBarLabel) throws Exception {
    NodeList nodes = parse(svg).getElementsByTagName("text");
    double axisEnd = Double.NaN;
    List<Element> labels = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element text = (Element) nodes.item(i);
      if (text.getTextContent().matches("\\d+")) {
        double middle = Double.parseDouble(text.getAttribute("x")) + width(text) / 2;
        axisEnd = Double.isNaN(axisEnd) ? middle : Math.max(axisEnd, middle);
      } else if (isBarLabel.test(text.getTextContent())) {
        labels.add(text);
      }
    }
    assertThat(axisEnd).as("the axis's last tick").isNotNaN();
    assertThat(labels).isNotEmpty();
    for (Element label : labels) {
      assertThat(Double.parseDouble(label.getAttribute("x")) + width(label))
          .as("the end of label '%s'", label.getTextContent())
          .isLessThanOrEqualTo(axisEnd + 1);
    }
  }

  /** A text's width as drawn, from its font size. */
  private static double width(Element text) {
    Matcher size = Pattern.compile("font-size: (\\d+)px").matcher(text.getAttribute("style"));
    assertThat(size.find()).isTrue();
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Integer.parseInt(size.group(1)));
    return font.getStringBounds(text.getTextContent(), new FontRenderContext(null, true, true))
        .getWidth();
  }

  @Test
  void anIndexIntervalReadsAHairBelowZeroAsZero() {
    assertThat(Charts.interval(0.004, -0.003, 0.011)).isEqualTo("0.00 (0.00 to 0.01)");
    assertThat(Charts.interval(0.83, 0.78, 0.89)).isEqualTo("0.83 (0.78 to 0.89)");
    assertThat(Charts.interval(-0.02, -0.05, 0.01)).isEqualTo("-0.02 (-0.05 to 0.01)");
  }
}
