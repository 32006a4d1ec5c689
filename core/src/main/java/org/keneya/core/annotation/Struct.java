package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a structure of the user's own — a record, or an Immutables abstract class — nested in
 * entities: the processor generates {@code <Type>Description.TYPE}, its
 * {@link org.keneya.core.kind.StructType}, which properties of that type use.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Struct {
  /** The structure's name ({@code sensor}). */
  String value();
}
