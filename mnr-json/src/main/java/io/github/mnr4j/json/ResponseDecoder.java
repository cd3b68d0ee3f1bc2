package io.github.mnr4j.json;

import io.github.mnr4j.DefinitionProblem;
import io.github.mnr4j.Identified;
import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Reads {@code mnr4j.response} documents straight from tokens: no tree, each value built as it is
 * read, fields in any order. Errors name the JSON Pointer, line and column of the offending value;
 * a problem the core finds when a value is built (an invalid jurisdiction id) is located at the
 * field it came from. Duplicate fields and answers are found here, whatever the parser's settings.
 *
 * <p>Short values that recur from response to response (option ids, codes, attribute values, short
 * texts, whole choices) are shared, so that a cohort held in memory keeps one copy of each; the
 * maps are bounded, so that hostile input cannot grow them without end. A decoder is not
 * thread-safe: each reading thread has its own.
 */
final class ResponseDecoder {
  /** Values longer than this are not shared: they are texts, which rarely recur. */
  private static final int SHARED_LENGTH = 40;

  /** The most values shared in each map, so that hostile input cannot grow it without end. */
  private static final int SHARED_COUNT = 4096;

  private static final List<String> RESPONSE_FIELDS =
      List.of(
          "format",
          "version",
          "instrument",
          "jurisdiction",
          "status",
          "answers",
          "respondent",
          "receivedOn");
  private static final List<String> JURISDICTION_FIELDS =
      List.of("id", "name", "incomeGroup", "region", "attributes");
  private static final List<String> ANSWER_FIELDS =
      List.of("choice", "choices", "text", "otherText", "code");
  private static final List<String> RESPONDENT_FIELDS = List.of("name", "role", "contact");

  /**
   * The built-in survey's question ids, the very strings its questions hold: an answer read to one
   * of them is keyed by that string, so that the validator, the assessor and the answers' own map
   * find it by identity rather than by comparing characters. Answers to other questions are read as
   * well, keyed by the name the parser read.
   */
  private static final List<String> SURVEY_QUESTIONS;

  /** The built-in survey's option ids, the strings its options hold, shared for the same reason. */
  private static final List<String> SURVEY_OPTIONS;

  static {
    List<String> questions = new ArrayList<>();
    List<String> options = new ArrayList<>();
    for (Question question : Instruments.mnrSurvey2021().questions()) {
      questions.add(question.id());
      for (Option option : question.options()) {
        options.add(option.id());
      }
    }
    SURVEY_QUESTIONS = List.copyOf(questions);
    SURVEY_OPTIONS = List.copyOf(new LinkedHashSet<>(options));
  }

  private static final PropertyNameMatcher SURVEY_QUESTION_NAMES = matcher(SURVEY_QUESTIONS);

  /** Jackson's matcher of these names, holding these very strings (not interned copies). */
  private static PropertyNameMatcher matcher(List<String> names) {
    List<Named> named = new ArrayList<>();
    for (String name : names) {
      named.add(Named.fromString(name));
    }
    return new JsonFactory().constructNameMatcher(named, true);
  }

  private final boolean lenient;
  private final ReadLimits limits;
  private final Map<String, String> shared = new HashMap<>();
  private final Map<String, Answer> choices = new HashMap<>();
  private final Map<String, Answer> texts = new HashMap<>();

  /** The questions the response being read answers so far. */
  private final Set<String> questionIds = new HashSet<>();

  /** The last response's jurisdiction id, where it was, for messages about the response. */
  private @Nullable String lastId;

  private @Nullable String lastIdPointer;
  private @Nullable TokenStreamLocation lastIdAt;
  private @Nullable Tokens lastIdTokens;

  ResponseDecoder(CodecOptions options) {
    this.lenient = options.ignoreUnknownFields;
    this.limits = options.limits;
    for (String option : SURVEY_OPTIONS) {
      shared.put(option, option);
    }
  }

