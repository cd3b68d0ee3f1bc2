/**
 * Assessment: from a response to the evidence for each capability of the framework, and each
 * capability's {@link CapabilityStatus status}: in place, not in place, or unknown. Unknown is
 * never taken for no.
 *
 * <pre>{@code
 * // once per instrument
 * Assessor assessor = Assessor.of(Instruments.mnrSurvey2021());
 * Assessment assessment = assessor.assess(response);
 * assessment.evidence("legislation").checklistOfferedCount();  // 11
 * assessment.evidence("leadership").status();  // IN_PLACE
 * }</pre>
 */
@NullMarked
@MnrStyle
package io.github.mnr4j.assessment;

import io.github.mnr4j.internal.MnrStyle;
import org.jspecify.annotations.NullMarked;
