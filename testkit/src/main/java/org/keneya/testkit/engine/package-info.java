/**
 * The property engine: recorded sources of choices, the shrinker that minimizes them, and a
 * framework-neutral {@link org.keneya.testkit.engine.PropertyRunner}.
 */
@NullMarked
package org.keneya.testkit.engine;

import org.jspecify.annotations.NullMarked;
