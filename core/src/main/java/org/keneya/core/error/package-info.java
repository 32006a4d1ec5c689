/**
 * The one exception family of Keneya: {@link org.keneya.core.error.KeneyaException} and its
 * subtypes, each carrying the {@link org.keneya.core.error.Place} of the refused data.
 */
@NullMarked
package org.keneya.core.error;

import org.jspecify.annotations.NullMarked;
