/**
 * The generator core: {@link org.keneya.testkit.gen.Gen}, the {@link
 * org.keneya.testkit.gen.Source} it draws from, and basic generators in {@link
 * org.keneya.testkit.gen.Gens}. Framework-neutral: nothing here depends on JUnit.
 */
@NullMarked
package org.keneya.testkit.gen;

import org.jspecify.annotations.NullMarked;
