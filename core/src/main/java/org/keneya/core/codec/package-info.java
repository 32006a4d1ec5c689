/**
 * What every codec shares: the {@link org.keneya.core.codec.ReadLimits} a reader applies to
 * hostile input, and {@link org.keneya.core.codec.Excerpt}, which keeps quoted values in error
 * messages short.
 */
@KeneyaStyle
@NullMarked
package org.keneya.core.codec;

import org.jspecify.annotations.NullMarked;
import org.keneya.core.KeneyaStyle;
