package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an entity kind on its Java type — a record, or an Immutables abstract class — implementing
 * {@link org.keneya.core.kind.Entity}. Keneya's annotation processor ({@code keneya-processor})
 * generates, in the type's package, a class {@code <Type>Description} holding the kind's
 * {@link org.keneya.core.kind.EntityKind} as {@code KIND}: its properties in declaration order
 * (record components, or abstract accessors), their value types derived from their Java types,
 * their getters and the construction by property name. The type keeps a one-line field:
 *
 * <pre>{@code
 * @Kind(name = "loan", label = "Loan")
 * public record Loan(Id id, Ref<Member> member, LocalDate lent, @Nullable LocalDate returned) implements Entity {
 *   public static final EntityKind<Loan> KIND = LoanDescription.KIND;
 * }
 * }</pre>
 *
 * <p>What the Java type cannot say is declared on the property: {@link CodeOf}, {@link RefTo} or
 * {@link AnyKind}, and the constraints ({@link NonBlank}, {@link AtLeast}, {@link Between},
 * {@link DecimalRange}, {@link Pattern}, {@link UniqueItems}, {@link Size}, {@link NotEmpty},
 * {@link RequiredWhen}); rules are static methods marked {@link KindRule}. Anything the processor
 * cannot describe is a compile error naming the type and the property.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Kind {
  /** The kind's name, as datasets and codecs write it ({@code loan}). */
  String name();

  /** The kind's label for people; the type's simple name when empty. */
  String label() default "";
}
