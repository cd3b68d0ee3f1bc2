package io.github.mnr4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every mnr4j value type: the generated implementation is package-private
 * and hidden behind the abstract type, which offers {@code of(...)} or {@code builder()}. Builders
 * are strict (each attribute is set once; no {@code from}, no resets) and their adders singular
 * ({@code addCapability}, {@code putAnswer}); a type with a builder declares a {@code Builder}
 * interface that lists the methods it means to offer (one adder per list beside {@code addAll}),
 * which the generated builder implements. A boolean attribute's accessor is {@code isRequired()},
 * its builder method {@code required(boolean)}. Generated classes carry no annotations of
 * Immutables' own, so they need nothing of Immutables at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    strictBuilder = true,
    // Boolean accessors are isRequired(), isSynthetic(); their builders say required(true).
    get = {"is*", "*"},
    depluralize = true,
    depluralizeDictionary = {
      "yes:yes",
      "erratum:errata",
      "criterion:criteria",
      "unranked:unranked",
      "onlyBefore:onlyBefore",
      "onlyAfter:onlyAfter",
      "reached:reached"
    },
    defaults = @Value.Immutable(copy = false))
public @interface MnrStyle {}
