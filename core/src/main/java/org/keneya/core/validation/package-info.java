/**
 * Validation: {@link org.keneya.core.validation.Checks}, the helper every builder uses, and the
 * {@link org.keneya.core.validation.ValidationReport} of a dataset with its {@link
 * org.keneya.core.validation.Violation violations}.
 */
@KeneyaStyle
@NullMarked
package org.keneya.core.validation;

import org.jspecify.annotations.NullMarked;
import org.keneya.core.KeneyaStyle;
