package io.github.mnr4j.examples.chart;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.cohort.Breakdown;
import io.github.mnr4j.cohort.DisclosurePolicy;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.RoundComparison;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyRow;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.scoring.CapabilityScore;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.ModelComparison;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.Sensitivity;
import io.github.mnr4j.scoring.Stability;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Bar charts of mnr4j's results, drawn as the report draws its figures: horizontal bars, one
 * category a row, the value at the bar's end. Each method takes a result of mnr-core and returns a
 * {@link Chart} to write as SVG or PNG; a chart of synthetic data says so on the chart itself,
 * under the title.
 *
 * <pre>{@code
 * Charts.Chart figure1 = Charts.figure1(analysis.tally(TallyView.figure1()), "Example", true);
 * Path charts = Files.createTempDirectory("charts");
 * Files.writeString(charts.resolve("figure1.svg"), figure1.svg());
 * Files.write(charts.resolve("figure1.png"), figure1.png());
 * }</pre>
 */
public final class Charts {
  /** The bars' colour, one for a single series: the report's blue. */
  static final Color BAR = new Color(0x1F, 0x4E, 0x79);

  /** The part of a bar for no level: grey, apart from the levels' colours. */
  private static final Color NO_LEVEL = new Color(0xBD, 0xC3, 0xC7);

  /** The further series' colours, in order. */
  private static final Color[] SERIES = {
    BAR,
    new Color(0xE0, 0x8A, 0x1E),
    new Color(0x4C, 0x9A, 0x2A),
    new Color(0x8E, 0x44, 0xAD),
    new Color(0xC0, 0x39, 0x2B),
    new Color(0x7F, 0x8C, 0x8D)
  };

  /** What a chart of synthetic data says under its title. */
  public static final String SYNTHETIC =
      "SYNTHETIC DATA: made-up jurisdictions, not real" + " countries";

  private static final int WIDTH = 900;

  private Charts() {}

  /** A chart ready to write. */
  public static final class Chart {
    /** The largest factor {@link #png(int)} scales by: 3,600 pixels across. */
    public static final int MAX_SCALE = 4;

    /**
     * The most rows of bars a chart draws: a taller image is too large to hold in a small heap (and
     * no one reads it); a table shows any number of rows.
     */
    public static final int MAX_ROWS = 500;

    private final JFreeChart chart;
    private final int width;
    private int height;

    Chart(JFreeChart chart, int rows) {
      if (rows > MAX_ROWS) {
        throw new MnrException(
            "a chart of "
                + rows
                + " rows of bars is too tall to draw (at most "
                + MAX_ROWS
                + "); a table shows them all");
      }
      this.chart = chart;
      this.width = WIDTH;
      this.height = 160 + 26 * rows;
      // JFreeChart wraps a text in time that grows with the square of its length.
      if (chart.getTitle() != null) {
        chart.getTitle().setText(clip(chart.getTitle().getText()));
      }
      for (int s = 0; s < chart.getSubtitleCount(); s++) {
        if (chart.getSubtitle(s) instanceof TextTitle subtitle) {
          subtitle.setText(clip(subtitle.getText()));
        }
      }
    }

    /**
     * Returns the chart as an SVG document.
     *
     * @return the SVG, UTF-8 text
     */
    public String svg() {
      SVGGraphics2D g2 = new SVGGraphics2D(width, height);
      // JFreeSVG leaves '&amp;' and its like as they are, taking them for escaped already: a
      // value holding them would be drawn as '&'. Drawn for SVG, every '&' is escaped first.
      List<TextTitle> titles = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      if (chart.getTitle() != null) {
        titles.add(chart.getTitle());
      }
      for (int s = 0; s < chart.getSubtitleCount(); s++) {
        if (chart.getSubtitle(s) instanceof TextTitle subtitle) {
          titles.add(subtitle);
        }
      }
      titles.forEach(title -> texts.add(title.getText()));
      DRAWING_SVG.set(true);
      try {
        titles.forEach(title -> title.setText(drawn(title.getText())));
        chart.draw(g2, new Rectangle(0, 0, width, height));
      } finally {
        DRAWING_SVG.remove();
        for (int t = 0; t < titles.size(); t++) {
          titles.get(t).setText(texts.get(t));
        }
      }
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
    }