  /**
   * Reads the response whose start the parser's current token is, and leaves the parser on the
   * response's end.
   */
  Response read(Tokens in) {
    in.requireObject("an " + ResponseCodec.FORMAT + " document");
    TokenStreamLocation start = in.parser.currentTokenLocation();
    String pointer = in.pointer();
    int seen = 0;
    String instrument = null;
    TokenStreamLocation instrumentAt = null;
    Jurisdiction jurisdiction = null;
    ResponseStatus status = null;
    Response.Builder builder = Response.builder();
    Respondent respondent = null;
    for (String name = in.parser.nextName(); name != null; name = in.parser.nextName()) {
      int field = RESPONSE_FIELDS.indexOf(name);
      if (field < 0) {
        unknown(in, name, RESPONSE_FIELDS, false);
        continue;
      }
      seen = once(in, seen, field, name);
      switch (field) {
        case 0 -> {
          String format = in.string();
          if (!format.equals(ResponseCodec.FORMAT)) {
            throw in.error(
                "expected format '"
                    + ResponseCodec.FORMAT
                    + "' but found '"
                    + Messages.clip(format)
                    + "'");
          }
        }
        case 1 -> {
          if (in.parser.nextToken() != JsonToken.VALUE_NUMBER_INT
              || !in.parser.getString().equals(String.valueOf(DocumentCodec.VERSION))) {
            throw in.error(
                "unsupported version "
                    + in.describe()
                    + " of "
                    + ResponseCodec.FORMAT
                    + "; this release reads version "
                    + DocumentCodec.VERSION);
          }
        }
        case 2 -> {
          instrument = sharedString(in);
          instrumentAt = in.parser.currentTokenLocation();
        }
        case 3 -> jurisdiction = jurisdiction(in, pointer + "/jurisdiction");
        case 4 -> status = id(in, "status", ResponseStatus.class);
        case 5 -> answers(in, pointer, builder);
        case 6 -> respondent = respondent(in);
        default -> builder.receivedOn(date(in));
      }
    }
    for (int field = 0; field < 6; field++) {
      if ((seen & (1 << field)) == 0) {
        throw new MnrJsonException(
            List.of(
                in.problem(
                    "missing required field '" + RESPONSE_FIELDS.get(field) + "'",
                    pointer,
                    start)));
      }
    }
    // Each was seen, so each was set.
    builder
        .instrumentReference(Objects.requireNonNull(instrument))
        .jurisdiction(Objects.requireNonNull(jurisdiction))
        .status(Objects.requireNonNull(status));
    if (respondent != null) {
      builder.respondent(respondent);
    }
    try {
      return builder.build();
    } catch (InvalidDefinitionException e) {
      throw located(in, e, pointer, start, Map.of("instrument", instrumentAt));
    }
  }

