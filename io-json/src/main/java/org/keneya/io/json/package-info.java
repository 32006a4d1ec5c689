/**
 * JSON for Keneya: {@link org.keneya.io.json.JsonCodec} for whole datasets, {@link
 * org.keneya.io.json.JsonLines} for streams of entities, and a Jackson 3 module so that {@code
 * JsonMapper.builder().findAndAddModules().build()} reads and writes Keneya types. All are written
 * against core's description of kinds, so a kind registered by another jar needs no change here.
 */
@NullMarked
package org.keneya.io.json;

import org.jspecify.annotations.NullMarked;
