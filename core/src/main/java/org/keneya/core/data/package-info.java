/** Datasets: {@link org.keneya.core.data.Dataset}, an immutable indexed collection of entities, its merge and validation. */
@NullMarked
package org.keneya.core.data;

import org.jspecify.annotations.NullMarked;