    /**
     * Returns the chart as an {@code <svg>} element to put inside an HTML page: drawn as {@link
     * #svg()}, but with its styles written as presentation attributes, so that a page whose
     * Content-Security-Policy forbids inline styles (as {@code mnr serve}'s does) still shows it.
     * It scales to its container (a {@code viewBox}) and is an image named for assistive
     * technology.
     *
     * @param label what the chart shows, in words, for those who cannot see it
     * @return the element, UTF-8 text
     */
    public String inlineSvg(String label) {
      String drawn = svg();
      Matcher styles = STYLE.matcher(drawn.substring(drawn.indexOf("<svg")));
      StringBuilder element = new StringBuilder();
      while (styles.find()) {
        // Every property JFreeSVG writes (fill, stroke and font ones, shape-rendering) is also a
        // presentation attribute, which the policy does not govern.
        StringJoiner attributes = new StringJoiner(" ");
        for (String declaration : styles.group(1).split(";")) {
          int colon = declaration.indexOf(':');
          if (colon > 0) {
            attributes.add(
                declaration.substring(0, colon).strip()
                    + "='"
                    + declaration.substring(colon + 1).strip()
                    + "'");
          }
        }
        styles.appendReplacement(element, Matcher.quoteReplacement(attributes.toString()));
      }
      styles.appendTail(element);
      return element
          .toString()
          .strip()
          .replaceFirst(
              "^<svg ",
              Matcher.quoteReplacement(
                  "<svg role='img' aria-label='"
                      + SVGUtils.escapeForXML(label)
                      + "' viewBox='0 0 "
                      + width
                      + " "
                      + height
                      + "' "));
    }

    /** A style attribute as JFreeSVG writes it. */
    private static final Pattern STYLE = Pattern.compile("style='([^']*)'");

    /**
     * Returns the chart as a PNG image.
     *
     * @return the PNG's bytes
     */
    public byte[] png() {
      return png(1);
    }

    /**
     * Returns the chart as a PNG image of {@code scale} times as many pixels each way, laid out as
     * at scale 1: 2 gives 1800 pixels across, enough to print a page's width at 200 dots an inch.
     *
     * @param scale the factor, 1 to {@value #MAX_SCALE}
     * @return the PNG's bytes
     * @throws IllegalArgumentException if the scale is out of range
     */
    public byte[] png(int scale) {
      if (scale < 1 || scale > MAX_SCALE) {
        throw new IllegalArgumentException("the scale is 1 to " + MAX_SCALE + ", not " + scale);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        ChartUtils.writeScaledChartAsPNG(out, chart, width, height, scale, scale);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array does not fail
      }
      return out.toByteArray();
    }

    /**
     * Adds notes under the chart, each a line of its own above the source, in the order given: what
     * a table would say in its notes, such as the responses with validation errors counted.
     *
     * @param notes the notes
     */
    public void addNotes(List<String> notes) {
      for (String note : notes) {
        TextTitle line = new TextTitle(clip(note), new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        line.setPosition(RectangleEdge.BOTTOM);
        line.setHorizontalAlignment(HorizontalAlignment.LEFT);
        line.setMaximumLinesToDisplay(3);
        chart.addSubtitle(chart.getSubtitleCount() - 1, line);
        height += 18 * Math.min(3, 1 + note.length() / 140);
      }
    }

    /**
     * Returns the size.
     *
     * @return width and height in pixels
     */
    public int[] size() {
      return new int[] {width, height};
    }
  }

