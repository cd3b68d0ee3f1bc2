package io.github.mnr4j.examples.serve;

import io.github.mnr4j.examples.serve.ResponseStore.Stored;
import java.util.ArrayList;
import java.util.List;

/** What each page of {@link SelfAssessment} shows: the models of its jte templates. */
public final class Pages {
  private Pages() {}

  /**
   * The start page: the responses stored, and a form to start one.
   *
   * @param csrf the browser's forgery token
   * @param instrument the instrument's title
   * @param responses the responses stored (in portal mode, the focal point's jurisdiction's)
   * @param focalPointOf in portal mode, the jurisdiction the focal point answers for, as it prints;
   *     blank in local mode, where the start form asks for a jurisdiction
   */
  public record Index(String csrf, String instrument, List<Stored> responses, String focalPointOf) {
    /**
     * Whether the page is a focal point's, in portal mode.
     *
     * @return true in portal mode
     */
    public boolean portal() {
      return !focalPointOf.isEmpty();
    }
  }

  /**
   * Portal mode's sign-in page.
   *
   * @param csrf the browser's forgery token
   * @param token the token of the invitation link that led here, or blank
   * @param message why the page is shown again, or blank
   */
  public record SignIn(String csrf, String token, String message) {}

  /**
   * The analyst's page in portal mode: the cohort's submission status and its aggregates.
   *
   * @param csrf the browser's forgery token
   * @param instrument the instrument's title
   * @param minGroupSize the minimum group size of every aggregate shown
   * @param statuses each jurisdiction's submission status, without answers
   * @param counted how many submitted responses the aggregates count
   * @param waiting how many submitted since, not counted until the next step
   * @param withheld why aggregates are not shown yet, or blank
   * @param tables the aggregates
   */
  public record Analysis(
      String csrf,
      String instrument,
      int minGroupSize,
      List<Status> statuses,
      int counted,
      int waiting,
      String withheld,
      List<Table> tables) {}

  /**
   * A jurisdiction's submission status.
   *
   * @param jurisdiction the jurisdiction, as it prints
   * @param status not started, in progress or submitted
   */
  public record Status(String jurisdiction, String status) {}

  /**
   * A table of aggregates, or the reason it is withheld.
   *
   * @param caption what it counts
   * @param header its column headings
   * @param rows its rows
   * @param notes its notes, suppressions included
   */
  public record Table(
      String caption, List<String> header, List<List<String>> rows, List<String> notes) {}

  /**
   * A response's form.
   *
   * @param csrf the browser's forgery token
   * @param lang the language of the instrument's texts, a BCP 47 tag
   * @param dir their direction, ltr or rtl
   * @param languageNotes whose translation the texts are, and what fell back
   * @param instrument the instrument's title
   * @param responseId the response
   * @param jurisdiction the jurisdiction, as it prints
   * @param version the version shown
   * @param latest the latest version (a save is made on it)
   * @param status the version's status
   * @param errors how many errors validation found
   * @param warnings how many warnings
   * @param findings the findings of the section shown and those of no question, for the summary
   * @param elsewhere the other sections' findings, counted
   * @param notices what the last action did
   * @param sections the form's sections, the one shown with its questions
   * @param next the id of the section after the one shown, or blank for the last
   * @param history the versions listed: every one saved, or the latest ones
   * @param unlisted how many earlier versions are not listed
   */
  public record Form(
      String csrf,
      String lang,
      String dir,
      List<String> languageNotes,
      String instrument,
      String responseId,
      String jurisdiction,
      int version,
      int latest,
      String status,
      int errors,
      int warnings,
      List<Finding> findings,
      List<Elsewhere> elsewhere,
      List<String> notices,
      List<SectionView> sections,
      String next,
      List<Saved> history,
      int unlisted) {
    /**
     * The section shown, with its questions.
     *
     * @return the section
     */
    public SectionView section() {
      return sections.stream().filter(SectionView::current).findFirst().orElseThrow();
    }

    /**
     * Whether the version shown is an earlier one: it can be read, and restored by saving it.
     *
     * @return true for an earlier version
     */
    public boolean earlier() {
      return version != latest;
    }
  }

  /**
   * A validation finding, by its code.
   *
   * @param code the finding's code, the same in every language
   * @param severity error or warning
   * @param questionId the question it is about, or blank
   * @param message what is wrong
   */
  public record Finding(String code, String severity, String questionId, String message) {}

  /**
   * Another section's findings, counted for the error summary.
   *
   * @param section the section's number and title
   * @param href its page, for the version and language shown
   * @param errors how many errors its questions have
   * @param warnings how many warnings
   */
  public record Elsewhere(String section, String href, int errors, int warnings) {
    /**
     * Says how many findings there are, such as {@code 2 errors, 1 warning}.
     *
     * @return the counts
     */
    public String counts() {
      List<String> parts = new ArrayList<>();
      if (errors > 0) {
        parts.add(errors + (errors == 1 ? " error" : " errors"));
      }
      if (warnings > 0) {
        parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
      }
      return String.join(", ", parts);
    }
  }

  /**
   * A section of the form.
   *
   * @param id the section's id
   * @param number its number
   * @param title its title
   * @param introduction its introduction, or blank
   * @param outcome the outcome it prints, or blank
   * @param capabilityBlurbs its blurbs on its capabilities, as printed, in order
   * @param answered required questions answered, of those enabled
   * @param required required questions enabled
   * @param current whether it is the section shown
   * @param questions its questions; none but the shown section's are rendered
   */
  public record SectionView(
      String id,
      int number,
      String title,
      String introduction,
      String outcome,
      List<String> capabilityBlurbs,
      int answered,
      int required,
      boolean current,
      List<QuestionView> questions) {}

  /**
   * A question of the form.
   *
   * @param id the question's id
   * @param text its text
   * @param control radio, checkbox or text
   * @param required whether it is required
   * @param enabled whether the answers so far enable it
   * @param disabledBecause the skip rule that disables it, or blank
   * @param respondent whether it asks for the respondent's contact details
   * @param respondentGiven whether contact details were given before (they are not shown back)
   * @param options its options
   * @param answerText the text answer, or blank
   * @param otherText the text that goes with an "other" option, or blank
   * @param findings the findings about it
   */
  public record QuestionView(
      String id,
      String text,
      String control,
      boolean required,
      boolean enabled,
      String disabledBecause,
      boolean respondent,
      boolean respondentGiven,
      List<OptionView> options,
      String answerText,
      String otherText,
      List<Finding> findings) {}

  /**
   * An option of a choice question.
   *
   * @param id the option's id
   * @param text its text
   * @param checked whether it is chosen
   * @param exclusive whether it is chosen alone
   * @param carriesText whether it takes a description
   */
  public record OptionView(
      String id, String text, boolean checked, boolean exclusive, boolean carriesText) {}

  /**
   * A version in a response's history.
   *
   * @param number the version
   * @param savedAt when it was saved
   * @param status its status
   * @param restored whence it was restored, or blank
   */
  public record Saved(int number, String savedAt, String status, String restored) {}

  /**
   * A response's scorecard.
   *
   * @param responseId the response
   * @param version the version scored
   * @param jurisdiction the jurisdiction, as it prints
   * @param model the scoring model, staged or presence
   * @param chart the scorecard's chart, an {@code <svg>} element without inline styles
   * @param table the scorecard as a text table
   */
  public record ScorecardPage(
      String responseId,
      int version,
      String jurisdiction,
      String model,
      String chart,
      String table) {}

  /**
   * Something that went wrong, said plainly.
   *
   * @param status the HTTP status
   * @param message what went wrong
   */
  public record Problem(int status, String message) {}
}
