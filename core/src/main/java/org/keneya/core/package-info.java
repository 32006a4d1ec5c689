/**
 * Keneya core: domain-agnostic building blocks — values, the plug-in SPI that describes entity
 * kinds, datasets and their validation. Nothing here knows a health term; a domain model such as
 * {@code keneya-model} registers its kinds through {@link org.keneya.core.kind.DomainModel}.
 */
@NullMarked
package org.keneya.core;

import org.jspecify.annotations.NullMarked;
