package io.github.mnr4j.crosswalk;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.crosswalk.MigrationNote.Outcome;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moves responses from one instrument to another through a crosswalk between them, with a note for
 * every answer ({@link MigrationResult}). Nothing is invented: an answer is carried only where the
 * crosswalk determines the new one (an equivalent question, its options mapped one to one or
 * narrower), and otherwise the new question is left unanswered and noted for review; a response
 * with anything to review becomes {@code in-progress}, a draft until someone completes it.
 *
 * <pre>{@code
 * // the simplest crosswalk: every question of the 2021 survey to itself
 * Crosswalk.Builder identity = Crosswalk.builder().id("same").title("The survey to itself")
 *     .source(CrosswalkEnd.of(survey)).target(CrosswalkEnd.of(survey))
 *     .provenance(Provenance.of("analyst", LocalDate.of(2026, 12, 6), "an identity"));
 * survey.questions().forEach(
 *     q -> identity.addEntry(CrosswalkEntry.of(q.id(), q.id(), Relationship.EQUIVALENT)));
 * Migration migration = Migration.of(identity.build(), survey, survey);
 * MigrationResult result = migration.migrate(response);
 * result.response().answers().equals(response.answers());  // true
 * result.notes().get(0);  // carried q1 -> q1
 *
 * Accumulator<MigrationResult, MigrationSummary> summary =
 *     MigrationSummary.accumulator(identity.build());
 * cohort.responses().forEach(r -> summary.add(migration.migrate(r)));
 * summary.result().needingReview();  // 0
 * }</pre>
 *
 * <p>Personal data (the respondent block and answers to questions that ask for it) are withheld
 * unless {@link #withPersonalData(boolean)} asks for them. Immutable and thread-safe: one migration
 * serves any number of threads.
 */
public final class Migration {
  private final Crosswalk crosswalk;
  private final Instrument from;
  private final Instrument to;
  private final boolean personalData;
  private final Index index;

  private Migration(Crosswalk crosswalk, Instrument from, Instrument to, boolean personalData) {
    this.crosswalk = crosswalk;
    this.from = from;
    this.to = to;
    this.personalData = personalData;
    this.index = new Index(crosswalk);
  }

  /**
   * Prepares a migration, after checking the crosswalk against the two instruments.
   *
   * @param crosswalk the crosswalk from {@code from} to {@code to}
   * @param from the instrument the responses answer
   * @param to the instrument they will answer
   * @return the migration, withholding personal data
   * @throws MnrException if checking the crosswalk finds errors; the message gives their number and
   *     the first
   */
  public static Migration of(Crosswalk crosswalk, Instrument from, Instrument to) {
    CrosswalkCheckReport report = crosswalk.check(from, to);
    if (report.hasErrors()) {
      throw new MnrException(
          "crosswalk "
              + Messages.quote(crosswalk.id())
              + " has "
              + report.errors().size()
              + " error"
              + (report.errors().size() == 1 ? "" : "s")
              + " against "
              + from.reference()
              + " and "
              + to.reference()
              + ", the first: "
              + report.errors().get(0));
    }
    return new Migration(crosswalk, from, to, false);
  }

  /**
   * Refuses migrations that cannot bring responses to other instruments together with responses to
   * one instrument: one that leads to another instrument, two from one instrument, or one from an
   * instrument on another framework (its capabilities could not be counted with the instrument's).
   *
   * @param instrument the instrument the migrations must lead to
   * @param migrations the migrations
   * @throws MnrException naming the crosswalk, or the instruments and their frameworks
   */
  public static void requireInto(Instrument instrument, List<Migration> migrations) {
    Map<String, String> seen = new HashMap<>();
    for (Migration migration : migrations) {
      if (!migration.to().reference().equals(instrument.reference())) {
        throw new MnrException(
            "crosswalk "
                + Messages.quote(migration.crosswalk().id())
                + " leads to "
                + migration.to().reference()
                + ", not to "
                + instrument.reference()
                + ", whose questions are counted");
      }
      String before = seen.put(migration.from().reference(), migration.crosswalk().id());
      if (before != null) {
        throw new MnrException(
            "two crosswalks lead from "
                + migration.from().reference()
                + ": "
                + Messages.quote(before)
                + " and "
                + Messages.quote(migration.crosswalk().id()));
      }
      Instrument from = migration.from();
      if (!from.framework().equals(instrument.framework())) {
        throw new MnrException(
            from.reference()
                + " rests on framework "
                + Messages.quote(from.framework().id())
                + " and "
                + instrument.reference()
                + " on "
                + Messages.quote(instrument.framework().id())
                + ": their capabilities cannot be counted together");
      }
    }
  }

  /**
   * Returns the crosswalk the responses go through.
   *
   * @return the crosswalk
   */
  public Crosswalk crosswalk() {
    return crosswalk;
  }

  /**
   * Returns the instrument the responses answer.
   *
   * @return the source instrument
   */
  public Instrument from() {
    return from;
  }

  /**
   * Returns the instrument the migrated responses answer.
   *
   * @return the target instrument
   */
  public Instrument to() {
    return to;
  }

  /**
   * Returns the questions of the source instrument whose answers the crosswalk may carry to a
   * question of the target, or to one of its options: the sources of the entries that map to it.
   *
   * @param targetQuestionId a question of the target instrument
   * @return the source questions, in the crosswalk's order; empty if the source instrument does not
   *     ask it
   */
  public List<String> sourcesOf(String targetQuestionId) {
    List<String> sources = new ArrayList<>();
    for (CrosswalkEntry entry : crosswalk.entries()) {
      boolean reaches =
          entry.relationship().maps()
              && entry.targets().stream()
                  .anyMatch(t -> Elements.question(t).equals(targetQuestionId));
      if (reaches) {
        for (String source : entry.sources()) {
          String question = Elements.question(source);
          if (!sources.contains(question)) {
            sources.add(question);
          }
        }
      }
    }
    return List.copyOf(sources);
  }

  /**
   * Returns a migration that carries personal data, or withholds them.
   *
   * @param personalData true to carry the respondent block and answers that ask for personal data
   * @return the migration
   */
  public Migration withPersonalData(boolean personalData) {
    return new Migration(crosswalk, from, to, personalData);
  }

  /**
   * Migrates one response.
   *
   * @param response a response to the source instrument
   * @return the response to the target instrument, with its notes
   * @throws MnrException if the response answers another instrument
   */
  public MigrationResult migrate(Response response) {
    if (!response.instrumentReference().equals(from.reference())) {
      throw new MnrException(
          "the response of "
              + Messages.quote(response.jurisdiction().id())
              + " answers "
              + Messages.quote(response.instrumentReference())
              + ", not "
              + from.reference()
              + ", where crosswalk "
              + Messages.quote(crosswalk.id())
              + " starts");
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    List<MigrationNote> notes = new ArrayList<>();
    Set<String> noted = new HashSet<>();
    for (CrosswalkEntry entry : crosswalk.entries()) {
      if (entry.sources().stream().anyMatch(Elements::isOption)
          || entry.targets().stream().anyMatch(Elements::isOption)) {
        continue;
      }
      migrate(entry, response, answers, notes);
      noted.addAll(entry.sources());
    }
    for (String questionId : response.answers().keySet()) {
      if (!noted.contains(questionId)) {
        notes.add(
            MigrationNote.of(
                Outcome.DROPPED,
                List.of(questionId),
                List.of(),
                Messages.quote(questionId)
                    + " is not a question the crosswalk maps: its answer is not carried"));
      }
    }
    Optional<Respondent> respondent = response.respondent();
    if (respondent.isPresent()
        && !personalData
        && !(respondent.get() instanceof Respondent.Withheld)) {
      notes.add(
          MigrationNote.of(
              Outcome.WITHHELD,
              List.of(),
              List.of(),
              "the respondent block is personal data: withheld unless asked for"));
      respondent = Optional.of(new Respondent.Withheld());
    }
    boolean review = notes.stream().anyMatch(note -> note.outcome().needsReview());
    Map<String, Answer> ordered = new LinkedHashMap<>();
    for (Question question : to.questions()) {
      Answer answer = answers.get(question.id());
      if (answer != null) {
        ordered.put(question.id(), answer);
      }
    }
    Response.Builder migrated =
        Response.builder()
            .instrumentReference(to.reference())
            .jurisdiction(response.jurisdiction())
            .status(review ? ResponseStatus.IN_PROGRESS : response.status())
            .putAllAnswers(ordered);
    respondent.ifPresent(migrated::respondent);
    response.receivedOn().ifPresent(migrated::receivedOn);
    return MigrationResult.of(migrated.build(), notes);
  }

  private void migrate(
      CrosswalkEntry entry,
      Response response,
      Map<String, Answer> answers,
      List<MigrationNote> notes) {
    List<String> answered = new ArrayList<>();
    for (String source : entry.sources()) {
      if (response.answers().containsKey(source)) {
        if (from.question(source).asksForPersonalData() && !personalData) {
          notes.add(
              MigrationNote.of(
                  Outcome.WITHHELD,
                  List.of(source),
                  entry.targets(),
                  "personal data: withheld unless asked for"));
        } else {
          answered.add(source);
        }
      }
    }
    if (entry.relationship() == Relationship.ADDED) {
      // The part of a question that another entry maps to is noted there.
      boolean partly =
          entry.targets().stream()
              .flatMap(t -> index.toTarget(t).stream())
              .anyMatch(i -> index.entry(i).relationship().maps());
      if (partly) {
        return;
      }
      notes.add(
          MigrationNote.of(
              Outcome.NEEDS_REVIEW,
              List.of(),
              entry.targets(),
              "a new question, not asked in " + from.reference()));
      return;
    }
    if (entry.relationship() == Relationship.REMOVED) {
      for (String source : answered) {
        notes.add(
            MigrationNote.of(
                Outcome.DROPPED,
                List.of(source),
                List.of(),
                "no counterpart in "
                    + to.reference()
                    + entry.rationale().map(r -> " (" + r + ")").orElse("")));
      }
      return;
    }
    if (answered.isEmpty()) {
      return;
    }
    if (entry.relationship() != Relationship.EQUIVALENT) {
      notes.add(
          MigrationNote.of(
              Outcome.NEEDS_REVIEW,
              answered,
              entry.targets(),
              "the old question is "
                  + entry.relationship().id()
                  + " than the new: its answer does not determine the new one"));
      return;
    }
    if (entry.targets().size() > 1) {
      notes.add(
          MigrationNote.of(
              Outcome.SPLIT,
              answered,
              entry.targets(),
              "split into " + entry.targets().size() + " questions: each needs its own answer"));
      return;
    }
    String target = entry.targets().get(0);
    List<Carried> carried = new ArrayList<>();
    for (String source : answered) {
      carried.add(carry(source, response.findAnswer(source).orElseThrow(), target));
    }
    Optional<Carried> undetermined = carried.stream().filter(c -> c.answer.isEmpty()).findFirst();
    if (undetermined.isPresent()) {
      notes.add(
          MigrationNote.of(
              Outcome.NEEDS_REVIEW, answered, List.of(target), undetermined.get().why));
      return;
    }
    if (entry.sources().size() > 1) {
      boolean agree = carried.stream().map(c -> c.answer).distinct().count() == 1;
      if (!agree) {
        notes.add(
            MigrationNote.of(
                Outcome.MERGE_CONFLICT,
                answered,
                List.of(target),
                "the answers to the merged questions differ: the new question is left unanswered"));
        return;
      }
      if (answered.size() < entry.sources().size()) {
        notes.add(
            MigrationNote.of(
                Outcome.NEEDS_REVIEW,
                answered,
                List.of(target),
                "only "
                    + answered.size()
                    + " of the "
                    + entry.sources().size()
                    + " merged questions were answered: the new question is left unanswered"));
        return;
      }
    }
    Carried first = carried.get(0);
    Answer answer = first.answer.orElseThrow();
    Answer earlier = answers.get(target);
    if (earlier != null && !earlier.equals(answer)) {
      answers.remove(target);
      notes.add(
          MigrationNote.of(
              Outcome.MERGE_CONFLICT,
              answered,
              List.of(target),
              "another entry carried a different answer to "
                  + target
                  + ": the new question is left unanswered"));
      return;
    }
    answers.put(target, answer);
    Outcome outcome =
        first.review
            ? Outcome.NEEDS_REVIEW
            : entry.sources().size() > 1
                ? Outcome.MERGED
                : first.why.isEmpty() ? Outcome.CARRIED : Outcome.NARROWED;
    notes.add(MigrationNote.of(outcome, answered, List.of(target), first.why));
  }

  /** An answer carried to a question, or why it cannot be; review when it may be incomplete. */
  private static final class Carried {
    final Optional<Answer> answer;
    final String why;
    final boolean review;

    Carried(Optional<Answer> answer, String why, boolean review) {
      this.answer = answer;
      this.why = why;
      this.review = review;
    }

    static Carried not(String why) {
      return new Carried(Optional.empty(), why, true);
    }
  }

  private Carried carry(String sourceId, Answer answer, String targetId) {
    Question target = to.question(targetId);
    List<String> lost = new ArrayList<>();
    Answer carried;
    if (answer instanceof Answer.Text text) {
      if (target.kind() != QuestionKind.TEXT) {
        return Carried.not(
            "a text answer cannot answer " + targetId + ", a " + target.kind().id() + " question");
      }
      carried = Answer.ofText(text.text());
    } else {
      if (target.kind() == QuestionKind.TEXT) {
        return Carried.not("a choice cannot answer " + targetId + ", a text question");
      }
      List<String> chosen = new ArrayList<>();
      for (String optionId : answer.chosen()) {
        String element = Elements.option(sourceId, optionId);
        Optional<String> mapped = mapOption(element);
        if (mapped.isEmpty()) {
          if (isRemoved(element)) {
            lost.add("option " + Messages.quote(optionId) + " has no counterpart and was left out");
            continue;
          }
          return Carried.not(
              "option "
                  + Messages.quote(optionId)
                  + " of "
                  + sourceId
                  + " maps to no one option of "
                  + targetId
                  + " in full");
        }
        if (!Elements.question(mapped.get()).equals(targetId)) {
          // An option moved to another question: what its choice says there is that question's
          // entry's business, not this answer's.
          lost.add(
              "option "
                  + Messages.quote(optionId)
                  + " maps to "
                  + mapped.get()
                  + ", of another question, and was left out");
          continue;
        }
        String optionIdThere = Elements.optionId(mapped.get());
        if (!chosen.contains(optionIdThere)) {
          chosen.add(optionIdThere);
        }
      }
      if (target.kind() == QuestionKind.MULTI_CHOICE) {
        if (chosen.isEmpty()) {
          return Carried.not(
              "no chosen option of " + sourceId + " has a counterpart in " + targetId);
        }
        carried = Answer.ofChoices(chosen);
      } else if (chosen.size() == 1 && lost.isEmpty()) {
        carried = Answer.ofChoice(chosen.get(0));
      } else {
        return Carried.not(
            targetId + " takes one choice, and the options chosen do not give exactly one");
      }
      if (answer.otherText().isPresent()) {
        boolean carriesText =
            chosen.stream()
                .map(target::findOption)
                .flatMap(Optional::stream)
                .anyMatch(Option::carriesText);
        if (carriesText) {
          carried = carried.withOtherText(answer.otherText().get());
        } else {
          lost.add("the \"other\" text has no option to go with and was left out");
        }
      }
    }
    if (answer.code().isPresent()) {
      if (target.codes().contains(answer.code().get())) {
        carried = carried.withCode(answer.code().get());
      } else {
        lost.add(
            "the analyst code "
                + Messages.quote(answer.code().get())
                + " is not a code of "
                + targetId);
      }
    }
    List<String> added = newOptions(target);
    boolean review = target.kind() == QuestionKind.MULTI_CHOICE && !added.isEmpty();
    if (review) {
      lost.add(
          "carried, but "
              + targetId
              + " offers "
              + (added.size() == 1 ? "a new option, " : "new options, ")
              + String.join(", ", added)
              + ", that was not asked: check it");
    }
    return new Carried(Optional.of(carried), String.join("; ", lost), review);
  }

  /** The option of the target instrument a source option maps to in full, if one does. */
  private Optional<String> mapOption(String element) {
    List<Integer> entries = index.fromSource(element);
    if (entries.isEmpty()) {
      List<String> implicit = index.implicitTargets(element);
      return implicit.size() == 1 ? Optional.of(implicit.get(0)) : Optional.empty();
    }
    List<CrosswalkEntry> mapping = new ArrayList<>();
    entries.stream().map(index::entry).filter(e -> e.relationship().maps()).forEach(mapping::add);
    if (mapping.size() == 1
        && mapping.get(0).targets().size() == 1
        && mapping.get(0).relationship().coversSources()) {
      return Optional.of(mapping.get(0).targets().get(0));
    }
    return Optional.empty();
  }

  private boolean isRemoved(String element) {
    List<Integer> entries = index.fromSource(element);
    return !entries.isEmpty()
        && entries.stream().allMatch(i -> index.entry(i).relationship() == Relationship.REMOVED);
  }

  /** The options of a target question reached by nothing but an added entry. */
  private List<String> newOptions(Question target) {
    List<String> added = new ArrayList<>();
    for (Option option : target.options()) {
      String element = Elements.option(target.id(), option.id());
      List<Integer> entries = index.toTarget(element);
      if (!entries.isEmpty()
          && entries.stream().allMatch(i -> index.entry(i).relationship() == Relationship.ADDED)) {
        added.add(option.id());
      }
    }
    return added;
  }

  @Override
  public String toString() {
    return "Migration[" + crosswalk.id() + ": " + from.reference() + " -> " + to.reference() + "]";
  }
}
