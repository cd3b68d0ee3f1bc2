package io.github.mnr4j.survey;

import static io.github.mnr4j.survey.QuestionKind.MULTI_CHOICE;
import static io.github.mnr4j.survey.QuestionKind.SINGLE_CHOICE;
import static io.github.mnr4j.survey.QuestionKind.TEXT;
import static io.github.mnr4j.survey.QuestionKind.YES_NO;
import static io.github.mnr4j.survey.QuestionRole.COMMENTS;
import static io.github.mnr4j.survey.QuestionRole.CONTEXT;
import static io.github.mnr4j.survey.QuestionRole.DETAIL;
import static io.github.mnr4j.survey.QuestionRole.GATE;
import static io.github.mnr4j.survey.QuestionRole.IDENTITY;
import static io.github.mnr4j.survey.QuestionRole.SECONDARY_GATE;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.framework.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * The End Violence/UNICEF survey of UNICEF country offices, reconstructed as far as <i>Framing the
 * future</i> (2022) describes it; see {@link Instruments#unicefSurvey2021()}. Every text is mnr4j's
 * and in square brackets; the errata say what each part rests on.
 */
final class UnicefSurvey {
  private UnicefSurvey() {}

  static final String ID = "end-violence-unicef-survey";
  static final String EDITION = "2021";

  /** The report's words for how the survey was run (Methodology). */
  private static final String METHODOLOGY =
      "\"A similar survey was issued to low- and middle-income countries as part of a study"
          + " supported by End Violence and conducted by UNICEF\"; \"the End Violence/UNICEF"
          + " survey was administered to UNICEF country offices (who often completed the survey in"
          + " coordination with government counterparts). The Alliance survey also had more"
          + " open-ended questions to allow government respondents to provide detailed"
          + " information. Both survey tools were based on the MNR.\"";

  /** The report's words for the legislation question (Domain 1, Legislation). */
  private static final String LEGISLATION =
      "\"The UNICEF/End Violence survey for low and middle-income countries issued to UNICEF"
          + " country offices asked whether legislation was in place to address online child"
          + " sexual exploitation and abuse and whether it was perceived to be comprehensive or"
          + " partial. In most countries surveyed (88 per cent, 22 of 25), existing laws were"
          + " viewed as inadequate.\"";

  static Instrument build() {
    List<Question> questions = new ArrayList<>();
    int[] number = {0};
    questions.add(question(number, "introduction", TEXT, true, IDENTITY, "[Country]").build());
    questions.add(
        question(
                number,
                "introduction",
                TEXT,
                true,
                IDENTITY,
                "[The UNICEF country office completing the survey, and its contact person]")
            .asksForPersonalData(true)
            .build());
    questions.add(
        question(
                number,
                "introduction",
                MULTI_CHOICE,
                true,
                CONTEXT,
                "[How has the Model National Response been used in the country? (select all that"
                    + " apply)]")
            .addAllOptions(
                List.of(
                    Option.of("capability-guide", "[As a guide for specific capabilities]"),
                    Option.of("good-practice-reference", "[As a reference for good practice]"),
                    Option.of("policy-basis", "[As a basis for policy development]"),
                    Option.of("progress-framework", "[As a framework for measuring progress]"),
                    Option.builder()
                        .id("not-used")
                        .text("[The Model National Response has not been used]")
                        .exclusive(true)
                        .build(),
                    Option.builder()
                        .id("other")
                        .text("[Other (please describe)]")
                        .carriesText(true)
                        .build()))
            .build());
    questions.add(
        gate(
            number,
            "policy-governance",
            "a national governance or oversight committee for"
                + " online child sexual exploitation and abuse",
            "leadership"));
    questions.add(
        question(
                number,
                "policy-governance",
                YES_NO,
                true,
                SECONDARY_GATE,
                "[Is there a national policy or strategy to address online child sexual"
                    + " exploitation and abuse?]",
                "leadership")
            .build());
    questions.add(
        gate(
            number,
            "policy-governance",
            "national research, analysis and monitoring of online"
                + " child sexual exploitation and abuse",
            "research-analysis-monitoring"));
    questions.add(
        question(
                number,
                "policy-governance",
                YES_NO,
                true,
                GATE,
                "[Is legislation in place to address online child sexual exploitation and"
                    + " abuse?]",
                "legislation")
            .build());
    questions.add(
        question(
                number,
                "policy-governance",
                SINGLE_CHOICE,
                true,
                DETAIL,
                "[Is the legislation perceived to be comprehensive or partial?]",
                "legislation")
            .addAllOptions(
                List.of(
                    Option.of("comprehensive", "[Comprehensive]"),
                    Option.of("partial", "[Partial]")))
            .build());
    questions.add(
        gate(
            number,
            "criminal-justice",
            "a dedicated law enforcement capability for online"
                + " child sexual exploitation and abuse",
            "dedicated-law-enforcement"));
    questions.add(
        gate(
            number,
            "criminal-justice",
            "specialist knowledge and skills among judiciary and"
                + " prosecutors dealing with these cases",
            "judiciary-prosecutors"));
    questions.add(
        gate(
            number,
            "criminal-justice",
            "a process to manage and rehabilitate child sex" + " offenders",
            "offender-management"));
    questions.add(
        gate(
            number,
            "criminal-justice",
            "access for law enforcement to specialist tools and" + " image databases",
            "image-databases"));
    questions.add(
        question(
                number,
                "criminal-justice",
                YES_NO,
                true,
                SECONDARY_GATE,
                "[Is there a national child sexual abuse image database?]",
                "image-databases")
            .build());
    questions.add(
        gate(
            number,
            "victim",
            "integrated end-to-end support for child victims through"
                + " investigation, legal proceedings and beyond",
            "end-to-end-support"));
    questions.add(
        gate(
            number,
            "victim",
            "a child protection workforce trained, coordinated and available"
                + " to support victims",
            "child-protection-workforce"));
    questions.add(
        gate(number, "victim", "access to remedies and reparations for victims", "remedies"));
    questions.add(gate(number, "victim", "a child helpline", "child-helpline"));
    questions.add(
        gate(
            number,
            "societal",
            "a hotline to report child sexual abuse material online",
            "csea-hotline"));
    questions.add(
        question(
                number,
                "societal",
                TEXT,
                false,
                DETAIL,
                "[Who operates the hotline or reporting portal, and is it part of the INHOPE"
                    + " network?]",
                "csea-hotline")
            .addAllCodes(Instruments.HOTLINE_CODES)
            .putCodeGroup("inhope", List.of("inhope-national-hotline", "inhope-iwf-portal"))
            .build());
    questions.add(
        gate(
            number,
            "societal",
            "a national education programme to raise awareness of online"
                + " child sexual exploitation and abuse",
            "education-programme"));
    questions.add(
        gate(
            number,
            "societal",
            "participation of children and young people in the"
                + " development of policy and practice",
            "child-participation"));
    questions.add(
        question(
                number,
                "societal",
                YES_NO,
                true,
                GATE,
                "[Are there support systems for offenders and people at risk of offending?]",
                "offender-support-systems")
            .build());
    questions.add(
        question(
                number,
                "industry",
                YES_NO,
                true,
                GATE,
                "[Are there procedures in place for the timely removal or blocking of child"
                    + " sexual abuse material?]",
                "takedown-procedures",
                "csea-reporting")
            .build());
    questions.add(
        question(
                number,
                "industry",
                YES_NO,
                true,
                GATE,
                "[Does government engage industry in developing solutions and in its"
                    + " responsibility to children?]",
                "innovative-solutions",
                "corporate-social-responsibility")
            .build());
    questions.add(
        gate(
            number,
            "media-communications",
            "government support for ethical, informed and" + " balanced media reporting",
            "ethical-media-reporting"));
    questions.add(
        gate(
            number,
            "media-communications",
            "debate, discussion or adoption of universally" + " agreed terminology",
            "universal-terminology"));
    questions.add(
        question(
                number,
                "closing",
                TEXT,
                false,
                COMMENTS,
                "[Any further comments on the national response]")
            .build());
    return Instrument.builder()
        .id(ID)
        .edition(EDITION)
        .title(
            "[End Violence/UNICEF survey of national responses to online child sexual"
                + " exploitation and abuse]")
        .source(
            "End Violence/UNICEF survey administered to UNICEF country offices for the study"
                + " published as UNICEF (2021), Ending Online Child Sexual Exploitation and Abuse:"
                + " Lessons learned and promising practices in low- and middle-income countries;"
                + " not printed in WeProtect Global Alliance and UNICEF (2022), Framing the"
                + " future, and reconstructed by mnr4j from its Methodology and its Legislation"
                + " section")
        .framework(Frameworks.mnr())
        .addAllSections(sections())
        .addAllQuestions(questions)
        .addAllSkipRules(List.of(SkipRule.ifNo("u7", "u9"), SkipRule.ifNo("u18", "u20")))
        .addAllNotes(
            List.of(
                Note.of(
                    "N1",
                    "RECONSTRUCTED. The instrument is not printed in the report: every text is"
                        + " mnr4j's, in square brackets, and ids, kinds, required marks, skip rules"
                        + " and links are inferred (errata U1 to U5)."),
                Note.of(
                    "N2",
                    "The respondent was a UNICEF country office; u2 asks for personal data, which"
                        + " a response holds in its respondent block.")))
        .addAllErrata(
            List.of(
                Erratum.of(
                    "U1",
                    "The instrument is not printed in Framing the future (2022), whose"
                        + " Methodology says: "
                        + METHODOLOGY
                        + " Every text is reconstructed by mnr4j, in square brackets; the"
                        + " question ids (u1 to u27), kinds, required marks, skip rules and links"
                        + " to the framework are inferred, and the sections follow the"
                        + " framework's domains."),
                Erratum.of(
                    "U2",
                    "The legislation questions u7 and u8 reconstruct what the report says the"
                        + " survey asked: "
                        + LEGISLATION
                        + " The report's \"inadequate\" is read as the answer partial."),
                Erratum.of(
                    "U3",
                    "The report counts some answers across all 42 countries of the review, so"
                        + " both surveys asked them in some form: the uses of the MNR (Figure 2;"
                        + " u3, as the Alliance's q6), a national policy or strategy (u5, as q10),"
                        + " a national image database (u13, as q33), INHOPE membership of"
                        + " hotlines (u19, coded as q52 is) and each capability of Figure 1 (one"
                        + " yes-or-no question each). Their options and codes copy the Alliance"
                        + " survey's; how the UNICEF survey worded or offered them is not"
                        + " known."),
                Erratum.of(
                    "U4",
                    "Figure 1 counts universal terminology as yes or no across both surveys;"
                        + " the Alliance's q78 is free text an analyst codes, and u26 asks yes or"
                        + " no, in keeping with the survey's fewer open-ended questions."),
                Erratum.of(
                    "U5",
                    "The report does not date the UNICEF survey; the edition, 2021, is the year"
                        + " of the study's report.")))
        .build();
  }

  /** A yes-or-no gate: is the capability in place? */
  private static Question gate(int[] number, String sectionId, String what, String capability) {
    return question(number, sectionId, YES_NO, true, GATE, "[Is there " + what + "?]", capability)
        .build();
  }

  private static Question.Builder question(
      int[] number,
      String sectionId,
      QuestionKind kind,
      boolean required,
      QuestionRole role,
      String text,
      String... informs) {
    int n = ++number[0];
    return Question.builder()
        .id("u" + n)
        .number(n)
        .sectionId(sectionId)
        .kind(kind)
        .required(required)
        .role(role)
        .text(text)
        .addAllInforms(List.of(informs));
  }

  private static List<Section> sections() {
    return List.of(
        Section.builder().id("introduction").number(1).title("[Introduction]").build(),
        domain("policy-governance", 2, "[Policy and Governance]"),
        domain("criminal-justice", 3, "[Criminal Justice]"),
        domain("victim", 4, "[Victims]"),
        domain("societal", 5, "[Societal]"),
        domain("industry", 6, "[Industry]"),
        domain("media-communications", 7, "[Media and Communications]"),
        Section.builder().id("closing").number(8).title("[Closing]").build());
  }

  private static Section domain(String id, int number, String title) {
    return Section.builder().id(id).number(number).title(title).domainId(id).build();
  }
}
