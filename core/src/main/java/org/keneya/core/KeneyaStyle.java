package org.keneya.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.keneya.core.error.InvalidValueException;

/**
 * The one Immutables style of the project, applied in each value package's {@code package-info.java}.
 *
 * <p>The public surface of a value is its abstract type with static {@code builder()} or {@code
 * of(...)} factories; the generated {@code Immutable*} class stays package-private. Decisions made
 * on purpose rather than by classpath accident:
 *
 * <ul>
 *   <li>{@code builderVisibility = PACKAGE}: the generated builder is package-private too; a type
 *       offers its builder as a nested {@code public static final class Builder extends
 *       ImmutableX.Builder} whose methods (returning {@code X.Builder}) Javadoc then documents as
 *       the nested class's own — each with the comment Immutables writes — instead of listing them,
 *       undocumented, as inherited from a class it does not show.
 *   <li>{@code jdkOnly = true}: list and set attributes are declared {@code List} and {@code Set}
 *       and held as unmodifiable JDK collections. The builders then check every element
 *       themselves, so {@code addLead(null)} is refused as an {@link InvalidValueException} naming
 *       the attribute ({@code Recommendation.lead: must not hold a null element}); with Guava's
 *       builders it was a bare {@code NullPointerException}.
 *   <li>A missing required attribute or a {@code null} passed to a builder is reported as an {@link
 *       InvalidValueException} naming the type and attribute ({@code Recommendation.statement: is
 *       required}), so builders speak the same exception family as every other check.
 *   <li>{@code get = {"get*", "*OrNull"}}: an optional attribute is declared as a nullable {@code
 *       xOrNull()} accessor — the stored form, which codecs read without allocating — beside a
 *       final {@code Optional<X> x()} computed from it (the accessor package-private where the type is
 *       described by Keneya's annotation processor, which reads it from the same package); the builder's and {@code with} methods are
 *       named {@code x}, and take the value or {@code null} for absent.
 *   <li>Types described positionally (the entity kinds, most nested values) mark every attribute
 *       {@code @Value.Parameter}, so that the generated {@code Immutable*.of(...)} takes all of them in
 *       declaration order: their descriptions build values through it ({@code
 *       StructType.positional}), without a builder.
 *   <li>{@code allowedClasspathAnnotations}: Immutables adds to generated code every annotation of
 *       a list it finds on the compile path, including its own {@code org.immutables.value.Generated}
 *       — class-retained, with elements, and in no jar a consumer gets (Immutables is {@code
 *       provided}), so javac compiling against Keneya's jars warned "Cannot find annotation method
 *       'from()' in type 'Generated'" for every builder a consumer touched, failing {@code
 *       -Xlint:all -Werror}. Only these are allowed: {@code javax.annotation.processing.Generated}
 *       (source-retained, marks the generated sources for tools) and Error Prone's {@code
 *       CanIgnoreReturnValue} (on builder methods), {@code Immutable} (it only makes Immutables
 *       write {@code @SuppressWarnings("Immutable")}) and {@code Var} (local variables), whose jar
 *       comes with Guava to every consumer; an annotation that turns up on the path later (JSR
 *       305's, SpotBugs') stays out of the class files.
 * </ul>
 *
 * <p>Like any Immutables style, this annotation is read by the Immutables processor, which a
 * project applying it has on its compile path; the class files of Keneya's values reference it
 * only as an element-less package annotation, which javac never resolves, so a consumer without
 * Immutables compiles cleanly as long as it does not name {@code KeneyaStyle} itself. It stays
 * class-retained so that an incremental build recompiling a value without its {@code
 * package-info.java} still finds the style in the package's class file.
 *
 * <pre>{@code
 * @KeneyaStyle
 * package org.example.mymodel;
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "*OrNull"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = false,
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class,
    allowedClasspathAnnotations = {
        javax.annotation.processing.Generated.class,
        com.google.errorprone.annotations.CanIgnoreReturnValue.class,
        com.google.errorprone.annotations.Immutable.class,
        com.google.errorprone.annotations.Var.class},
    defaults = @Value.Immutable(copy = false))
public @interface KeneyaStyle {}
