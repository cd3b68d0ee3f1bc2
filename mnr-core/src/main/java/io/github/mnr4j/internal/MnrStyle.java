package io.github.mnr4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every mnr4j value type: the generated implementation is package-private
 * and hidden behind the abstract type, which offers {@code of(...)} or {@code builder()}.
 * Generated classes carry no annotations of Immutables' own, so they need nothing of Immutables
 * at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface MnrStyle {}
