/**
 * Survey instruments and the answers given to them: an {@link Instrument} of sections, {@link
 * Question}s and {@link Option}s with {@link SkipRule}s written in the small {@link Condition}
 * language; a {@link Response} of {@link Answer}s from one {@link Jurisdiction}; {@link Validator
 * validation} that returns every {@link ValidationFinding finding} as data; and {@link
 * InstrumentChecks} that find defects in an instrument itself.
 *
 * <pre>{@code
 * Instrument survey = Instruments.mnrSurvey2021();
 * Response response = Response.builder()
 *     .instrumentReference(survey.reference())
 *     .jurisdiction(Jurisdiction.of("C07", "Country 07"))
 *     .status(ResponseStatus.IN_PROGRESS)
 *     .putAnswer("q7", Answer.ofChoice("yes"))
 *     .putAnswer("q17", Answer.ofChoices("csam-possession", "technology-facilitated-abuse"))
 *     .build();
 * ValidationReport report = Validator.of(survey).validate(response);
 * // every problem, in the instrument's order
 * report.findings();
 * }</pre>
 */
@NullMarked
@MnrStyle
package io.github.mnr4j.survey;

import io.github.mnr4j.internal.MnrStyle;
import org.jspecify.annotations.NullMarked;
