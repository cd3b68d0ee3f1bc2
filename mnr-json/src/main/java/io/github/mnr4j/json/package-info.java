/**
 * JSON documents for mnr4j: every document is an object with {@code "format"} (its kind, such as
 * {@code mnr4j.framework}) and {@code "version"} (1), and field names equal to the accessor names
 * of the core types.
 *
 * <pre>{@code
 * MnrJson json = MnrJson.strict();
 * String text = json.write(Frameworks.mnr(), Document.FRAMEWORK);
 * Framework back = json.read(text, Document.FRAMEWORK);
 * back.equals(Frameworks.mnr());  // true
 * }</pre>
 *
 * <p>Reading bad input throws {@link MnrJsonException}, whose message names the problem, the JSON
 * Pointer and the line and column of the offending value.
 */
@NullMarked
package io.github.mnr4j.json;

import org.jspecify.annotations.NullMarked;