  /** A date written as ISO 8601 writes a day, {@code 2021-05-14}. */
  private static LocalDate date(Tokens in) {
    String text = in.string();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw in.error(
          "expected a date written YYYY-MM-DD, such as 2021-05-14, but found '"
              + Messages.clip(text)
              + "'");
    }
  }

  private Jurisdiction jurisdiction(Tokens in, String pointer) {
    in.startObject("a jurisdiction");
    TokenStreamLocation start = in.parser.currentTokenLocation();
    TokenStreamLocation[] at = new TokenStreamLocation[JURISDICTION_FIELDS.size()];
    Jurisdiction.Builder jurisdiction = Jurisdiction.builder();
    int seen = 0;
    for (String name = in.parser.nextName(); name != null; name = in.parser.nextName()) {
      int field = JURISDICTION_FIELDS.indexOf(name);
      if (field < 0) {
        unknown(in, name, JURISDICTION_FIELDS, false);
        continue;
      }
      seen = once(in, seen, field, name);
      switch (field) {
        case 0 -> {
          String id = in.string();
          jurisdiction.id(id);
          lastId = id;
          lastIdPointer = pointer + "/id";
          lastIdAt = in.parser.currentTokenLocation();
          lastIdTokens = in;
        }
        case 1 -> jurisdiction.name(in.string());
        case 2 -> jurisdiction.incomeGroup(id(in, "incomeGroup", IncomeGroup.class));
        case 3 -> jurisdiction.region(id(in, "region", Region.class));
        default -> {
          in.startObject("the attributes");
          Map<String, String> attributes = new HashMap<>();
          for (String key = in.parser.nextName(); key != null; key = in.parser.nextName()) {
            String value = sharedString(in);
            if (attributes.put(key, value) != null) {
              throw in.error("duplicate field '" + Messages.clip(key) + "'");
            }
            jurisdiction.putAttribute(key, value);
          }
        }
      }
      at[field] = in.parser.currentTokenLocation();
    }
    for (int field = 0; field < 2; field++) {
      if ((seen & (1 << field)) == 0) {
        throw new MnrJsonException(
            List.of(
                in.problem(
                    "missing required field '" + JURISDICTION_FIELDS.get(field) + "'",
                    pointer,
                    start)));
      }
    }
    try {
      return jurisdiction.build();
    } catch (InvalidDefinitionException e) {
      Map<String, TokenStreamLocation> fields = new HashMap<>();
      for (int field = 0; field < at.length; field++) {
        if (at[field] != null) {
          fields.put(JURISDICTION_FIELDS.get(field), at[field]);
        }
      }
      throw located(in, e, pointer, start, fields);
    }
  }

  private void answers(Tokens in, String responsePointer, Response.Builder builder) {
    boolean withheld = in.withholdValues;
    in.withholdValues = true;
    try {
      readAnswers(in, responsePointer, builder);
    } finally {
      in.withholdValues = withheld;
    }
  }

  private void readAnswers(Tokens in, String responsePointer, Response.Builder builder) {
    in.startObject("the answers, by question id");
    questionIds.clear();
    for (int question = in.parser.nextNameMatch(SURVEY_QUESTION_NAMES);
        question != PropertyNameMatcher.MATCH_END_OBJECT;
        question = in.parser.nextNameMatch(SURVEY_QUESTION_NAMES)) {
      // Not one of the survey's questions: named as the parser read it.
      String id = question >= 0 ? SURVEY_QUESTIONS.get(question) : in.parser.currentName();
      if (questionIds.size() >= limits.maxAnswers()) {
        in.parser.nextToken();
        throw in.error(
            "the response gives more than "
                + limits.maxAnswers()
                + " answers, the"
                + " most a response may (ReadLimits.answers)");
      }
      Answer answer = answer(in, responsePointer, id);
      if (!questionIds.add(id)) {
        throw in.error("duplicate field '" + Messages.clip(id) + "'");
      }
      builder.putAnswer(id, answer);
    }
  }

  private Answer answer(Tokens in, String responsePointer, String id) {
    in.startObject("an answer");
    Answer answer = null;
    String otherText = null;
    String code = null;
    TokenStreamLocation codeAt = null;
    int seen = 0;
    for (String name = in.parser.nextName(); name != null; name = in.parser.nextName()) {
      int field = ANSWER_FIELDS.indexOf(name);
      if (field < 0) {
        // Any question may ask for personal data (a custom instrument's, which the reader does not
        // know), so no unknown name inside an answer is quoted.
        unknown(in, name, ANSWER_FIELDS, true);
        continue;
      }
      seen = once(in, seen, field, name);
      if (field < 3 && answer != null) {
        in.parser.nextToken();
        throw in.error(
            "an answer holds exactly one of \"choice\", \"choices\" or \"text\";"
                + " this one holds "
                + Integer.bitCount(seen & 7));
      }
      switch (field) {
        case 0 -> answer = choice(in);
        case 1 -> answer = Answer.ofChoices(choices(in));
        case 2 -> answer = text(in);
        case 3 -> otherText = in.string();
        default -> {
          code = sharedString(in);
          codeAt = in.parser.currentTokenLocation();
        }
      }
    }
    // Problems of the answer as a whole are located at its end, where the parser is: remembering
    // where every answer starts made a quarter of what reading a cohort allocated.
    if (answer == null) {
      throw new MnrJsonException(
          List.of(
              in.problem(
                  "an answer holds exactly one of"
                      + " \"choice\", \"choices\" or \"text\"; this one holds 0",
                  answerPointer(responsePointer, id),
                  in.parser.currentTokenLocation())));
    }
    if (otherText != null) {
      answer = answer.withOtherText(otherText);
    }
    if (code != null) {
      try {
        answer = answer.withCode(code);
      } catch (InvalidDefinitionException e) {
        throw located(
            in,
            e,
            answerPointer(responsePointer, id),
            in.parser.currentTokenLocation(),
            Map.of("code", codeAt));
      }
    }
    return answer;
  }

  /** An answer's pointer, made only for a message. */
  private static String answerPointer(String responsePointer, String questionId) {
    return responsePointer + "/answers/" + NodeReader.escape(questionId);
  }

  private List<String> choices(Tokens in) {
    if (in.parser.nextToken() != JsonToken.START_ARRAY) {
      throw in.error("expected an array for 'choices' but found " + in.describe());
    }
    List<String> choices = new ArrayList<>();
    for (JsonToken token = in.parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = in.parser.nextToken()) {
      if (token != JsonToken.VALUE_STRING) {
        throw in.error("expected a string but found " + in.describe());
      }
      if (choices.size() >= limits.maxChoices()) {
        throw in.error(
            "the answer lists more than "
                + limits.maxChoices()
                + " choices, the most"
                + " an answer may (ReadLimits.choices)");
      }
      choices.add(shared(in));
    }
    return choices;
  }

  /** Reads the respondent block; its values are personal data, which no message quotes. */
  private Respondent respondent(Tokens in) {
    boolean withheld = in.withholdValues;
    in.withholdValues = true;
    try {
      return readRespondent(in);
    } finally {
      in.withholdValues = withheld;
    }
  }

  private Respondent readRespondent(Tokens in) {
    JsonToken token = in.parser.nextToken();
    if (token == JsonToken.VALUE_STRING && in.parser.getString().equals(ResponseCodec.WITHHELD)) {
      return new Respondent.Withheld();
    }
    if (token != JsonToken.START_OBJECT) {
      throw in.error(
          "expected \"withheld\" or an object with name, role and contact, but found "
              + (token == JsonToken.VALUE_STRING ? "another string" : in.describe()));
    }
    String[] values = new String[3];
    int seen = 0;
    for (String name = in.parser.nextName(); name != null; name = in.parser.nextName()) {
      int field = RESPONDENT_FIELDS.indexOf(name);
      if (field < 0) {
        unknown(in, name, RESPONDENT_FIELDS, true);
        continue;
      }
      seen = once(in, seen, field, name);
      if (in.parser.nextToken() != JsonToken.VALUE_STRING) {
        throw in.error(
            "expected a string for the respondent's "
                + name
                + " but found "
                + (in.parser.currentToken().isScalarValue() ? "another value" : in.describe()));
      }
      values[field] = in.parser.getString();
    }
    for (int field = 0; field < 3; field++) {
      if (values[field] == null) {
        throw in.error("missing required field '" + RESPONDENT_FIELDS.get(field) + "'");
      }
    }
    return new Respondent.Person(values[0], values[1], values[2]);
  }

  private <E extends Enum<E> & Identified> E id(Tokens in, String name, Class<E> type) {
    String value = in.string();
    return Identified.find(type, value)
        .orElseThrow(
            () ->
                in.error(
                    "unknown "
                        + name
                        + " '"
                        + Messages.clip(value)
                        + "'; known: "
                        + String.join(", ", Identified.ids(type))));
  }

  /** Rejects a field seen before; returns the set of fields seen, with this one. */
  private static int once(Tokens in, int seen, int field, String name) {
    if ((seen & (1 << field)) != 0) {
      throw in.error("duplicate field '" + name + "'");
    }
    return seen | (1 << field);
  }

  /**
   * Skips an unknown field, or refuses it naming the known ones: by its name, or without it where
   * the name may be personal data (in the respondent block, or an answer to a question that asks
   * for personal data).
   */
  private void unknown(Tokens in, String name, List<String> known, boolean personal) {
    if (lenient) {
      in.skipValue();
      return;
    }
    in.parser.nextToken();
    if (personal) {
      // The name may be the personal data itself: the message names the object it is in.
      String pointer = in.pointer();
      throw new MnrJsonException(
          List.of(
              in.problem(
                  "unknown field (its name is left out: it may be personal data); known here: "
                      + String.join(", ", known),
                  pointer.substring(0, pointer.lastIndexOf('/')),
                  in.parser.currentTokenLocation())));
    }
    throw in.error(
        "unknown field '" + Messages.clip(name) + "'; known here: " + String.join(", ", known));
  }

  /** Locates the problems the core found when it built a value from the fields read. */
  private static MnrJsonException located(
      Tokens in,
      InvalidDefinitionException e,
      String pointer,
      TokenStreamLocation start,
      Map<String, TokenStreamLocation> fields) {
    List<JsonProblem> problems = new ArrayList<>();
    for (DefinitionProblem problem : e.problems()) {
      List<String> path = DocumentCodec.segments(problem.pointer());
      String field = path.isEmpty() ? "" : path.get(0);
      TokenStreamLocation at = fields.get(field);
      problems.add(
          at == null
              ? in.problem(problem.message(), pointer, start)
              : in.problem(problem.message(), pointer + "/" + NodeReader.escape(field), at));
    }
    return new MnrJsonException(problems);
  }

  /**
   * Reads a choice: one shared answer for each option, since most answers are a plain yes or no,
   * and a cohort held in memory then keeps one of each.
   */
  private Answer choice(Tokens in) {
    in.requireString();
    return sharedValue(in, choices, Answer::ofChoice);
  }

  /**
   * Reads a text answer; a short text that recurs ("N/A", "Ministry of Justice") is one shared
   * answer, as choices are.
   */
  private Answer text(Tokens in) {
    in.requireString();
    return sharedValue(in, texts, Answer::ofText);
  }

  /** Reads a string value, one shared copy if it is short. */
  private String sharedString(Tokens in) {
    in.requireString();
    return shared(in);
  }

  /** The string of the current token, one shared copy if it is short. */
  private String shared(Tokens in) {
    return sharedValue(in, shared, Function.identity());
  }

  /**
   * The value the current string token stands for: the one kept for it, or a new one (kept, if the
   * string is short and there is room, so that hostile input cannot grow the map without end).
   */
  private <V> V sharedValue(Tokens in, Map<String, V> values, Function<String, V> make) {
    String string = in.parser.getString();
    if (string.length() > SHARED_LENGTH) {
      return make.apply(string);
    }
    V known = values.get(string);
    if (known != null) {
      return known;
    }
    // An answer holds the shared string: the survey's own option id, where it is one.
    String kept = values == shared ? string : shared(in);
    V value = make.apply(kept);
    if (values.size() < SHARED_COUNT) {
      values.put(kept, value);
    }
    return value;
  }

  /** Forgets the last response's jurisdiction, before reading another. */
  void forgetJurisdiction() {
    lastId = null;
    lastIdPointer = null;
    lastIdAt = null;
    lastIdTokens = null;
  }

  /** The id of the jurisdiction of the response being read, if it was read. */
  @Nullable String lastJurisdictionId() {
    return lastId;
  }

  /** A problem located at the last jurisdiction id read. */
  JsonProblem jurisdictionIdProblem(String message) {
    return Objects.requireNonNull(lastIdTokens)
        .problem(message, Objects.requireNonNull(lastIdPointer), Objects.requireNonNull(lastIdAt));
  }
}
