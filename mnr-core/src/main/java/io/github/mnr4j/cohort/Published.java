package io.github.mnr4j.cohort;

import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which numbers <i>Framing the future</i> (2022) publishes, so that every row can say whether the
 * report printed that number (on the whole review, or on the part a filter names) or not. The
 * example cohort reproduces the published numbers and invents the others; a cohort of one's own is
 * compared with the report on the published rows only.
 */
final class Published {
  private Published() {}

  /** The Alliance's survey, whose questions most of the report's option counts are about. */
  private static final String SURVEY = "wpga-mnr-survey@2021";

  /** The UNICEF survey (reconstructed), which the report counts with the Alliance's. */
  private static final String UNICEF_SURVEY = "end-violence-unicef-survey@2021";

  /** The id of the row "two or more" of a multi-choice question's option tally. */
  static final String TWO_OR_MORE = "(two or more)";

  private static final Set<String> USES_OF_THE_MNR =
      Set.of(
          "good-practice-reference",
          "policy-basis",
          "capability-guide",
          "progress-framework",
          TWO_OR_MORE);

  private static final Set<String> YES_AND_NO = Set.of("yes", "no");

  private static final Set<String> INHOPE =
      Set.of(
          "inhope",
          OptionTally.share("inhope-national-hotline", "inhope"),
          OptionTally.share("inhope-iwf-portal", "inhope"));

  /**
   * The option tally rows whose counts the report publishes, by instrument, question and the
   * filters that give its base (none: the whole review, or all that answered the question). Figure
   * 2 and "How have countries used the MNR" (q6, of 39 answering); Legislation and Figure 4 (q17,
   * on "the 15 surveyed high-income countries": "all 15 high-income countries surveyed have
   * legislated to criminalize online child sexual abuse and exploitation and 'knowing possession'
   * of child sexual abuse materials, only 8 have legislation requiring Internet Service Providers
   * (ISPs) to report"); Key findings (q10, "almost two-thirds (64 per cent, 27 of 42) have a
   * relevant national policy or strategy"); Access to image databases (q33, "one-third (33 per
   * cent, 14 of 42) have a national database"); Hotline (q52's code group inhope: "Over
   * three-quarters of hotlines/portals (76 per cent, 29 of 38) are part of the INHOPE network"; and
   * its codes' shares of it, "(66 per cent, 19 of 29)" a national hotline, "The other 10 countries
   * have reporting portals operated by [...] Internet Watch Foundation"; the codes' counts of all
   * 38 are not the report's). The report counts these across both surveys, so the UNICEF survey's
   * counterparts (u3, u5, u13, u19) count the same rows; and its legislation question alone (u8,
   * "In most countries surveyed (88 per cent, 22 of 25), existing laws were viewed as inadequate":
   * the answer partial).
   */
  private static final Map<String, Set<String>> OPTIONS =
      Map.ofEntries(
          Map.entry(key(SURVEY, "q6", List.of()), USES_OF_THE_MNR),
          Map.entry(
              key(SURVEY, "q17", List.of(Where.parse("incomeGroup=high"))),
              Set.of("technology-facilitated-abuse", "csam-possession", "isp-reporting-duty")),
          Map.entry(key(SURVEY, "q10", List.of()), YES_AND_NO),
          Map.entry(key(SURVEY, "q33", List.of()), YES_AND_NO),
          Map.entry(key(SURVEY, "q52", List.of()), INHOPE),
          Map.entry(key(UNICEF_SURVEY, "u3", List.of()), USES_OF_THE_MNR),
          Map.entry(key(UNICEF_SURVEY, "u5", List.of()), YES_AND_NO),
          Map.entry(key(UNICEF_SURVEY, "u8", List.of()), Set.of("partial")),
          Map.entry(key(UNICEF_SURVEY, "u13", List.of()), YES_AND_NO),
          Map.entry(key(UNICEF_SURVEY, "u19", List.of()), INHOPE));

  /**
   * Returns the rows of a question's option tally whose counts the report publishes on a base.
   *
   * @param instrumentReference the instrument the counts answer
   * @param questionId the question
   * @param base the filters that choose the jurisdictions, in any order
   * @return the row ids (options, codes, {@link #TWO_OR_MORE}, code groups and shares of them);
   *     empty when the report publishes none
   */
  static Set<String> options(String instrumentReference, String questionId, List<Where> base) {
    return OPTIONS.getOrDefault(key(instrumentReference, questionId, base), Set.of());
  }

  /**
   * Says why the report publishes none of a tally's rows, if it does not: a view that is not one of
   * its figures (Figure 1, a domain overview, or one row per capability of the MNR), or a part of
   * the review.
   */
  static Optional<String> whyNotPublished(
      TallyView view, Framework framework, List<Where> filters) {
    boolean reportView =
        framework.equals(Frameworks.mnr())
            && TallyView.findReportView(view.id()).filter(view::equals).isPresent();
    if (!reportView) {
      return Optional.of(
          "Framing the future (2022) publishes no view '"
              + view.id()
              + "'; it is not one of its"
              + " figures");
    }
    if (!filters.isEmpty()) {
      return Optional.of(
          "Framing the future (2022) publishes its Figure 1 for all the countries of the review,"
              + " not for those where "
              + filters.stream().map(Where::toString).collect(Collectors.joining(" and ")));
    }
    return Optional.empty();
  }

  /** Why no row of a breakdown's group is published. */
  static String grouped(String attribute) {
    return "Framing the future (2022) publishes no breakdown of its Figure 1 by " + attribute;
  }

  private static String key(String instrumentReference, String questionId, List<Where> base) {
    return instrumentReference
        + " "
        + questionId
        + base.stream().map(Where::toString).sorted().collect(Collectors.joining(" ", " ", ""));
  }
}
