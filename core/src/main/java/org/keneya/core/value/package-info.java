/**
 * Domain-agnostic values: {@link org.keneya.core.value.Id}, {@link org.keneya.core.value.Ref},
 * {@link org.keneya.core.value.Code}, {@link org.keneya.core.value.LocalizedText}, {@link
 * org.keneya.core.value.Money}, {@link org.keneya.core.value.Rate} with its {@link
 * org.keneya.core.value.StatedRate}, {@link org.keneya.core.value.Deadline}, {@link
 * org.keneya.core.value.DateRange} and {@link org.keneya.core.value.Provenance}.
 *
 * <p>All are immutable, refuse invalid data with an {@link
 * org.keneya.core.error.InvalidValueException} naming the field, and never use floating point.
 */
@KeneyaStyle
@NullMarked
package org.keneya.core.value;

import org.jspecify.annotations.NullMarked;
import org.keneya.core.KeneyaStyle;