  /**
   * Figure 1: per row, the share of jurisdictions that have the capability in place among those who
   * answered, "of N" where a row's N is not the cohort's size.
   *
   * @param tally a tally in the Figure 1 view (or any view)
   * @param cohort the cohort's name, for the source line
   * @param synthetic whether the data are synthetic
   * @return the chart
   */
  public static Chart figure1(Tally tally, String cohort, boolean synthetic) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> labels = new ArrayList<>();
    for (TallyRow row : tally.rows()) {
      if (row.percentYes().isPresent()) {
        data.addValue(row.percentYes().getAsInt(), "% yes", row.label());
      } else {
        data.addValue(null, "% yes", row.label());
      }
      labels.add(
          row.percentYes().isEmpty()
              ? "no answers"
              : row.percentYes().getAsInt()
                  + "%"
                  + (row.denominator() == tally.jurisdictionCount()
                      ? ""
                      : " (of " + row.denominator() + ")"));
    }
    JFreeChart chart =
        bars(
            "Snapshot of capabilities in place",
            "% yes of those who answered",
            data,
            (series, column) -> labels.get(column),
            100);
    describe(
        chart,
        synthetic,
        tally.jurisdictionCount()
            + " jurisdictions; per cent yes among"
            + " those who answered, halves rounded up",
        cohort);
    Chart drawn = new Chart(chart, tally.rows().size());
    drawn.addNotes(publishedRows(tally.rows(), synthetic));
    return drawn;
  }

