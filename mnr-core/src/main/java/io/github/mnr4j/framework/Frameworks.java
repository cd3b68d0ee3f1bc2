package io.github.mnr4j.framework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The built-in frameworks. {@link #mnr()} is the WeProtect Global Alliance's Model National
 * Response as Appendix 1 of the 2022 report <i>Framing the future</i> prints it, with the
 * identifiers of mnr4j's transcription.
 *
 * <pre>{@code
 * Framework mnr = Frameworks.mnr();
 * mnr.domains().size();       // 6
 * mnr.capabilities().size();  // 21
 * mnr.enablers().size();      // 7
 * }</pre>
 *
 * <p>Thread-safe: the built-in values are immutable and created once.
 */
public final class Frameworks {
  /** The id of the built-in Model National Response. */
  private static final String MNR_ID = "wpga-mnr";

  /** The citation of the built-in Model National Response. */
  private static final String MNR_SOURCE =
      "WeProtect Global Alliance and UNICEF (2022), Framing"
          + " the future: How the Model National Response framework is supporting national efforts"
          + " to end child sexual exploitation and abuse online, Appendix 1 (the framework) and"
          + " Appendix 2 (the 2021 survey, for enablers and links)";

  private static final Framework MNR = buildMnr();

  private Frameworks() {}

  /**
   * Returns the Model National Response: 6 domains, 21 capabilities numbered 1 to 21, 7 enablers
   * and 6 outcomes, with texts as Appendix 1 prints them. The framework's notes say where Appendix
   * 1 and the survey differ.
   *
   * @return the MNR; the same instance on every call
   */
  public static Framework mnr() {
    return MNR;
  }

  private static Framework buildMnr() {
    return Framework.builder()
        .id(MNR_ID)
        .title("Model National Response")
        .source(MNR_SOURCE)
        .addAllNotes(
            List.of(
                Note.of(
                    "N1",
                    "The survey calls each domain \"Model National Response Capability N\" (for"
                        + " example \"Capability 1 - Policy and Governance\"). mnr4j keeps the"
                        + " report's words: domains hold capabilities."),
                Note.of(
                    "N2",
                    "Appendix 1 prints six enablers in five rows (the Criminal Justice row holds two;"
                        + " the Media and Communications row is empty) and the survey's Section 8"
                        + " names a seventh (data and evidence). Enablers are linked to domains"
                        + " as the survey's sections list them; Appendix 1 prints the supportive"
                        + " reporting environment in the criminal-justice row, the survey in the victim"
                        + " section."),
                Note.of(
                    "N3",
                    "Capability 7's description ends \"link to [Interpol database (ICSE)]\": the"
                        + " words in brackets are lost in the report's text and completed from the"
                        + " survey's Section 4 (erratum R3).")))
        .addAllDomains(
            List.of(
                Domain.of(
                    "policy-governance",
                    1,
                    "Policy and Governance",
                    Outcome.of(
                        "Highest level national commitment to CSEA prevention and response",
                        "Comprehensive understanding of CSEA within the highest levels of government and"
                            + " law enforcement. Willingness to work with, and coordinate the efforts of,"
                            + " multiple stakeholders to ensure the enhanced protection of victims and an"
                            + " enhanced response to CSEA offending.")),
                Domain.of(
                    "criminal-justice",
                    2,
                    "Criminal Justice",
                    Outcome.of(
                        "Effective and successful CSEA investigations, convictions and offender"
                            + " management",
                        "Law Enforcement and judiciary have the knowledge, skills, systems and tools"
                            + " required to enable them to perform victim-focused investigations and"
                            + " secure positive judicial outcomes. CSEA offenders are managed and"
                            + " reoffending prevented.")),
                Domain.of(
                    "victim",
                    3,
                    "Victim",
                    Outcome.of(
                        "Appropriate support services for children and young people",
                        "Children and young people have access to services that support them through"
                            + " the investigation and prosecution of crimes against them. They have"
                            + " access to shelter; specialised medical and psychological services; and"
                            + " rehabilitation, repatriation and resocialization services.")),
                Domain.of(
                    "societal",
                    4,
                    "Societal",
                    Outcome.of(
                        "CSEA prevented",
                        "Children and young people are informed and empowered to protect themselves"
                            + " from CSEA. Parents, carers, teachers and childcare professionals are"
                            + " better prepared to keep children safe from CSEA, including addressing"
                            + " taboos surrounding sexual violence.")),
                Domain.of(
                    "industry",
                    5,
                    "Industry",
                    Outcome.of(
                        "Industry engaged in developing solutions to prevent and tackle CSEA",
                        "The public can proactively report CSEA offences. Industry has the power and"
                            + " willingness to block and remove online CSEA content and proactively"
                            + " address local CSEA issues.")),
                Domain.of(
                    "media-communications",
                    6,
                    "Media and Communications",
                    Outcome.of(
                        "Awareness raised among the public, professionals and policy makers",
                        "Potential future offenders are deterred. CSEA offending and reoffending is"
                            + " reduced."))))
        .addAllCapabilities(
            List.of(
                Capability.of(
                    "leadership",
                    1,
                    "Leadership",
                    "An accountable National Governance and Oversight Committee",
                    "policy-governance"),
                Capability.of(
                    "research-analysis-monitoring",
                    2,
                    "Research, Analysis and Monitoring",
                    "National situational analysis of CSEA risk and response;"
                        + " measurements/indicators",
                    "policy-governance"),
                Capability.of(
                    "legislation",
                    3,
                    "Legislation",
                    "Comprehensive and effective legal framework to investigate offenders and ensure"
                        + " protection for victims",
                    "policy-governance"),
                Capability.of(
                    "dedicated-law-enforcement",
                    4,
                    "Dedicated Law Enforcement",
                    "National remit; trained officers; proactive and reactive investigations;"
                        + " victim-focused; international cooperation",
                    "criminal-justice"),
                Capability.of(
                    "judiciary-prosecutors",
                    5,
                    "Judiciary and Prosecutors",
                    "Trained; victim-focused",
                    "criminal-justice"),
                Capability.of(
                    "offender-management",
                    6,
                    "Offender Management Process",
                    "Prevent re-offending of those in the criminal justice system nationally and"
                        + " internationally",
                    "criminal-justice"),
                Capability.of(
                    "image-databases",
                    7,
                    "Access to Image Databases",
                    "National database; link to [Interpol database (ICSE)]",
                    "criminal-justice"),
                Capability.of(
                    "end-to-end-support",
                    8,
                    "End to end support",
                    "Integrated services provided during investigation, prosecution and after-care",
                    "victim"),
                Capability.of(
                    "child-protection-workforce",
                    9,
                    "Child Protection Workforce",
                    "Trained, coordinated and available to provide victim support",
                    "victim"),
                Capability.of(
                    "remedies",
                    10,
                    "Compensation, remedies and complaints arrangements",
                    "Accessible procedures",
                    "victim"),
                Capability.of(
                    "child-helpline",
                    11,
                    "Child Helpline",
                    "Victim reporting and support; referrals to services for ongoing assistance",
                    "victim"),
                Capability.of(
                    "csea-hotline",
                    12,
                    "CSEA Hotline",
                    "Public and industry reporting for CSEA offences - online and offline; link to"
                        + " law enforcement and child protection systems",
                    "societal"),
                Capability.of(
                    "education-programme",
                    13,
                    "Education Programme",
                    "For: children/young people; parents/carers; teachers; practitioners; faith"
                        + " representatives",
                    "societal"),
                Capability.of(
                    "child-participation",
                    14,
                    "Child Participation",
                    "Children and young people have a voice in the development of policy and"
                        + " practice",
                    "societal"),
                Capability.of(
                    "offender-support-systems",
                    15,
                    "Offender Support Systems",
                    "Medical, psychological, self-help, awareness",
                    "societal"),
                Capability.of(
                    "takedown-procedures",
                    16,
                    "Notice and Takedown Procedures",
                    "Local removal and blocking of online CSEA content",
                    "industry"),
                Capability.of(
                    "csea-reporting",
                    17,
                    "CSEA Reporting",
                    "Statutory protections that would allow industry to fully and effectively report"
                        + " CSEA, including the transmission of content, to law enforcement or another"
                        + " designated agency",
                    "industry"),
                Capability.of(
                    "innovative-solutions",
                    18,
                    "Innovative Solution Development",
                    "Industry engagement to help address local CSEA issues",
                    "industry"),
                Capability.of(
                    "corporate-social-responsibility",
                    19,
                    "Corporate Social Responsibility",
                    "Effective child-focused programme",
                    "industry"),
                Capability.of(
                    "ethical-media-reporting",
                    20,
                    "Ethical and informed media reporting",
                    "Enable awareness and accurate understanding of problem",
                    "media-communications"),
                Capability.of(
                    "universal-terminology",
                    21,
                    "Universal terminology",
                    "Guidelines and application",
                    "media-communications")))
        .addAllEnablers(
            List.of(
                Enabler.of(
                    "cross-sector-collaboration",
                    "Cross sector, multidisciplinary collaboration",
                    List.of("policy-governance")),
                Enabler.of(
                    "willingness-to-prosecute",
                    "Willingness to prosecute, functioning justice system and rule of law",
                    List.of("criminal-justice")),
                Enabler.of(
                        "supportive-reporting-environment",
                        "Supportive reporting environment",
                        List.of("victim"))
                    .withNote(
                        "Appendix 1 prints it in the criminal-justice row; the survey lists it in"
                            + " the victim section."),
                Enabler.of(
                    "aware-supportive-public",
                    "Aware and supportive public and professionals, working with and for children",
                    List.of("victim", "societal")),
                Enabler.of(
                    "sufficient-resources",
                    "Sufficient financial and human resources",
                    List.of("societal")),
                Enabler.of(
                    "legal-policy-frameworks",
                    "National legal and policy frameworks in accordance with the UNCRC and other"
                        + " international and regional standards",
                    List.of("industry")),
                Enabler.of(
                        "data-and-evidence",
                        "Data and evidence on online CSEA",
                        List.of("media-communications"))
                    .withNote("Absent from Appendix 1's text; the survey's Section 8 names it.")))
        .addAllPassages(reportPassages())
        .addAllErrata(reportErrata())
        .build();
  }

  /** Where the report's passages stand. */
  private static final String AIMS = "Framing the future (2022), Aims";

  private static final String CALL = "Framing the future (2022), Call to action";
  private static final String BOX_1 = "Framing the future (2022), Box 1";

  /** The report's aims, call to action and Box 1, verbatim. */
  private static List<Passage> reportPassages() {
    return List.of(
        Passage.builder()
            .id("aim-1")
            .place(AIMS)
            .heading("Aims")
            .text(
                "Document diverse"
                    + " national responses to online child sexual exploitation and abuse using the MNR"
                    + " framework as a guide")
            .build(),
        Passage.of(
            "aim-2",
            AIMS,
            "Identify examples of good practice to disseminate to the"
                + " broader Alliance membership"),
        Passage.of(
            "aim-3",
            AIMS,
            "Highlight gaps, challenges and possible solutions to"
                + " highlight common issues to decision makers and inform future iterations of the"
                + " MNR and, if applicable, Global Strategic Response"),
        Passage.of(
            "aim-4",
            AIMS,
            "Inform the development of a possible future maturity model"
                + " or similar framework, facilitating tailored responses to address national"
                + " requirements"),
        Passage.builder()
            .id("call-to-action")
            .place(CALL)
            .heading("Call to action")
            .text(
                "By documenting good practices and lessons learned from over 40 diverse"
                    + " countries, this report illustrates how, just over six years since its"
                    + " introduction, the MNR has become a key reference point to support the"
                    + " building of coordinated, comprehensive and multi-stakeholder national"
                    + " responses.\n\nFive key priorities emerge from this review. These demand"
                    + " action from the Alliance, its membership and other stakeholders concerned"
                    + " with protecting children in the digital environment.\n\nWe call on"
                    + " governments and partners to:")
            .build(),
        priority(
            1,
            "Invest in comprehensive national responses to prevent and respond to online"
                + " child sexual exploitation and abuse.",
            "Multisectoral, multi-layered"
                + " interventions are essential to prevent and respond to online child sexual"
                + " exploitation and abuse. The MNR framework can guide efficient and effective"
                + " investments to tackle this issue. This requires increased investments at the"
                + " individual, institutional and systemic levels."),
        example(
            1,
            "criminal-justice",
            "In the criminal justice domain, law enforcement units"
                + " dealing with child sexual exploitation and abuse require sufficient resources to"
                + " carry out their work, and officers need systematic training and"
                + " capacity-building to stay ahead of new and emerging offending."),
        example(
            1,
            "victim",
            "In the victim domain, case management and multidisciplinary"
                + " models should be available nationwide, accessible for all children that require"
                + " them, and should meet quality standards. The child protection workforce needs"
                + " systematic training and capacity-building to identify and support child"
                + " victims/survivors. Likewise, child helplines require capacity development and"
                + " public funding to sustain their services."),
        example(
            1,
            "societal",
            "In the societal domain, hotlines, law enforcement and the"
                + " technology industry need to work together to tackle online child sexual"
                + " exploitation and abuse effectively."),
        example(
            1,
            "industry",
            "In the industry domain, there is a need for a clear framework to"
                + " enable the identification, timely removal and blocking of child sexual abuse"
                + " material."),
        example(
            1,
            "media-communications",
            "There is a need for measures to ensure that media"
                + " reporting is supportive of victims'/survivors' dignity, privacy and protection"
                + " in the media and communications domain."),
        priority(
            2,
            "Accelerate global collaboration among governments and companies to"
                + " strengthen prevention and response efforts to combat online child sexual"
                + " exploitation and abuse.",
            "Online child sexual exploitation and abuse is"
                + " borderless, meaning countries' national responses cannot be separated from the"
                + " global landscape. To effectively combat the crossborder dimension of this issue,"
                + " international and cross-industry cooperation are critical to support national"
                + " efforts, especially within the domains of policy and governance, criminal"
                + " justice and industry."),
        example(
            2,
            null,
            "International cooperation is needed to address jurisdictional"
                + " challenges in investigating and prosecuting online child sexual exploitation and"
                + " abuse. Greater cross-industry collaboration is also required as countries pursue"
                + " global alignment on legislation, classifying child sexual abuse materials, and"
                + " data and intelligence sharing standards. Some countries wish to explore the"
                + " feasibility of an international child sex offender register among competent"
                + " authorities."),
        priority(
            3,
            "Strengthen the use and collection of data and evidence to enhance"
                + " effective, sustainable national efforts to protect children.",
            "Quality data and"
                + " evidence generation are essential to improve policy, legislation, service"
                + " delivery and initiatives to combat online child sexual exploitation and abuse."
                + " This requires not only strengthening countries' administrative data systems for"
                + " law enforcement, prosecution and social services, but also dedicated research to"
                + " help better inform and track improvement."),
        example(
            3,
            null,
            "More evidence is required on the effectiveness of interventions to"
                + " support children who have experienced sexual exploitation and abuse, including"
                + " forms facilitated by technology. Countries would benefit from more research on"
                + " child and adolescent participation that is inclusive, trauma-informed and"
                + " results in positive changes to policies and practices. Other specific areas"
                + " include research with victims/survivors to understand barriers to disclosure of"
                + " abuse and their personal experiences of the justice system to improve services."
                + " There is also a need for more research to inform offender management and"
                + " rehabilitation programmes."),
        priority(
            4,
            "Share best practices and lessons learned to support national responses to"
                + " protect children from online sexual exploitation and abuse.",
            "Through sharing"
                + " best practices and lessons learned, countries can continuously adapt and improve"
                + " the implementation of the MNR framework within national and regional contexts."
                + " The development and implementation of interventions adapted to diverse contexts"
                + " must be driven by national evidence to support sustained, effective country"
                + " responses."),
        example(
            4,
            null,
            "Specific areas already identified by some countries for"
                + " knowledge-sharing include: how to reform legislation to deal with new and"
                + " emerging patterns of offending; how to increase public reporting to hotlines and"
                + " online portals; how to reach vulnerable children in national education"
                + " programmes; how to design and implement effective support systems for convicted"
                + " child sex offenders, people with a sexual interest in children, young people"
                + " displaying sexually harmful behaviour, and family and friends of child sex"
                + " offenders; how to engage with industry beyond awareness-raising and education"
                + " campaigns; and how to optimize the role of the media in shifting social taboos"
                + " and harmful norms concerning child sexual exploitation and abuse."),
        priority(
            5,
            "Promote the global implementation of the Model National Response"
                + " framework, and its continuous refinement based on lessons learned.",
            "As the"
                + " world shifts with ever-evolving contexts and innovation, the MNR framework must"
                + " be improved and adapted by incorporating lessons learned, leveraging technology"
                + " and continuously refining its guidance for diverse contexts. Broader"
                + " consultation can help shape future iterations of this framework and the"
                + " feasibility and utility of a country maturity model."),
        example(
            5,
            null,
            "The international cooperation elements of the response should be"
                + " expressly integrated into all domains of the framework."),
        example(
            5,
            "criminal-justice",
            "In the criminal justice domain, psychological care and"
                + " mitigation tools for law enforcement officers' health and well-being should be"
                + " strengthened."),
        example(
            5,
            "victim",
            "In the victim domain, the importance of maintaining a healthy and"
                + " safe workforce and minimizing professional fatigue should be promoted. The"
                + " components of effective remedy and reparations for victims and survivors must be"
                + " better elaborated."),
        example(
            5,
            "societal",
            "In the societal domain, young people displaying sexually harmful"
                + " behaviour must be separated from 'offender support systems' to ensure the"
                + " approach protects children against stigmatizing effects of 'perpetrator' and"
                + " 'offender' language and addresses children's distinct needs."),
        example(
            5,
            "industry",
            "In the industry domain, countries seek additional guidance and"
                + " frameworks, such as a model response based on the Voluntary Principles or common"
                + " standards or metrics on transparency."),
        Passage.of(
            "call-to-action-closing",
            CALL,
            "As set out in the 2021 Global Threat Assessment, the nature of harm has continued to"
                + " grow and diversify. The global community must accelerate its efforts to tackle"
                + " these crimes and better protect children. This review has charted a path"
                + " forward for action by the Alliance, its membership and other stakeholders to"
                + " take up this urgent call."),
        Passage.builder()
            .id("box-1-focus")
            .place(BOX_1)
            .heading("A focus on the Model National Response")
            .text(
                "The MNR is focused on helping countries build their response to online child"
                    + " sexual exploitation and abuse. It acknowledges that this cannot be addressed"
                    + " in isolation. A wider set of capabilities to prevent and tackle child sexual"
                    + " exploitation and abuse are required to ensure a complete national response."
                    + " The MNR sets out six domains with 21 capabilities, as follows:")
            .build(),
        Passage.of(
            "box-1-domains",
            BOX_1,
            // The numbers the report's text lost are restored in brackets.
            "1. Policy and governance: leadership; research, analysis, and monitoring;"
                + " legislation\n[2.] Criminal justice: dedicated law enforcement; judiciary and"
                + " prosecutors; offender management process; access to image databases\n[3.]"
                + " Victim: end-to-end support; child protection workforce; compensation, remedies"
                + " and complaints arrangements; Child Helpline\n4. Societal: child sexual"
                + " exploitation and abuse hotline; education programme; child participation;"
                + " offender support systems\n[5.] Industry: takedown procedures; child sexual"
                + " exploitation and abuse reporting; innovation solution development; Corporate"
                + " Social Responsibility\n6. Media and communications: ethical and informed media"
                + " reporting; universal terminology"),
        Passage.of(
            "box-1-starting-point",
            BOX_1,
            "Regardless of a country's starting point, the MNR was intended to enable"
                + " stakeholders to identify any gaps in capabilities and commence planning to fill"
                + " those gaps."),
        Passage.builder()
            .id("box-1-sdg-16-2")
            .place(BOX_1)
            .text(
                "Using the framework can assist countries in identifying actions that"
                    + " contribute to the delivery of the United Nations Sustainable Development"
                    + " Goal targets, primarily 16.2 \u2013 End all forms of violence against and"
                    + " torture of children.")
            .build(),
        Passage.of(
            "box-1-sdg-8-7-5-2-crc",
            BOX_1,
            "It could also assist with delivery against"
                + " targets 8.7 and 5.2 and a country's obligations under international and"
                + " regional human rights treaties, most notably the United Nations Convention on"
                + " the Rights of the Child and its Optional Protocol on the sale of children child"
                + " prostitution and child pornography."));
  }

  /** A priority of the call to action: its heading and its paragraph. */
  private static Passage priority(int number, String heading, String text) {
    return Passage.builder()
        .id("priority-" + number)
        .place(CALL + ", priority " + number)
        .heading(heading)
        .text(text)
        .build();
  }

  /**
   * A priority's examples, for one domain or (null) for all: the report's words, split where it
   * turns to another domain; the first of a priority's examples begins "Examples:" in print.
   */
  private static Passage example(int number, @Nullable String domainId, String text) {
    Passage.Builder example =
        Passage.builder()
            .id("priority-" + number + "-examples" + (domainId == null ? "" : "-" + domainId))
            .place(CALL + ", priority " + number + ", examples")
            .text(text);
    if (domainId != null) {
      example.addAllDomainIds(List.of(domainId));
    }
    return example.build();
  }

  /** Where the report's text disagrees with its own Figure 1. */
  private static List<Passage> reportErrata() {
    return List.of(
        Passage.of(
            "R1",
            "Framing the future (2022), Key findings, Ethical and informed media"
                + " reporting; Domain 6, Ethical and informed media reporting; Figure 1",
            "The text says the government supports ethical, informed"
                + " and balanced media reporting in \"54 per cent, 23 of 42\" (the Key findings) and"
                + " \"Over half of surveyed countries (54 per cent, 23 of 42) responded"
                + " positively\" (Domain 6); 23 of 42 is 54.8 per cent, which Figure 1 prints as"
                + " 55. mnr4j computes 55, as the figure does."),
        Passage.of(
            "R2",
            "Framing the future (2022), Child protection workforce; Figure 1",
            "The text says \"Almost a quarter of countries (23 per cent, 7 of 41) do not have a"
                + " child protection workforce\"; 7 of 41 is 17 per cent, as Figure 1 prints (83"
                + " per cent have one, 34 of 41). mnr4j computes 17."),
        Passage.of(
            "R3",
            "Framing the future (2022), Appendix 1, capability 7; Appendix 2, Section 4",
            "Appendix 1 prints capability 7, Access to Image Databases, as \"National database;"
                + " link to\" and the rest is lost in the report's text. mnr4j completes it in"
                + " brackets from the survey's Section 4, which prints \"Access to image database"
                + " \u2013 National database; link to Interpol database (ICSE)\": \"National"
                + " database; link to [Interpol database (ICSE)]\"."),
        Passage.of(
            "R4",
            "Framing the future (2022), Box 1",
            "Box 1 numbers its six domains, but the report's text keeps only the numbers 1, 4 and"
                + " 6; mnr4j restores 2, 3 and 5 in brackets."));
  }
}
