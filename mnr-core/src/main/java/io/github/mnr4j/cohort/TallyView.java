package io.github.mnr4j.cohort;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.internal.checks.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which rows a tally has: each row a label and the capabilities it counts. A jurisdiction counts
 * yes in a row when all the row's capabilities are in place, no when one is not in place, and is
 * left out of the row (unanswered) otherwise.
 *
 * <p>{@link #figure1()} is the report's Figure 1: 18 rows in the report's order with its labels;
 * takedown procedures and CSEA reporting share one row (both read q66), and so do innovative
 * solutions and corporate social responsibility (q70); terminology is read from q78's analyst code;
 * legislation has no row, as the report could not aggregate it; "Access to image database" is
 * counted on q30, the capability's gate, which the row {@linkplain Row#assumption() says}, since
 * the report counts connection to Interpol's ICSE database, which the survey asks about only in
 * free text. {@link #capabilities} has one row per capability of a framework, and marks the
 * legislation row and those of capabilities 17 and 19 (whose counts Figure 1 prints only in rows
 * shared with 16 and 18) {@linkplain Row#notPublished() not published}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class TallyView {
  TallyView() {}

  /**
   * Returns the view's id, such as {@code figure1}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the rows, in order.
   *
   * @return the rows
   */
  public abstract List<Row> rows();

  /** One row of a view: a label and the capabilities it counts. */
  @Value.Immutable
  public abstract static class Row {
    Row() {}

    /**
     * Returns the row's label, such as {@code Child helpline}.
     *
     * @return the label
     */
    public abstract String label();

    /**
     * Returns the capabilities the row counts.
     *
     * @return capability ids; at least one
     */
    public abstract List<String> capabilityIds();

    /**
     * Returns why the report did not publish this row, if it did not: a tally computes every row,
     * and says so beside a number the report declined to compute.
     *
     * @return the reason, or empty for a row the report published or one of one's own
     */
    public abstract Optional<String> notPublished();

    /**
     * Returns what mnr4j assumes to count this row, where the report does not say how it counted
     * it.
     *
     * @return the assumption, or empty
     */
    public abstract Optional<String> assumption();

    /**
     * Returns a copy marked as not published by the report, and why.
     *
     * @param reason why the report did not publish the row, with its source
     * @return the marked row
     */
    public Row withNotPublished(String reason) {
      return ImmutableRow.builder()
          .label(label())
          .addAllCapabilityIds(capabilityIds())
          .notPublished(reason)
          .assumption(assumption())
          .build();
    }

    /**
     * Returns a copy that says what mnr4j assumes to count it.
     *
     * @param assumption the assumption, with its source
     * @return the annotated row
     */
    public Row withAssumption(String assumption) {
      return ImmutableRow.builder()
          .label(label())
          .addAllCapabilityIds(capabilityIds())
          .notPublished(notPublished())
          .assumption(assumption)
          .build();
    }

    /**
     * Creates a row.
     *
     * @param label the label
     * @param capabilityIds the capabilities it counts
     * @return the row
     */
    public static Row of(String label, String... capabilityIds) {
      return ImmutableRow.builder().label(label).addCapabilityIds(capabilityIds).build();
    }

    @Value.Check
    void check() {
      Checks checks = Checks.of("row '" + label() + "'").notBlank("label", label());
      if (capabilityIds().isEmpty()) {
        checks.add("capabilityIds", "a row counts at least one capability");
      }
      checks.throwIfAny();
    }
  }

  /** How Figure 1's "Access to image database" row is read from the 2021 survey. */
  static final String IMAGE_DATABASE_ASSUMPTION =
      "Framing the future reports this row as"
          + " connection to Interpol's ICSE database (\"29 of 42\"), but the 2021 survey asks about"
          + " ICSE only in q31's free text; mnr4j counts the capability's gate, q30 (\"access to and"
          + " use specialist tools and data\"), which gives the published 29 of 42 in the example"
          + " cohort but may differ from a count of ICSE connections in real answers";

  /**
   * Holds Figure 1's view, made on first use rather than while this class initialises: its
   * implementation is a subclass of this class.
   */
  private static final class Figure1 {
    static final TallyView VIEW =
        ImmutableTallyView.builder()
            .id("figure1")
            .addRows(
                Row.of("Leadership", "leadership"),
                Row.of("Research, monitoring and analysis", "research-analysis-monitoring"),
                Row.of("Law enforcement capability", "dedicated-law-enforcement"),
                Row.of("Judiciary and prosecutors", "judiciary-prosecutors"),
                Row.of("Offender management process", "offender-management"),
                Row.of("Access to image database", "image-databases")
                    .withAssumption(IMAGE_DATABASE_ASSUMPTION),
                Row.of("End-to-end support", "end-to-end-support"),
                Row.of("Child protection workforce", "child-protection-workforce"),
                Row.of("Remedies and reparations", "remedies"),
                Row.of("Child helpline", "child-helpline"),
                Row.of("Hotline", "csea-hotline"),
                Row.of("National education programme", "education-programme"),
                Row.of("Child participation", "child-participation"),
                Row.of("Offender support systems", "offender-support-systems"),
                Row.of(
                    "Procedures to enable removal or blocking of child sexual abuse content",
                    "takedown-procedures",
                    "csea-reporting"),
                Row.of(
                    "Proactive industry engagement by government",
                    "innovative-solutions",
                    "corporate-social-responsibility"),
                Row.of(
                    "Government support to ethical, informed and balanced media reporting",
                    "ethical-media-reporting"),
                Row.of(
                    "Debate, discussion or adoption of universally agreed terminology",
                    "universal-terminology"))
            .build();
  }

  /**
   * Returns the report's Figure 1 view: 18 rows, in the report's order and words.
   *
   * @return the view
   */
  public static TallyView figure1() {
    return Figure1.VIEW;
  }

  /**
   * Returns a domain's overview, as the report draws one for each domain (Figures 3, 5, 7, 8, 11
   * and 12, "Domain N overview"): Figure 1's rows of that domain, in Figure 1's order and words.
   * The report's text gives those figures' titles but not their numbers (only Figure 12's two rows
   * are named, and they are Figure 1's); mnr4j takes their rows to be Figure 1's, whose numbers the
   * report prints.
   *
   * @param domainNumber the domain's number, 1 to 6
   * @return the view, id {@code figure3}, {@code figure5}, {@code figure7}, {@code figure8}, {@code
   *     figure11} or {@code figure12}
   * @throws MnrException if there is no such domain
   */
  public static TallyView domainOverview(int domainNumber) {
    if (domainNumber < 1 || domainNumber > DOMAIN_FIGURES.size()) {
      throw new MnrException("the Model National Response has domains 1 to 6, not " + domainNumber);
    }
    Framework mnr = Frameworks.mnr();
    String domainId = mnr.domains().get(domainNumber - 1).id();
    ImmutableTallyView.Builder view =
        ImmutableTallyView.builder().id("figure" + DOMAIN_FIGURES.get(domainNumber - 1));
    for (Row row : figure1().rows()) {
      if (mnr.capability(row.capabilityIds().get(0)).domainId().equals(domainId)) {
        view.addRows(row);
      }
    }
    return view.build();
  }

  /** The report's figure of each domain's overview, by domain number. */
  private static final List<Integer> DOMAIN_FIGURES = List.of(3, 5, 7, 8, 11, 12);

  /**
   * Returns the view of the report's with an id: {@code figure1}, a {@linkplain #domainOverview
   * domain overview} ({@code figure3} to {@code figure12}), or {@code capabilities} (of the MNR).
   *
   * @param id the view's id
   * @return the view, or empty if the report has no view with that id
   */
  public static Optional<TallyView> findReportView(String id) {
    if (id.equals("figure1")) {
      return Optional.of(figure1());
    }
    if (id.equals("capabilities")) {
      return Optional.of(capabilities(Frameworks.mnr()));
    }
    for (int d = 0; d < DOMAIN_FIGURES.size(); d++) {
      if (id.equals("figure" + DOMAIN_FIGURES.get(d))) {
        return Optional.of(domainOverview(d + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns one row per capability of a framework, labelled by number and name; the row of the
   * capability {@code legislation} is marked {@linkplain Row#notPublished() not published}, with
   * the report's reason, and that of {@code image-databases} carries Figure 1's {@linkplain
   * Row#assumption() assumption}.
   *
   * @param framework the framework
   * @return the view, id {@code capabilities}
   */
  public static TallyView capabilities(Framework framework) {
    ImmutableTallyView.Builder view = ImmutableTallyView.builder().id("capabilities");
    for (Capability capability : framework.capabilities()) {
      Row row = Row.of(capability.number() + " " + capability.name(), capability.id());
      if (capability.id().equals(LEGISLATION)) {
        row = row.withNotPublished(LEGISLATION_NOT_PUBLISHED);
      } else if (capability.id().equals(CSEA_REPORTING)
          || capability.id().equals(CORPORATE_SOCIAL_RESPONSIBILITY)) {
        row = row.withNotPublished(SHARED_ROW_NOT_PUBLISHED);
      } else if (capability.id().equals(IMAGE_DATABASES)) {
        row = row.withAssumption(IMAGE_DATABASE_ASSUMPTION);
      }
      view.addRows(row);
    }
    return view.build();
  }

  private static final String LEGISLATION = "legislation";
  private static final String IMAGE_DATABASES = "image-databases";
  private static final String CSEA_REPORTING = "csea-reporting";
  private static final String CORPORATE_SOCIAL_RESPONSIBILITY = "corporate-social-responsibility";

  /** Why capabilities 17 and 19 have no published row of their own. */
  static final String SHARED_ROW_NOT_PUBLISHED =
      "Framing the future (2022) publishes one Figure 1 row for takedown procedures and CSEA"
          + " reporting ('Procedures to enable removal or blocking of child sexual abuse"
          + " content'), and one for innovative solution development and corporate social"
          + " responsibility ('Proactive industry engagement by government'); this view gives"
          + " those rows' numbers as capabilities 16 and 18";

  /** Why Figure 1 has no legislation row; the report's Legislation section explains it. */
  static final String LEGISLATION_NOT_PUBLISHED =
      "Framing the future (2022) publishes no"
          + " count of legislation for all surveyed countries: the survey for high-income countries"
          + " asked whether laws existed in 11 specific areas (Figure 4, on the 15 surveyed"
          + " high-income countries), while the UNICEF/End Violence survey for low- and"
          + " middle-income countries asked whether legislation was in place and perceived to be"
          + " comprehensive or partial";

  /**
   * Creates a view of one's own.
   *
   * @param id the view's id
   * @param rows the rows
   * @return the view
   */
  public static TallyView of(String id, Iterable<Row> rows) {
    return ImmutableTallyView.builder().id(id).addAllRows(rows).build();
  }

  @Override
  public String toString() {
    return "TallyView " + id() + " (" + rows().size() + " rows)";
  }
}