  /**
   * A breakdown: Figure 1's per cent yes, a bar per shown group; suppressed groups are named under
   * the title, without counts.
   *
   * @param breakdown the breakdown
   * @param cohort the cohort's name
   * @param synthetic whether the data are synthetic
   * @return the chart
   */
  public static Chart breakdown(Breakdown breakdown, String cohort, boolean synthetic) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> suppressed = new ArrayList<>();
    int rows = 0;
    for (Breakdown.Group group : breakdown.groups()) {
      if (group.tally().isEmpty()) {
        suppressed.add(group.label());
        continue;
      }
      String series = clip(group.label()) + " (" + group.size() + ")";
      for (TallyRow row : group.tally().get().rows()) {
        data.addValue(
            row.percentYes().isPresent() ? row.percentYes().getAsInt() : null, series, row.label());
      }
      rows = group.tally().get().rows().size();
    }
    JFreeChart chart =
        bars(
            "Capabilities in place by " + breakdown.attribute(),
            "% yes of those who answered",
            data,
            (series, column) -> {
              Number value = data.getValue(series.intValue(), column.intValue());
              return value == null ? "" : value.intValue() + "%";
            },
            100);
    chart.getCategoryPlot().getRenderer().setDefaultSeriesVisibleInLegend(true);
    List<String> notes = new ArrayList<>();
    breakdown.groups().stream()
        .flatMap(group -> group.tally().stream())
        .findFirst()
        .ifPresent(tally -> notes.addAll(publishedRows(tally.rows(), synthetic)));
    describe(
        chart,
        synthetic,
        suppressed.isEmpty()
            ? "groups of " + breakdown.minGroupSize() + " or more jurisdictions"
            : "suppressed, too small or giving a small group away (minimum group size "
                + breakdown.minGroupSize()
                + "): "
                + String.join(", ", suppressed),
        cohort);
    DisclosurePolicy.withMinGroupSize(breakdown.minGroupSize()).note().ifPresent(notes::add);
    Chart drawn = new Chart(chart, rows * Math.max(1, data.getRowCount()));
    drawn.addNotes(notes);
    return drawn;
  }

  /**
   * How often each option of a multi-choice question was chosen, as a share of those who answered
   * it (the report's Figures 2, 4, 6, 9 and 10).
   *
   * @param options the option counts
   * @param question the question, for its title
   * @param cohort the cohort's name
   * @param synthetic whether the data are synthetic
   * @return the chart
   */
  public static Chart options(
      OptionTally options, Question question, String cohort, boolean synthetic) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> labels = new ArrayList<>();
    for (Map.Entry<String, Integer> option : options.counts().entrySet()) {
      int count = option.getValue();
      double share = options.answeredCount() == 0 ? 0 : 100.0 * count / options.answeredCount();
      data.addValue(share, "% chose", option.getKey());
      labels.add(count + " (" + String.format(Locale.ROOT, "%.0f", share) + "%)");
    }
    JFreeChart chart =
        bars(
            question.id() + ": " + question.text(),
            "% of the " + options.answeredCount() + " who answered",
            data,
            (series, column) -> labels.get(column),
            100);
    describe(
        chart,
        synthetic,
        options.kind() == QuestionKind.MULTI_CHOICE
            ? options.twoOrMoreCount() + " chose two or more"
            : options.answeredCount() + " answered",
        cohort);
    Chart drawn = new Chart(chart, options.counts().size());
    List<String> published =
        options.counts().keySet().stream()
            .filter(options.publishedRowIds()::contains)
            .collect(Collectors.toList());
    drawn.addNotes(
        List.of(
            published.isEmpty()
                ? "Framing the future (2022) publishes none of these counts on this base"
                    + (synthetic ? "; the example's are invented." : ".")
                : "Published by Framing the future (2022) on this base: "
                    + String.join(", ", published)
                    + (options.publishedRowIds().contains("(two or more)")
                        ? ", and two or more"
                        : "")
                    + (synthetic ? "; the example's other counts are invented." : ".")));
    List<String> elsewhere =
        options.publishedRowIds().stream()
            .filter(row -> !options.counts().containsKey(row) && !row.equals("(two or more)"))
            .sorted()
            .collect(Collectors.toList());
    if (!elsewhere.isEmpty()) {
      drawn.addNotes(
          List.of(
              "The report publishes "
                  + String.join(", ", elsewhere)
                  + ", rows of the option tally's table rather than bars here."));
    }
    return drawn;
  }

  /**
   * A scorecard: each capability's level, a bar as long as the level's rank.
   *
   * @param card the scorecard
   * @param synthetic whether the data are synthetic
   * @return the chart
   */
  public static Chart scorecard(Scorecard card, boolean synthetic) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> labels = new ArrayList<>();
    // The axis ends at the highest level the card names, as reached or as the next to reach.
    int top = 1;
    for (CapabilityScore score : card.capabilities()) {
      data.addValue(score.level().map(Level::ordinal).orElse(0), "level", score.capabilityId());
      labels.add(score.level().map(Level::id).orElse("unknown"));
      top = Math.max(top, score.level().map(Level::ordinal).orElse(0));
      top = Math.max(top, score.next().map(Level::ordinal).orElse(0));
    }
    JFreeChart chart =
        bars(
            "Scorecard of " + card.jurisdiction(),
            "level under model '" + card.modelId() + "'",
            data,
            (series, column) -> labels.get(column),
            top);
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setTickUnit(new NumberTickUnit(1));
    describe(
        chart,
        synthetic,
        "overall "
            + card.overall().value().stream()
                .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
                .findFirst()
                .orElse("not known (too little evidence)")
            + ", "
            + card.overall().knownCount()
            + " of "
            + card.overall().partCount()
            + " parts known",
        card.instrumentReference());
    return new Chart(chart, card.capabilities().size());
  }

  /**
   * A ranking: each jurisdiction's 5th to 95th percentile rank interval, labelled with its median
   * rank.
   *
   * @param ranking the ranking
   * @param cohort the cohort's name
   * @param synthetic whether the data are synthetic
   * @return the chart
   */
  public static Chart ranking(Ranking ranking, String cohort, boolean synthetic) {
    int n = ranking.entries().size();
    String[] names = new String[n];
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    for (int i = 0; i < n; i++) {
      Ranking.Entry entry = ranking.entries().get(i);
      names[i] = entry.jurisdictionId();
      // An interval of one rank still shows as a bar: it spans the rank's own width.
      starts[0][i] = entry.bestRank() - 0.4;
      ends[0][i] = entry.worstRank() + 0.4;
    }
    DefaultIntervalCategoryDataset data =
        new DefaultIntervalCategoryDataset(
            new String[] {"5-95% rank interval"}, names, starts, ends);
    CategoryPlot plot =
        new CategoryPlot(
            data,
            new ClippedCategoryAxis(),
            new NumberAxis("rank (1 is" + " highest); label: median rank"),
            new IntervalBarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setRange(0.5, Math.max(n, 1) + 2.5);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    style(renderer);
    renderer.setDefaultItemLabelGenerator(
        new Labels((series, column) -> String.valueOf(ranking.entries().get(column).medianRank())));
    JFreeChart chart =
        new JFreeChart(
            "Ranking by index '" + ranking.modelId() + "'",
            JFreeChart.DEFAULT_TITLE_FONT,
            plot,
            false);
    describe(
        chart,
        synthetic,
        ranking.drawCount()
            + " weight draws, seed "
            + ranking.seed()
            + (ranking.unranked().isEmpty()
                ? ""
                : "; not ranked (too little known): " + String.join(", ", ranking.unranked())),
        cohort);
    return new Chart(chart, n);
  }

  /**
   * One jurisdiction's level stability: a bar per capability, its parts the share of draws that
   * reached each level (no level, when the status is unknown, in grey at the left), labelled with
   * the verdict, {@code stable} or {@code between X and Y}.
   *
   * @param stability the stability of a cohort
   * @param jurisdictionId the jurisdiction to draw
   * @param synthetic whether the data are synthetic
   * @return the chart
   * @throws MnrException if the stability holds no such jurisdiction
   */
  public static Chart stability(Stability stability, String jurisdictionId, boolean synthetic) {
    Stability.JurisdictionLevels entry =
        stability.entries().stream()
            .filter(e -> e.jurisdictionId().equals(jurisdictionId))
            .findFirst()
            .orElseThrow(
                () ->
                    new MnrException(
                        "no jurisdiction " + Messages.quote(jurisdictionId) + " to draw"));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> verdicts = new ArrayList<>();
    for (Stability.CapabilityLevels capability : entry.capabilities()) {
      data.addValue(100 * capability.noLevelProbability(), "no level", capability.capabilityId());
      for (Level level : stability.levels()) {
        data.addValue(
            100 * capability.probabilities().getOrDefault(level.id(), 0.0),
            level.label(),
            capability.capabilityId());
      }
      verdicts.add(Stability.verdict(capability));
    }
    CategoryPlot plot =
        new CategoryPlot(
            data,
            new ClippedCategoryAxis(),
            new NumberAxis("% of draws reaching each level; label: verdict"),
            new StackedBarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.getRangeAxis().setRange(0, 160);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    style(renderer);
    renderer.setSeriesPaint(0, NO_LEVEL);
    for (int s = 1; s < data.getRowCount(); s++) {
      renderer.setSeriesPaint(s, SERIES[(s - 1) % SERIES.length]);
    }
    // The verdict once, at the end of each bar: after its last part that is not empty (an empty
    // part's label would stand at the start).
    renderer.setDefaultItemLabelGenerator(
        new Labels(
            (series, column) -> {
              int last = data.getRowCount() - 1;
              while (last > 0 && data.getValue(last, column.intValue()).doubleValue() == 0) {
                last--;
              }
              return series == last ? verdicts.get(column) : "";
            }));
    renderer.setLegendItemLabelGenerator(new LegendLabels());
    JFreeChart chart =
        new JFreeChart(
            "Level stability of " + entry.name() + " (" + entry.jurisdictionId() + ")",
            JFreeChart.DEFAULT_TITLE_FONT,
            plot,
            true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    describe(
        chart,
        synthetic,
        "model '"
            + stability.modelId()
            + "', "
            + stability.parameters().size()
            + " uncertain parameters, "
            + stability.drawCount()
            + " draws, seed "
            + stability.seed()
            + "; stable at "
            + String.format(Locale.ROOT, "%.2f", stability.stableAt()),
        entry.jurisdictionId());
    return new Chart(chart, entry.capabilities().size());
  }

  /**
   * Which parameter matters most to one cohort measure: a pair of bars per parameter, its total-
   * and first-order Sobol indices, labelled with their 95% intervals, the largest total effect
   * first.
   *
   * @param sensitivity the sensitivity of a cohort
   * @param measureId the measure, such as {@code overall}
   * @param cohort the cohort's name
   * @param synthetic whether the data are synthetic
   * @return the chart
   * @throws MnrException if there is no such measure, or it is not known at every sample
   */
  public static Chart sensitivity(
      Sensitivity sensitivity, String measureId, String cohort, boolean synthetic) {
    Sensitivity.MeasureEffects measure =
        sensitivity.measures().stream()
            .filter(m -> m.id().equals(measureId))
            .findFirst()
            .orElseThrow(
                () ->
                    new MnrException(
                        Messages.unknown(
                            "measure",
                            measureId,
                            "the sensitivity",
                            sensitivity.measures().stream()
                                .map(Sensitivity.MeasureEffects::id)
                                .collect(Collectors.toList()))));
    if (!measure.known()) {
      throw new MnrException(
          "measure '" + measureId + "' is not known at every sample: no indices to draw");
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> labels = new ArrayList<>();
    double top = 1;
    for (Sensitivity.Effect effect : measure.effects()) {
      data.addValue(Math.max(0, effect.total()), "total-order index", effect.parameterId());
      data.addValue(Math.max(0, effect.first()), "first-order index", effect.parameterId());
      labels.add(interval(effect.total(), effect.totalLow(), effect.totalHigh()));
      labels.add(interval(effect.first(), effect.firstLow(), effect.firstHigh()));
      top = Math.max(top, effect.totalHigh());
    }
    JFreeChart chart =
        bars(
            "What moves " + measureId + " under model '" + sensitivity.modelId() + "'",
            "Sobol index (share of the measure's variance); label: 95% interval",
            data,
            (series, column) -> labels.get(2 * column + series),
            top * 1.35);
    chart.getCategoryPlot().getRenderer().setDefaultSeriesVisibleInLegend(true);
    describe(
        chart,
        synthetic,
        measure.description()
            + "; "
            + sensitivity.baseSamples()
            + " base samples, "
            + sensitivity.bootstrap()
            + " bootstrap resamples, seed "
            + sensitivity.seed(),
        cohort);
    return new Chart(chart, 2 * measure.effects().size());
  }

  static String interval(double value, double low, double high) {
    return index(value) + " (" + index(low) + " to " + index(high) + ")";
  }

  /** An index to two decimals; an estimate a hair below 0 reads as 0.00, not -0.00. */
  private static String index(double value) {
    String shown = String.format(Locale.ROOT, "%.2f", value);
    return shown.equals("-0.00") ? "0.00" : shown;
  }

  /**
   * Two candidate models side by side: a bar per capability, its weighted agreement between the
   * models, labelled with the kappa and the criterion that most often makes the difference; the
   * least agreement first, then every capability together.
   *
   * @param comparison the comparison
   * @param cohort the cohort's name
   * @param synthetic whether the data are synthetic
   * @return the chart
   */
  public static Chart comparison(ModelComparison comparison, String cohort, boolean synthetic) {
    List<ModelComparison.Agreement> ordered = new ArrayList<>(comparison.capabilities());
    ordered.removeIf(agreement -> agreement.compared() == 0);
    ordered.sort(
        Comparator.comparingDouble(ModelComparison.Agreement::agreement)
            .thenComparing(ModelComparison.Agreement::capabilityId));
    ordered.add(comparison.overall());
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> labels = new ArrayList<>();
    for (ModelComparison.Agreement agreement : ordered) {
      data.addValue(agreement.agreement(), "agreement", agreement.capabilityId());
      labels.add(
          "kappa "
              + (agreement.kappa().isPresent()
                  ? String.format(Locale.ROOT, "%.2f", agreement.kappa().getAsDouble())
                  : "-")
              + (agreement.reasons().isEmpty()
                  ? ""
                  : "; "
                      + agreement.reasons().get(0).modelId()
                      + ": "
                      + agreement.reasons().get(0).levelId()
                      + " ("
                      + agreement.reasons().get(0).count()
                      + ")"));
    }
    JFreeChart chart =
        bars(
            "Models '" + comparison.firstModelId() + "' and '" + comparison.secondModelId() + "'",
            "weighted agreement (1: the same value); label: kappa; the level most often not reached",
            data,
            (series, column) -> labels.get(column),
            1.6);
    describe(
        chart,
        synthetic,
        comparison.jurisdictionCount() + " jurisdictions; capabilities at no level left out",
        cohort);
    return new Chart(chart, ordered.size());
  }

  /**
   * Progress between rounds: each Figure 1 row's per cent yes before and after.
   *
   * @param comparison the comparison
   * @param synthetic whether the data are synthetic
   * @return the chart
   */
  public static Chart progress(RoundComparison comparison, boolean synthetic) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (RoundComparison.RowChange row : comparison.rows()) {
      data.addValue(percent(row.before()), comparison.before(), row.label());
      data.addValue(percent(row.after()), comparison.after(), row.label());
    }
    JFreeChart chart =
        bars(
            "Capabilities in place: " + comparison.before() + " and " + comparison.after(),
            "% yes of those who answered",
            data,
            (series, column) -> {
              Number value = data.getValue(series.intValue(), column.intValue());
              return value == null ? "" : value.intValue() + "%";
            },
            100);
    chart.getCategoryPlot().getRenderer().setDefaultSeriesVisibleInLegend(true);
    describe(
        chart,
        synthetic,
        comparison.count(RoundComparison.Change.GAINED)
            + " capabilities gained, "
            + comparison.count(RoundComparison.Change.LOST)
            + " lost",
        comparison.before() + " -> " + comparison.after());
    return new Chart(chart, 2 * comparison.rows().size());
  }

  /** The caption line of a chart's rows the report does not publish, and why. */
  private static List<String> publishedRows(List<TallyRow> rows, boolean synthetic) {
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (TallyRow row : rows) {
      row.notPublished()
          .ifPresent(
              reason -> labels.computeIfAbsent(reason, r -> new ArrayList<>()).add(row.label()));
    }
    List<String> notes = new ArrayList<>();
    labels.forEach(
        (reason, unpublished) ->
            notes.add(
                (unpublished.size() == rows.size()
                        ? "No bar is published"
                        : "Not published: " + String.join(", ", unpublished))
                    + " ("
                    + reason
                    + ")"
                    + (synthetic ? "; the example's numbers there are invented." : ".")));
    return notes;
  }

  private static Integer percent(TallyRow row) {
    return row.percentYes().isPresent() ? row.percentYes().getAsInt() : null;
  }

  /** Horizontal bars of a dataset, labelled at their ends, on an axis from 0 to max. */
  private static JFreeChart bars(
      String title,
      String axisLabel,
      CategoryDataset data,
      BiFunction<Integer, Integer, String> label,
      double max) {
    CategoryPlot plot =
        new CategoryPlot(
            data, new ClippedCategoryAxis(), new NumberAxis(axisLabel), new EndLabelledBars(max));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.getRangeAxis().setRange(0, max);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    style(renderer);
    renderer.setDefaultItemLabelGenerator(new Labels(label));
    renderer.setLegendItemLabelGenerator(new LegendLabels());
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    renderer.setDefaultSeriesVisibleInLegend(data.getRowCount() > 1);
    return chart;
  }

  private static void style(BarRenderer renderer) {
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.08);
    for (int s = 0; s < SERIES.length; s++) {
      renderer.setSeriesPaint(s, SERIES[s]);
    }
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
  }

  /** The subtitles: the synthetic mark first, then what the chart shows, then its source. */
  private static void describe(JFreeChart chart, boolean synthetic, String note, String source) {
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    chart.setBackgroundPaint(Color.WHITE);
    if (synthetic) {
      TextTitle mark = new TextTitle(SYNTHETIC, new Font(Font.SANS_SERIF, Font.BOLD, 14));
      mark.setPaint(new Color(0xB0, 0x00, 0x20));
      chart.addSubtitle(mark);
    }
    chart.addSubtitle(new TextTitle(note, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
    TextTitle credit =
        new TextTitle(
            "Source: " + source + "; computed by mnr4j",
            new Font(Font.SANS_SERIF, Font.ITALIC, 10));
    credit.setPosition(RectangleEdge.BOTTOM);
    credit.setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.addSubtitle(credit);
  }

  /**
   * Bars labelled at their ends: outside a bar, or inside it in white where the bar reaches so far
   * that a label outside would run past the axis's end (100%, or the highest level) and be cut off.
   */
  private static final class EndLabelledBars extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private static final ItemLabelPosition INSIDE =
        new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT);
    private final double max;

    EndLabelledBars(double max) {
      this.max = max;
    }

    private boolean inside(int row, int column) {
      Number value = getPlot().getDataset().getValue(row, column);
      return value != null && value.doubleValue() > 0.7 * max;
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
      return inside(row, column) ? INSIDE : super.getPositiveItemLabelPosition(row, column);
    }

    @Override
    public Paint getItemLabelPaint(int row, int column) {
      return inside(row, column) ? Color.WHITE : super.getItemLabelPaint(row, column);
    }
  }

  /** The longest text a chart draws: longer ones end in an ellipsis. */
  static final int MAX_TEXT = 300;

  /**
   * A text cut to {@link #MAX_TEXT} characters, ending in an ellipsis when cut, its control
   * characters shown escaped ({@code \u001b}): XML cannot hold them, and a chart should not hide
   * them.
   */
  static String clip(String text) {
    return Messages.printable(
        text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "\u2026");
  }

  /** Whether the chart being drawn on this thread is drawn as SVG ({@link Chart#svg()}). */
  private static final ThreadLocal<Boolean> DRAWING_SVG = new ThreadLocal<>();

  /** A text as it is handed to the graphics: for SVG, with every '&' escaped. */
  static String drawn(String text) {
    return Boolean.TRUE.equals(DRAWING_SVG.get()) ? text.replace("&", "&amp;") : text;
  }

  /**
   * A category axis that draws each category's label cut to {@link #MAX_TEXT} characters; the
   * categories themselves stay whole, so that two long labels alike at their start stay apart.
   */
  private static final class ClippedCategoryAxis extends CategoryAxis {
    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings("rawtypes") // JFreeChart's signature
    protected TextBlock createLabel(
        Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
      return super.createLabel(drawn(clip(category.toString())), width, edge, g2);
    }
  }

  /** Legend labels, the series' names, escaped as {@link #drawn} says. */
  private static final class LegendLabels
      extends org.jfree.chart.labels.StandardCategorySeriesLabelGenerator {
    private static final long serialVersionUID = 1L;

    @Override
    public String generateLabel(CategoryDataset dataset, int series) {
      return drawn(super.generateLabel(dataset, series));
    }
  }

  /** Item labels from a function of series and column. */
  private static final class Labels extends StandardCategoryItemLabelGenerator {
    private static final long serialVersionUID = 1L;
    private final transient BiFunction<Integer, Integer, String> label;

    Labels(BiFunction<Integer, Integer, String> label) {
      this.label = label;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      return label.apply(row, column);
    }
  }
}
