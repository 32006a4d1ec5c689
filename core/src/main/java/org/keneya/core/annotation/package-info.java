/**
 * Annotations declaring entity kinds and structures on their Java types, read at compile time by
 * Keneya's annotation processor ({@code org.keneya:keneya-processor}), which generates their
 * descriptions: see {@link org.keneya.core.annotation.Kind}. Class retention: nothing reads them
 * at run time.
 */
@NullMarked
package org.keneya.core.annotation;

import org.jspecify.annotations.NullMarked;
