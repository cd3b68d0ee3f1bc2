package io.github.mnr4j.framework;

import java.util.List;

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
  public static final String MNR_ID = "wpga-mnr";

  /** The citation of the built-in Model National Response. */
  public static final String MNR_SOURCE = "WeProtect Global Alliance and UNICEF (2022), Framing"
      + " the future: How the Model National Response framework is supporting national efforts"
      + " to end child sexual exploitation and abuse online, Appendix 1 (the framework) and"
      + " Appendix 2 (the 2021 survey, for enablers and links)";

  private static final Framework MNR = buildMnr();

  private Frameworks() {}

  /**
   * Returns the Model National Response: 6 domains, 21 capabilities numbered 1 to 21, 7
   * enablers and 6 outcomes, with texts as Appendix 1 prints them. The framework's notes say
   * where Appendix 1 and the survey differ.
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
        .addNotes(
            "The survey calls each domain \"Model National Response Capability N\" (for example"
                + " \"Capability 1 - Policy and Governance\"). mnr4j keeps the report's words:"
                + " domains hold capabilities.",
            "Appendix 1 prints six rows of enablers (one row holds two) and the survey's"
                + " Section 8 names a seventh (data and evidence). Enablers are linked to domains"
                + " as the survey's sections list them; Appendix 1 prints the supportive"
                + " reporting environment in the criminal-justice row, the survey in the victim"
                + " section.",
            "Capability 7's description ends \"link to [Interpol database (ICSE)]\": the words"
                + " in brackets are lost in the report's text and completed from the survey's"
                + " Section 4.")
        .addDomains(
            Domain.of("policy-governance", 1, "Policy and Governance", Outcome.of(
                "Highest level national commitment to CSEA prevention and response",
                "Comprehensive understanding of CSEA within the highest levels of government and"
                    + " law enforcement. Willingness to work with, and coordinate the efforts of,"
                    + " multiple stakeholders to ensure the enhanced protection of victims and an"
                    + " enhanced response to CSEA offending.")),
            Domain.of("criminal-justice", 2, "Criminal Justice", Outcome.of(
                "Effective and successful CSEA investigations, convictions and offender"
                    + " management",
                "Law Enforcement and judiciary have the knowledge, skills, systems and tools"
                    + " required to enable them to perform victim-focused investigations and"
                    + " secure positive judicial outcomes. CSEA offenders are managed and"
                    + " reoffending prevented.")),
            Domain.of("victim", 3, "Victim", Outcome.of(
                "Appropriate support services for children and young people",
                "Children and young people have access to services that support them through"
                    + " the investigation and prosecution of crimes against them. They have"
                    + " access to shelter; specialised medical and psychological services; and"
                    + " rehabilitation, repatriation and resocialization services.")),
            Domain.of("societal", 4, "Societal", Outcome.of(
                "CSEA prevented",
                "Children and young people are informed and empowered to protect themselves"
                    + " from CSEA. Parents, carers, teachers and childcare professionals are"
                    + " better prepared to keep children safe from CSEA, including addressing"
                    + " taboos surrounding sexual violence.")),
            Domain.of("industry", 5, "Industry", Outcome.of(
                "Industry engaged in developing solutions to prevent and tackle CSEA",
                "The public can proactively report CSEA offences. Industry has the power and"
                    + " willingness to block and remove online CSEA content and proactively"
                    + " address local CSEA issues.")),
            Domain.of("media-communications", 6, "Media and Communications", Outcome.of(
                "Awareness raised among the public, professionals and policy makers",
                "Potential future offenders are deterred. CSEA offending and reoffending is"
                    + " reduced.")))
        .addCapabilities(
            Capability.of("leadership", 1, "Leadership",
                "An accountable National Governance and Oversight Committee",
                "policy-governance"),
            Capability.of("research-analysis-monitoring", 2, "Research, Analysis and Monitoring",
                "National situational analysis of CSEA risk and response;"
                    + " measurements/indicators",
                "policy-governance"),
            Capability.of("legislation", 3, "Legislation",
                "Comprehensive and effective legal framework to investigate offenders and ensure"
                    + " protection for victims",
                "policy-governance"),
            Capability.of("dedicated-law-enforcement", 4, "Dedicated Law Enforcement",
                "National remit; trained officers; proactive and reactive investigations;"
                    + " victim-focused; international cooperation",
                "criminal-justice"),
            Capability.of("judiciary-prosecutors", 5, "Judiciary and Prosecutors",
                "Trained; victim-focused", "criminal-justice"),
            Capability.of("offender-management", 6, "Offender Management Process",
                "Prevent re-offending of those in the criminal justice system nationally and"
                    + " internationally",
                "criminal-justice"),
            Capability.of("image-databases", 7, "Access to Image Databases",
                "National database; link to Interpol database (ICSE)", "criminal-justice"),
            Capability.of("end-to-end-support", 8, "End to End Support",
                "Integrated services provided during investigation, prosecution and after-care",
                "victim"),
            Capability.of("child-protection-workforce", 9, "Child Protection Workforce",
                "Trained, coordinated and available to provide victim support", "victim"),
            Capability.of("remedies", 10, "Compensation, Remedies and Complaints Arrangements",
                "Accessible procedures", "victim"),
            Capability.of("child-helpline", 11, "Child Helpline",
                "Victim reporting and support; referrals to services for ongoing assistance",
                "victim"),
            Capability.of("csea-hotline", 12, "CSEA Hotline",
                "Public and industry reporting for CSEA offences - online and offline; link to"
                    + " law enforcement and child protection systems",
                "societal"),
            Capability.of("education-programme", 13, "Education Programme",
                "For: children/young people; parents/carers; teachers; practitioners; faith"
                    + " representatives",
                "societal"),
            Capability.of("child-participation", 14, "Child Participation",
                "Children and young people have a voice in the development of policy and"
                    + " practice",
                "societal"),
            Capability.of("offender-support-systems", 15, "Offender Support Systems",
                "Medical, psychological, self-help, awareness", "societal"),
            Capability.of("takedown-procedures", 16, "Notice and Takedown Procedures",
                "Local removal and blocking of online CSEA content", "industry"),
            Capability.of("csea-reporting", 17, "CSEA Reporting",
                "Statutory protections that would allow industry to fully and effectively report"
                    + " CSEA, including the transmission of content, to law enforcement or another"
                    + " designated agency",
                "industry"),
            Capability.of("innovative-solutions", 18, "Innovative Solution Development",
                "Industry engagement to help address local CSEA issues", "industry"),
            Capability.of("corporate-social-responsibility", 19,
                "Corporate Social Responsibility", "Effective child-focused programme",
                "industry"),
            Capability.of("ethical-media-reporting", 20, "Ethical and Informed Media Reporting",
                "Enable awareness and accurate understanding of problem",
                "media-communications"),
            Capability.of("universal-terminology", 21, "Universal Terminology",
                "Guidelines and application", "media-communications"))
        .addEnablers(
            Enabler.of("cross-sector-collaboration",
                "Cross sector, multidisciplinary collaboration", List.of("policy-governance")),
            Enabler.of("willingness-to-prosecute",
                "Willingness to prosecute, functioning justice system and rule of law",
                List.of("criminal-justice")),
            Enabler.builder()
                .id("supportive-reporting-environment")
                .text("Supportive reporting environment")
                .addDomainIds("victim")
                .note("Appendix 1 prints it in the criminal-justice row; the survey lists it in"
                    + " the victim section.")
                .build(),
            Enabler.of("aware-supportive-public",
                "Aware and supportive public and professionals, working with and for children",
                List.of("victim", "societal")),
            Enabler.of("sufficient-resources", "Sufficient financial and human resources",
                List.of("societal")),
            Enabler.of("legal-policy-frameworks",
                "National legal and policy frameworks in accordance with the UNCRC and other"
                    + " international and regional standards",
                List.of("industry")),
            Enabler.builder()
                .id("data-and-evidence")
                .text("Data and evidence on online CSEA")
                .addDomainIds("media-communications")
                .note("Absent from Appendix 1's text; the survey's Section 8 names it.")
                .build())
        .build();
  }
}
