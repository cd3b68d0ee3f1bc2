package io.github.mnr4j.survey;

import static io.github.mnr4j.survey.QuestionKind.MULTI_CHOICE;
import static io.github.mnr4j.survey.QuestionKind.TEXT;
import static io.github.mnr4j.survey.QuestionKind.YES_NO;
import static io.github.mnr4j.survey.QuestionRole.CHALLENGES;
import static io.github.mnr4j.survey.QuestionRole.CHECKLIST;
import static io.github.mnr4j.survey.QuestionRole.COMMENTS;
import static io.github.mnr4j.survey.QuestionRole.CONTEXT;
import static io.github.mnr4j.survey.QuestionRole.DETAIL;
import static io.github.mnr4j.survey.QuestionRole.GATE;
import static io.github.mnr4j.survey.QuestionRole.GOOD_PRACTICE;
import static io.github.mnr4j.survey.QuestionRole.IDENTITY;
import static io.github.mnr4j.survey.QuestionRole.LESSONS;
import static io.github.mnr4j.survey.QuestionRole.SECONDARY_GATE;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.framework.Note;
import io.github.mnr4j.framework.Passage;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in instruments. {@link #mnrSurvey2021()} is the WeProtect Global Alliance's "Survey
 * on National Response to Online Child Sexual Abuse and Exploitation" of February and March
 * 2021, as Appendix 2 of the report <i>Framing the future</i> (2022) prints it: 9 sections,
 * questions q1 to q81, with the transcription's kinds, required flags, options, skip rules and
 * links to the Model National Response's capabilities.
 *
 * <p>The printed survey has defects, recorded as {@link Instrument#errata()}: q33 skips back to
 * q32 (E1; the built-in skips to q35, and {@link #mnrSurvey2021AsPrinted()} keeps the printed
 * target for checks and tests); q79 and q80 say "Societal" in the Media and Communications
 * section (E2); some words and q10's required mark and skip target are reconstructed (E3, in
 * square brackets in the texts); the enablers differ from Appendix 1 (E4).
 *
 * <pre>{@code
 * Instrument survey = Instruments.mnrSurvey2021();
 * survey.questions().size();   // 81
 * survey.question("q33");      // Question q33 (yes-no, required, secondary-gate of image-databases)
 * }</pre>
 *
 * <p>{@link #unicefSurvey2021()} is the review's other survey, the End Violence/UNICEF survey of
 * UNICEF country offices, which the report describes but does not print: a reconstruction, every
 * text in square brackets.
 *
 * <p>Thread-safe: the built-in values are immutable and created once.
 */
public final class Instruments {
  /** The built-in survey's id. */
  private static final String MNR_SURVEY_ID = "wpga-mnr-survey";
  /** The built-in survey's edition. */
  private static final String MNR_SURVEY_EDITION = "2021";

  private static final boolean REQUIRED = true;
  private static final boolean OPTIONAL = false;

  private static final List<Option> Q6_OPTIONS = List.of(
      Option.of("capability-guide",
          "As a guide for specific capabilities (e.g. policy, criminal justice, etc)"),
      Option.of("good-practice-reference", "As a reference for good practice"),
      Option.of("policy-basis", "As a basis for policy development"),
      Option.of("progress-framework", "As a framework for measuring progress"),
      Option.builder().id("not-used").text("Government has not used the Model National Response")
          .exclusive(true).build(),
      Option.builder().id("other").text("Other (please describe)").carriesText(true).build());

  private static final List<Option> Q17_OPTIONS = List.of(
      Option.of("penetrative-offences", "There are specific laws criminalizing sexual acts against"
          + " children involving penetration (i.e. forced sex, rape)"),
      Option.of("non-penetrative-offences", "There are specific laws criminalizing sexual acts"
          + " against children not involving penetration (i.e. sexual touching)"),
      Option.of("technology-facilitated-abuse",
          "There are laws criminalizing technology-facilitated child sexual abuse"),
      Option.of("csam-possession", "There are laws criminalizing knowing possession of child"
          + " sexual abuse materials (CSAM), regardless of the intent to distribute"),
      Option.of("child-friendly-justice", "[There are laws providing child-friend]ly measures"
          + " for children suspected or accused of sex offences that ensure [detention is a"
          + " mea]sure of last resort and prioritise their rehabilitation"),
      Option.builder().id("isp-reporting-duty").text("There are laws requiring Internet Service"
          + " Providers (ISPs) to report suspected CSAM to law enforcement or to some other"
          + " mandated agency").addAlsoInform("csea-reporting").build(),
      Option.of("grooming-intent-to-meet", "There are laws criminalizing online grooming, with"
          + " the intent to meet the child offline"),
      Option.of("grooming-regardless-of-intent", "There are laws criminalizing online grooming,"
          + " regardless of the intent to meet the child offline"),
      Option.of("sex-offender-register",
          "There are laws providing for a national sex offender register"),
      Option.of("mandatory-reporting", "There are laws making the reporting of sexual acts"
          + " against children mandatory for certain professions"),
      Option.of("background-checks", "There are laws requiring criminal records and other checks"
          + " for employees and volunteers working with children"));

  private static final List<Option> Q28_OPTIONS = List.of(
      Option.of("custody-supervision",
          "There is direct supervision of offenders when in custody or prison"),
      Option.of("post-release-management", "There is management of offenders in the community"
          + " after their release from custody or prison"),
      Option.of("intelligence-sharing", "There is ongoing collection, analysis and sharing of"
          + " intelligence relating to offenders, nationally and internationally"),
      Option.of("sex-offender-register",
          "There is a national sex offender register (as defined by national legislation)"),
      Option.of("statutory-tools", "There are statutory tools (such as notification requirements"
          + " and court orders) to help manage offenders in the community"));

  private static final List<Option> Q44_OPTIONS = List.of(
      Option.of("recovery-services", "There are services to aid the recovery of victims"
          + " including medical, psychological, social care, legal, housing, education and"
          + " training services"),
      Option.of("compensation",
          "There are accessible, fair and transparent compensation arrangements"),
      Option.of("advocacy",
          "There are accessible advocacy services including support for self-advocacy"),
      Option.of("complaints-procedure", "There is an independent complaints procedure"),
      Option.of("child-friendly-information",
          "Child-friendly information and advice is available about these services"));

  private static final List<Option> Q55_OPTIONS = List.of(
      Option.of("children", "Children"),
      Option.of("young-people", "Young people"),
      Option.of("parents-guardians", "Parents and guardians"),
      Option.of("practitioners", "Practitioners"),
      Option.builder().id("other").text("Other").carriesText(true).build());

  private static final List<Option> Q62_OPTIONS = List.of(
      Option.of("sexual-interest", "[There are support systems in ]place for people with a"
          + " sexual interest in children to prevent them from acting on their interest"),
      Option.of("convicted-offenders", "[There are support systems in ]place for convicted"
          + " child sex offenders as part of their rehabilitation to prevent reoffending"),
      Option.of("harmful-sexual-behaviour", "There are support systems in place for young people"
          + " displaying sexually harmful behaviour"),
      Option.of("family-and-friends",
          "There are support systems available for family and friends of child sex offenders"));

  /** A skip rule as printed: "No (skip to question N)" on a question. */
  private static final class Skip {
    final int question;
    final int target;

    Skip(int question, int target) {
      this.question = question;
      this.target = target;
    }
  }

  /** The skip rules as printed, question number then target. */
  private static final List<Skip> SKIPS = List.of(new Skip(7, 9), new Skip(10, 12),
      new Skip(13, 15), new Skip(16, 18), new Skip(21, 23), new Skip(24, 26), new Skip(27, 29),
      new Skip(30, 32), new Skip(33, 35), new Skip(37, 39), new Skip(40, 42), new Skip(43, 45),
      new Skip(46, 48), new Skip(51, 53), new Skip(54, 57), new Skip(58, 60), new Skip(61, 63),
      new Skip(66, 68), new Skip(70, 72), new Skip(75, 77));

  /**
   * The analyst codes of q52, as the report counts hotlines (Framing the future, 2022, "Hotline"):
   * a national hotline that is part of INHOPE, a reporting portal operated by the Internet Watch
   * Foundation (an INHOPE member), or not part of INHOPE.
   */
  private static final List<String> Q52_CODES = List.of("inhope-national-hotline",
      "inhope-iwf-portal", "not-inhope");

  /** q52's codes, which the UNICEF survey's hotline question shares. */
  static final List<String> HOTLINE_CODES = Q52_CODES;

  /** The questions with reconstructed words in their texts (erratum E3). */
  private static final String RECONSTRUCTED = "q7, q9, q10, q11, q14, q19, q20, q21, q22, q25,"
      + " q31, q32, q35, q36, q37, q38, q39, q40, q41, q47, q48, q49, q56, q64, q65, q66, q71,"
      + " q72, q73, q74 and q77";

  /** Section 1 as printed: the definition of CSEA and the scope of the Lanzarote Convention. */
  private static final String SECTION_1 = "Child sexual exploitation and abuse (or 'CSEA') is a"
      + " form of child sexual abuse that occurs when an individual or group takes advantage of"
      + " an imbalance of power to coerce, manipulate or deceive a child or young person under"
      + " the age of 18 into sexual activity. The victim may have been sexually exploited even"
      + " if the sexual activity appears consensual. Child sexual exploitation does not always"
      + " involve physical contact; it can occur through use of technology.\n\n"
      + "The WPGA endorses the scope set out in the European Convention on the Protection of"
      + " Children against Sexual Exploitation and Sexual Abuse, known as the 'Lanzarote"
      + " Convention', which extends to cover all possible kinds of sexual offences against"
      + " children, including the sexual abuse of a child, exploitation of children through"
      + " prostitution, grooming and corruption of children through exposure to sexual content,"
      + " and activities and offences related to child abuse material. The Convention covers"
      + " sexual abuse within the child's family, or 'circle of trust', as well as acts carried"
      + " out for commercial or profitmaking purposes. The Lanzarote Convention sets forth the"
      + " following six criminal offences:\n\n"
      + "- Article 18: Sexual abuse\n"
      + "- Article 19: Child prostitution\n"
      + "- Article 20: Child pornography (referred to in this survey as child sexual abuse"
      + " material or 'CSAM')\n"
      + "- Article 21: Participation of a child in pornographic performances\n"
      + "- Article 22: Corruption of children\n"
      + "- Article 23: Solicitation of children for sexual purposes (also known as 'online"
      + " grooming').";

  private static final Instrument MNR_SURVEY_2021 = build(35);
  private static final Instrument MNR_SURVEY_2021_AS_PRINTED = build(32);
  private static final Instrument UNICEF_SURVEY_2021 = UnicefSurvey.build();

  private Instruments() {}

  /**
   * Returns the 2021 survey of governments, {@code wpga-mnr-survey@2021}, with erratum E1
   * corrected: q33 skips to q35.
   *
   * @return the survey; the same instance on every call
   */
  public static Instrument mnrSurvey2021() {
    return MNR_SURVEY_2021;
  }

  /**
   * Returns the 2021 survey exactly as printed: q33 skips back to q32 (erratum E1), which loops.
   * For instrument checks and tests; use {@link #mnrSurvey2021()} to collect answers.
   *
   * @return the printed form; the same instance on every call
   */
  public static Instrument mnrSurvey2021AsPrinted() {
    return MNR_SURVEY_2021_AS_PRINTED;
  }

  /**
   * Returns the End Violence/UNICEF survey of UNICEF country offices, {@code
   * end-violence-unicef-survey@2021}, the other survey of the 2022 review (25 low- and
   * middle-income countries), <b>reconstructed</b>: the report does not print it, so every text is
   * mnr4j's, in square brackets, and its errata U1 to U5 say what each part rests on. It asks, as
   * one yes-or-no question each, about every capability of the framework; whether legislation is
   * in place and whether it is comprehensive or partial (u7, u8: the report's words); and, with the
   * Alliance survey's options and codes, the uses of the MNR (u3), a national strategy (u5), a
   * national image database (u13) and INHOPE membership (u19), which the report counts across
   * both surveys.
   *
   * <pre>{@code
   * Instrument unicef = Instruments.unicefSurvey2021();
   * unicef.questions().size();  // 27
   * unicef.question("u8");      // Question u8 (single-choice, required, detail of legislation)
   * }</pre>
   *
   * @return the survey; the same instance on every call
   */
  public static Instrument unicefSurvey2021() {
    return UNICEF_SURVEY_2021;
  }

  private static Instrument build(int q33Target) {
    Instrument.Builder builder = Instrument.builder()
        .id(MNR_SURVEY_ID)
        .edition(MNR_SURVEY_EDITION)
        .title("Survey on National Response to Online Child Sexual Abuse and Exploitation")
        .source("WeProtect Global Alliance, government survey of February and March 2021, as"
            + " printed in WeProtect Global Alliance and UNICEF (2022), Framing the future,"
            + " Appendix 2")
        .framework(Frameworks.mnr())
        .addAllSections(sections())
        .addAllPassages(passages())
        .addAllNotes(List.of(
            Note.of("N1", "Question and option ids are mnr4j's; texts are as printed, with words"
                + " lost in the report's text reconstructed in square brackets."),
            Note.of("N2", "q78 is free text, but the report counts it as yes or no: an analyst"
                + " codes the answer, and the code (yes or no) is what status and scoring read."),
            Note.of("N3", "q52 is free text; the report counts INHOPE membership from it (\"29 of 38\": 19"
                + " national hotlines, and 10 reporting portals operated by the Internet Watch"
                + " Foundation, an INHOPE member). An analyst codes the answer: "
                + String.join(", ", Q52_CODES) + "; the code group inhope counts the first two"
                + " as one, as the report does (\"29 of 38\", and of them \"19 of 29\")."),
            Note.of("N4", "q2 asks for personal data; a response holds it in its respondent"
                + " block.")))
        .addAllErrata(List.of(
            Erratum.of("E1", "q33 prints \"No (skip to question 32)\", a jump backwards that"
                + " would loop through q32 and q33. Every other skip jumps past the questions"
                + " that depend on the Yes, here q34, so the intended target is q35. "
                + (q33Target == 35 ? "This instrument uses q35."
                    : "This is the printed form, which keeps q32.")),
            Erratum.of("E2", "q79 and q80 say \"under the Societal capability\", a copy of"
                + " Section 6's wording; the section is Media and Communications. The texts are"
                + " kept as printed and the questions inform media-communications."),
            Erratum.of("E3", "Words lost in the report's text are reconstructed, in square"
                + " brackets, from the pattern every other section follows, choosing the"
                + " smallest reconstruction that fits: in the texts of " + RECONSTRUCTED
                + ", and in the options child-friendly-justice of q17 and sexual-interest and"
                + " convicted-offenders of q62. q36, q48, q49, q64, q73 and q74 are lost whole,"
                + " q35 and q65 in part. Their required marks are lost with them and"
                + " inferred: q35, q36, q49, q64, q73 and q74 are required, as the closing"
                + " questions of every other section are, q48 is not. q10 is printed only as"
                + " \"Is there a national policy or strateg\": its kind (yes or no), its"
                + " required mark and its skip target (q12) are inferred from q7 and q13."),
            Erratum.of("E4", "Appendix 1 prints six enablers in five rows (the Criminal Justice"
                + " row holds two; the Media and Communications row is empty) and the survey"
                + " names a seventh (data and evidence); the sections link enablers to domains as"
                + " the framework's notes describe."),
            Erratum.of("E5", "Section 6 prints the hotline capability as \"Mechanism for"
                + " supporting online CSEA content\"; Appendix 1 has \"Public and industry"
                + " reporting for CSEA offences\", so \"reporting\" was probably meant. The"
                + " printed word is kept.")));
    for (Question.Builder question : questions()) {
      builder.addQuestion(question.build());
    }
    for (Skip skip : SKIPS) {
      int target = skip.question == 33 ? q33Target : skip.target;
      builder.addSkipRule(SkipRule.ifNo("q" + skip.question, "q" + target));
    }
    return builder.build();
  }

  private static Question.Builder question(int number, String sectionId, QuestionKind kind,
      boolean required, QuestionRole role, String text, String... informs) {
    return Question.builder().id("q" + number).number(number).sectionId(sectionId).kind(kind)
        .required(required).role(role).text(text).addAllInforms(List.of(informs));
  }

  private static List<Section> sections() {
    return List.of(
        Section.builder().id("scope").number(1).title("Terminology and scope")
            .introduction(SECTION_1)
            .build(),
        Section.builder().id("introduction").number(2).title("Introduction").build(),
        Section.builder().id("policy-governance").number(3).title("Policy and Governance")
            .domainId("policy-governance")
            .addAllEnablerIds(List.of("cross-sector-collaboration"))
            .outcome("Highest level national commitment to online child sexual exploitation and"
                + " abuse (CSEA) prevention and response")
            .putCapabilityBlurb("leadership",
                "Leadership \u2013 An accountable national governance and oversight committee.")
            .putCapabilityBlurb("research-analysis-monitoring",
                "Research, analysis and monitoring \u2013 National situational analysis of online"
                    + " CSEA risk and response; measurements/indicators.")
            .putCapabilityBlurb("legislation",
                "Legislation \u2013 Comprehensive and effective legal framework to investigate"
                    + " offenders and ensure protection for victims.")
            .build(),
        Section.builder().id("criminal-justice").number(4).title("Criminal Justice")
            .domainId("criminal-justice")
            .addAllEnablerIds(List.of("willingness-to-prosecute"))
            .outcome("Effective and successful online CSEA investigations, convictions and"
                + " offender management")
            .putCapabilityBlurb("dedicated-law-enforcement",
                "Dedicated law enforcement \u2013 National remit; trained officers; proactive and"
                    + " reactive investigations; victim-focussed; international cooperation.")
            .putCapabilityBlurb("judiciary-prosecutors",
                "Judiciary and prosecutors \u2013 Trained; victim-focussed.")
            .putCapabilityBlurb("offender-management",
                "Offender management process \u2013 Prevent re-offending of those in the criminal"
                    + " justice system nationally and internationally")
            .putCapabilityBlurb("image-databases",
                "Access to image database \u2013 National database; link to Interpol database (ICSE)")
            .build(),
        Section.builder().id("victim").number(5).title("Victims")
            .domainId("victim")
            .addAllEnablerIds(List.of("supportive-reporting-environment", "aware-supportive-public"))
            .outcome("Appropriate support services for children and young people")
            .putCapabilityBlurb("end-to-end-support",
                "End to end support \u2013 Integrated services provided during investigation,"
                    + " prosecution and after-care.")
            .putCapabilityBlurb("child-protection-workforce",
                "Child protection workforce \u2013 Trained, coordinated and available to provide"
                    + " victim support.")
            .putCapabilityBlurb("remedies",
                "Compensation, remedies and complaints arrangements \u2013 Accessible procedures.")
            .putCapabilityBlurb("child-helpline",
                "Child helpline \u2013 Victim reporting and support, referrals to services for"
                    + " ongoing assistance.")
            .build(),
        Section.builder().id("societal").number(6).title("Societal")
            .domainId("societal")
            .addAllEnablerIds(List.of("aware-supportive-public", "sufficient-resources"))
            .outcome("Online CSEA prevented")
            .putCapabilityBlurb("csea-hotline",
                "CSEA hotline \u2013 Mechanism for supporting online CSEA content; link to law"
                    + " enforcement and internet service providers.")
            .putCapabilityBlurb("education-programme",
                "Education programmes \u2013 For: children/ young people; parents/carers; teachers;"
                    + " practitioners; faith representatives.")
            .putCapabilityBlurb("child-participation",
                "Child participation \u2013 Children and young people have a voice in the"
                    + " development of policy and practice.")
            .putCapabilityBlurb("offender-support-systems",
                "Offender support systems: Medical, psychological, self-help, awareness.")
            .build(),
        Section.builder().id("industry").number(7).title("Industry")
            .domainId("industry")
            .addAllEnablerIds(List.of("legal-policy-frameworks"))
            .outcome("Industry engaged in developing solutions to prevent and tackle online CSEA")
            .putCapabilityBlurb("takedown-procedures",
                "Takedown procedures \u2013 Local removal and blocking of online CSEA content.")
            .putCapabilityBlurb("csea-reporting",
                "CSEA reporting \u2013 Statutory protections that would allow industry to fully and"
                    + " effectively report online CSEA, including the transmission of content, to law"
                    + " enforcement or another designated agency.")
            .putCapabilityBlurb("innovative-solutions",
                "Innovative solution development \u2013 Industry engagement to help address online"
                    + " CSEA.")
            .putCapabilityBlurb("corporate-social-responsibility",
                "Corporate social responsibility \u2013 Effective child focused programme.")
            .build(),
        Section.builder().id("media-communications").number(8)
            .title("Media and Communications")
            .domainId("media-communications")
            .addAllEnablerIds(List.of("data-and-evidence"))
            .outcome("Awareness raised among the public, professionals and policy makers")
            .putCapabilityBlurb("ethical-media-reporting",
                "Ethical and informed media reporting \u2013 Enable awareness and accurate"
                    + " understanding on the problem.")
            .putCapabilityBlurb("universal-terminology",
                "Universal terminology \u2013 Guidelines and application.")
            .build(),
        Section.builder().id("closing").number(9).title("Closing").build());
  }

  private static List<Question.Builder> questions() {
    return List.of(
        question(1, "introduction", TEXT, REQUIRED, IDENTITY,
            "Please state your country"),
        question(2, "introduction", TEXT, REQUIRED, IDENTITY,
            "Please indicate the contact person for this survey (name, job title and contact details)").asksForPersonalData(true),
        question(3, "introduction", TEXT, REQUIRED, CONTEXT,
            "In which year did the government first develop a national policy or strategy to address online child sexual exploitation and abuse (CSEA) and which Ministry, Department or Agency led the effort?", "leadership"),
        question(4, "introduction", TEXT, REQUIRED, CONTEXT,
            "Please describe what prompted the government to initiate this policy or strategy? (e.g. international commitments, high-profile domestic case, etc)", "leadership"),
        question(5, "introduction", TEXT, REQUIRED, CONTEXT,
            "What cross-border and/or international initiatives/ alliances related to online CSEA does your country participate in?"),
        question(6, "introduction", MULTI_CHOICE, REQUIRED, CONTEXT,
            "How has your country used the WPGA Model National Response? (select all that apply)").addAllOptions(Q6_OPTIONS),
        question(7, "policy-governance", YES_NO, REQUIRED, GATE,
            "[Is there a national] governance or oversight committee to deal with CSEA and/or online CSEA? (e.g. an inter-ministerial or multi-stakeholder committee or taskforce)", "leadership"),
        question(8, "policy-governance", TEXT, OPTIONAL, DETAIL,
            "Please provide further information about the committee (e.g. name, the date it was formed, its operational budget, and its membership and any cross-sectoral representation, including from the technology industry)", "leadership"),
        question(9, "policy-governance", TEXT, OPTIONAL, CHALLENGES,
            "[Please describe any challenges in] developing, or plans underway to develop, a national governance or oversight committee", "leadership"),
        question(10, "policy-governance", YES_NO, REQUIRED, SECONDARY_GATE,
            "Is there a national policy or strateg[y to address CSEA and/or online CSEA]?", "leadership"),
        question(11, "policy-governance", TEXT, OPTIONAL, DETAIL,
            "[Please provide further information] about the strategy/policy (e.g. its name, the date it was introduced, and government budget allocated for its implementation)", "leadership"),
        question(12, "policy-governance", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to develop, a national strategy or policy", "leadership"),
        question(13, "policy-governance", YES_NO, REQUIRED, GATE,
            "Is national research, analysis and monitoring of CSEA and/or online CSEA undertaken? (e.g. crime threat assessments, nationally representative surveys of children's online experiences, nationally representative surveys of CSEA)", "research-analysis-monitoring"),
        question(14, "policy-governance", TEXT, OPTIONAL, DETAIL,
            "[Please provide further information] (e.g. description of the surveys, dates, research methodology, and agencies/organizations involved)", "research-analysis-monitoring"),
        question(15, "policy-governance", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to carry out, national research, analysis and monitoring of CSEA", "research-analysis-monitoring"),
        question(16, "policy-governance", YES_NO, REQUIRED, GATE,
            "Is there national legislation in place to address CSEA, online and offline?", "legislation"),
        question(17, "policy-governance", MULTI_CHOICE, OPTIONAL, CHECKLIST,
            "Please select all that apply", "legislation").addAllOptions(Q17_OPTIONS),
        question(18, "policy-governance", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to draft, introduce and/or strengthen, national legislation to address CSEA", "legislation"),
        question(19, "policy-governance", TEXT, REQUIRED, GOOD_PRACTICE,
            "[Please describe if and how any of t]hese initiatives/examples under the Policy and Governance [capability can be considered good] practice to share with other countries", "policy-governance"),
        question(20, "policy-governance", TEXT, REQUIRED, LESSONS,
            "[Please describe any overall lessons lea]rned (including any gaps and challenges), upcoming plans and/or recommendations [relating to any of these initiatives/] examples under the Policy/Governance capability", "policy-governance"),
        question(21, "criminal-justice", YES_NO, REQUIRED, GATE,
            "[Is there a dedicated law en]forcement capability (i.e. specialised persons, units or services) [with an explicit remit to respo]nd to CSEA, both online and offline?", "dedicated-law-enforcement"),
        question(22, "criminal-justice", TEXT, OPTIONAL, DETAIL,
            "[Please provide further informa]tion about the law enforcement capability (e.g. training provided to [officers, ... investigat]ions, key developments/milestones and dates)", "dedicated-law-enforcement"),
        question(23, "criminal-justice", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to develop law enforcement capability in this specialist area", "dedicated-law-enforcement"),
        question(24, "criminal-justice", YES_NO, REQUIRED, GATE,
            "Do judiciary and prosecutors dealing with CSEA cases have specialist knowledge and skills to enable positive judicial outcomes for victims?", "judiciary-prosecutors"),
        question(25, "criminal-justice", TEXT, OPTIONAL, DETAIL,
            "[Please provide further informa]tion (e.g. measures for child-centred and gender-sensitive victim and witness [support th]at include an online dimension and any key milestones/ dates)", "judiciary-prosecutors"),
        question(26, "criminal-justice", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to develop, specialist knowledge and skills for judiciary and prosecutors", "judiciary-prosecutors"),
        question(27, "criminal-justice", YES_NO, REQUIRED, GATE,
            "Is there a system to manage and rehabilitate child sex offenders to limit their ability to cause further harm to children?", "offender-management"),
        question(28, "criminal-justice", MULTI_CHOICE, OPTIONAL, CHECKLIST,
            "Please select all that apply", "offender-management").addAllOptions(Q28_OPTIONS),
        question(29, "criminal-justice", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to develop, a system to manage and rehabilitate child sex offenders", "offender-management"),
        question(30, "criminal-justice", YES_NO, REQUIRED, GATE,
            "Does law enforcement in your country have access to and use specialist tools and data to carry out investigations of online CSEA?", "image-databases"),
        question(31, "criminal-justice", TEXT, OPTIONAL, DETAIL,
            "[Please provide further informa]tion on the specialist tools and data and specify if law enforcement is connected to and uses Interpol's [International Child Sexual Expl]oitation database (ICSE DB). Please also describe any other transnational cooperation.", "image-databases"),
        question(32, "criminal-justice", TEXT, OPTIONAL, CHALLENGES,
            "[Please describe any challeng]es in developing, or plans underway to improve access and use of, [specialist tools and data, inclu]ding specifically to connect to the ICSE DB", "image-databases"),
        question(33, "criminal-justice", YES_NO, REQUIRED, SECONDARY_GATE,
            "Is there a national child sexual abuse image database in place?", "image-databases"),
        question(34, "criminal-justice", TEXT, OPTIONAL, DETAIL,
            "Please describe and outline training for officers who have access to the database. If the database is governed by legislation, please specify.", "image-databases"),
        question(35, "criminal-justice", TEXT, REQUIRED, GOOD_PRACTICE,
            "[Please describe if and how an]y of these initiatives/examples under the Criminal Justice [capability can be considered good practice to share with other countries]", "criminal-justice"),
        question(36, "criminal-justice", TEXT, REQUIRED, LESSONS,
            "[Please describe any overall lessons learned (including gaps and challenges), upcoming plans and/or any recommendations relating to any of these initiatives/examples under the Criminal Justice capability]", "criminal-justice"),
        question(37, "victim", YES_NO, REQUIRED, GATE,
            "[Is there an integrated and personal e]nd-to-end plan put in place to support (offline/online) CSEA victims through investigation, legal proceedings and beyond?", "end-to-end-support"),
        question(38, "victim", TEXT, OPTIONAL, DETAIL,
            "[Please provide further information about the plans in] place and any key milestones/ dates", "end-to-end-support"),
        question(39, "victim", TEXT, OPTIONAL, CHALLENGES,
            "[Please describe any challenge]s in developing, or plans underway to develop, integrated and personal end-to-end plans for victims/survivors", "end-to-end-support"),
        question(40, "victim", YES_NO, REQUIRED, GATE,
            "[Is there a specialist child protection workforce] trained, coordinated and available to provide support to (offline/online) CSEA victims?", "child-protection-workforce"),
        question(41, "victim", TEXT, OPTIONAL, DETAIL,
            "[Please describe the specialist w]orkforce including any special capabilities/training/resources for supporting victims of online CSEA", "child-protection-workforce"),
        question(42, "victim", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to develop, this specialist workforce", "child-protection-workforce"),
        question(43, "victim", YES_NO, REQUIRED, GATE,
            "Are remedies and reparations available for (offline/online) CSEA victims, and their guardians/ caregivers, where relevant?", "remedies"),
        question(44, "victim", MULTI_CHOICE, OPTIONAL, CHECKLIST,
            "Please select all that apply", "remedies").addAllOptions(Q44_OPTIONS),
        question(45, "victim", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to develop, remedies and reparations for victims/survivors and guardians/ caregivers where relevant", "remedies"),
        question(46, "victim", YES_NO, REQUIRED, GATE,
            "Is there a Child Helpline in your country?", "child-helpline"),
        question(47, "victim", TEXT, OPTIONAL, DETAIL,
            "Please provide further information about the Child Helpline (e.g. managing organization and referral partners, whether the service is free-of-charge, operating 24 hours per day, 7 days a week, languages available, technologies available, training for helpline operators in dealing with cases of child sexual abus[e)]", "child-helpline"),
        question(48, "victim", TEXT, OPTIONAL, CHALLENGES,
            "[Please describe any challenges in developing, or plans underway to develop, the Child Helpline]", "child-helpline"),
        question(49, "victim", TEXT, REQUIRED, GOOD_PRACTICE,
            "[Please describe if and how any of these initiatives/examples under the Victim capability can be considered good practice to share with other countries]", "victim"),
        question(50, "victim", TEXT, REQUIRED, LESSONS,
            "Please describe any overall lessons learned (including gaps and challenges), upcoming plans and/or any recommendations relating to any of these initiatives/ examples under the Victim capability", "victim"),
        question(51, "societal", YES_NO, REQUIRED, GATE,
            "Is there a dedicated hotline to report online material suspected to be illegal including child sexual abuse material?", "csea-hotline"),
        question(52, "societal", TEXT, OPTIONAL, DETAIL,
            "Please provide further information including whether the hotline is part of the INHOPE international network of hotlines", "csea-hotline")
            .addAllCodes(Q52_CODES)
            .putCodeGroup("inhope", List.of("inhope-national-hotline", "inhope-iwf-portal")),
        question(53, "societal", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to develop, the dedicated hotline", "csea-hotline"),
        question(54, "societal", YES_NO, REQUIRED, GATE,
            "Is there a national education programme to raise awareness of CSEA, offline and online?", "education-programme"),
        question(55, "societal", MULTI_CHOICE, OPTIONAL, CHECKLIST,
            "Who does the programme target? (select all that apply)", "education-programme").addAllOptions(Q55_OPTIONS),
        question(56, "societal", TEXT, OPTIONAL, DETAIL,
            "[Please provide further inform]ation about the programme (e.g. overview of content and integration into any mainstream curricula [...] [i]n-service training for practitioners and relevant dates of introduction and implementation)", "education-programme"),
        question(57, "societal", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to develop, the national education programme", "education-programme"),
        question(58, "societal", YES_NO, REQUIRED, GATE,
            "Are children and young people encouraged and enabled to give their ideas and influence the development of CSEA-related policy and practice?", "child-participation"),
        question(59, "societal", TEXT, OPTIONAL, DETAIL,
            "Please provide further information", "child-participation"),
        question(60, "societal", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in enabling, or plans underway to enable, child and adolescent participation", "child-participation"),
        question(61, "societal", YES_NO, REQUIRED, GATE,
            "Are there any offender support systems in place?", "offender-support-systems"),
        question(62, "societal", MULTI_CHOICE, OPTIONAL, CHECKLIST,
            "Please select all that apply", "offender-support-systems").addAllOptions(Q62_OPTIONS),
        question(63, "societal", TEXT, OPTIONAL, CHALLENGES,
            "Please describe any challenges in developing, or plans underway to develop, offender support systems", "offender-support-systems"),
        question(64, "societal", TEXT, REQUIRED, GOOD_PRACTICE,
            "[Please describe if and how any of these initiatives/examples under the Societal capability can be considered good practice to share with other countries]", "societal"),
        question(65, "societal", TEXT, REQUIRED, LESSONS,
            "[Please describe any overall lessons learned (including gaps and challenges), upcoming plans and/or any] recommendations relating to any of these initiatives/examples under the Societal capability", "societal"),
        question(66, "industry", YES_NO, REQUIRED, GATE,
            "[Are there procedures in place to ensure th]e timely removal, or blocking, of child sexual abuse content?", "takedown-procedures", "csea-reporting"),
        question(67, "industry", TEXT, OPTIONAL, DETAIL,
            "Please provide further information (e.g. information about the entity that monitors implementation and any international collaboration and agreements)", "takedown-procedures"),
        question(68, "industry", TEXT, OPTIONAL, CHALLENGES,
            "Please describe the challenges and barriers in ensuring timely removal, or blocking of child sexual abuse content", "takedown-procedures"),
        question(69, "industry", TEXT, OPTIONAL, DETAIL,
            "Please describe ways that government is working with industry to report, block and remove online CSEA", "takedown-procedures", "csea-reporting"),
        question(70, "industry", YES_NO, REQUIRED, GATE,
            "Does government engage industry and proactively encourage innovative solution development and corporate social responsibility to end CSEA?", "innovative-solutions", "corporate-social-responsibility"),
        question(71, "industry", TEXT, OPTIONAL, DETAIL,
            "Please provide further information [...] innovation solution development [and corporate social responsibility]", "innovative-solutions", "corporate-social-responsibility"),
        question(72, "industry", TEXT, OPTIONAL, CHALLENGES,
            "Please describe the challenges of [engaging industry and encouraging innovative solution development and corporate social responsibility]", "innovative-solutions", "corporate-social-responsibility"),
        question(73, "industry", TEXT, REQUIRED, GOOD_PRACTICE,
            "[Please describe if and how any of these initiatives/examples under the Industry capability can be considered good practice to share with other countries]", "industry"),
        question(74, "industry", TEXT, REQUIRED, LESSONS,
            "[Please describe any overall lessons learned (including gaps and challenges), upcoming plans and/or any recommendations relating to any of these initiatives/examples under the Industry capability]", "industry"),
        question(75, "media-communications", YES_NO, REQUIRED, GATE,
            "Is the government supporting ethical, informed, and balanced media reporting of CSEA?", "ethical-media-reporting"),
        question(76, "media-communications", TEXT, OPTIONAL, DETAIL,
            "Please describe the way in which the government is supporting (e.g. through guidance, training, regulation, monitoring, etc)", "ethical-media-reporting"),
        question(77, "media-communications", TEXT, OPTIONAL, CHALLENGES,
            "[Please describe any challeng]es in developing, or plans underway to develop, government [support for ethical, informed], and balanced media reporting of CSEA", "ethical-media-reporting"),
        question(78, "media-communications", TEXT, OPTIONAL, GATE,
            "Please describe if and how universally agreed terminology has been debated, discussed, or adopted in your country", "universal-terminology").addAllCodes(List.of("yes", "no")),
        question(79, "media-communications", TEXT, REQUIRED, GOOD_PRACTICE,
            "Please describe if and how any of these initiatives/examples under the Societal capability can be considered good practice to share with other countries", "media-communications"),
        question(80, "media-communications", TEXT, REQUIRED, LESSONS,
            "Please describe any overall lessons learned (including gaps and challenges), upcoming plans and/or any recommendations relating to any of these initiatives/examples under the Societal capability", "media-communications"),
        question(81, "closing", TEXT, OPTIONAL, COMMENTS,
            "Please add any other comments including any recommendations based on your experience for any future iterations of the Model National Response"));
  }

  private static final String APPENDIX_2 = "Framing the future (2022), Appendix 2";

  /**
   * The survey's overview and the documentation it asks for, verbatim. Print sets "Media and
   * Communications" as an item of the industry list; it is the heading of the last one.
   */
  private static List<Passage> passages() {
    List<Passage> passages = new ArrayList<>();
    passages.add(Passage.builder().id("overview").place(APPENDIX_2 + ", Survey overview")
        .heading("Survey overview").text("Each section of the survey covers an outcome of the"
            + " MNR and provides the opportunity to provide as much further detail as is"
            + " available. Questions marked with an * require a response. Annual reports,"
            + " evaluations and other documentation will be highly appreciated to supplement"
            + " the survey. Examples of useful documents are listed at the conclusion of the"
            + " survey.").build());
    passages.add(Passage.builder().id("documentation").place(APPENDIX_2
        + ", Additional documentation").heading("Additional documentation").text("Please share"
            + " any relevant supporting documentation. This can include the following:")
        .build());
    documentation(passages, "policy-governance", "Policy and Governance",
        "Terms of Reference for the oversight committee, and any other relevant documentation"
            + " to demonstrate the work of this committee in the last two years",
        "Copy of the policy/strategy on online CSEA and any other relevant documentation to"
            + " demonstrate the impact of the policy/strategy in the last two years",
        "Copies of recent surveys, reports of relevant government agencies such as annual"
            + " reports and/or national threat assessments, research and monitoring framework"
            + " (including outcomes and indicators that are tracked), and evaluations",
        "Reviews/evaluations of existing legislation",
        "Reviews/ evaluations of initiatives under the Policy and Governance capability that may"
            + " be considered good practice");
    documentation(passages, "criminal-justice", "Criminal Justice",
        "Available data on numbers of investigations and arrests in the last two years",
        "Available data on numbers of successful prosecutions for cases of online CSEA in the"
            + " last two years",
        "Documentation on offender management",
        "Reviews/ evaluations of initiatives under the Criminal Justice capability that may be"
            + " considered good practice");
    documentation(passages, "victim", "Victims",
        "Documentation on any special measures for supporting victims of online CSEA",
        "Documentation about remedies and reparations available",
        "Available data on numbers of calls to the Child Helpline, disaggregated by subject of"
            + " the call",
        "Reviews/ evaluations of initiatives under the Victims capability that may be"
            + " considered good practice");
    documentation(passages, "societal", "Societal",
        "Annual reports or other documents which set out numbers and types of reports to"
            + " hotline and action taken",
        "Documentation about education programs",
        "Documentation about child and adolescent participation",
        "Documentation on offender support systems",
        "Reviews/ evaluations of initiatives under the Societal capability that may be"
            + " considered good practice");
    documentation(passages, "industry", "Industry",
        "Reports from the lead government agency mandated to lead on industry regulation",
        "Reviews/ evaluations of initiatives under the Industry capability that may be"
            + " considered good practice");
    documentation(passages, "media-communications", "Media and Communications",
        "Review/ evaluations of initiatives under the Media and Communications capability that"
            + " may be considered good practice");
    return passages;
  }

  /** One domain's list of documents, an item a passage: documentation-DOMAIN-N. */
  private static void documentation(List<Passage> passages, String domainId, String heading,
      String... items) {
    for (int i = 0; i < items.length; i++) {
      Passage.Builder item = Passage.builder().id("documentation-" + domainId + "-" + (i + 1))
          .place(APPENDIX_2 + ", Additional documentation, " + heading).text(items[i])
          .addAllDomainIds(List.of(domainId));
      if (i == 0) {
        item.heading(heading);
      }
      passages.add(item.build());
    }
  }
}
