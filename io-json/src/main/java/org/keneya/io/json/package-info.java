/**
 * JSON for Keneya: {@link org.keneya.io.json.JsonCodec} for whole datasets, {@link
 * org.keneya.io.json.JsonLines} for streams of entities and {@link org.keneya.io.json.JsonSchemas}
 * for the JSON Schema of any registry's kinds. All are written against core's description of
 * kinds, so a kind registered by another jar needs no change here. The Jackson 3 databind module
 * is in its own artifact, keneya-jackson ({@code org.keneya.jackson.KeneyaJacksonModule}).
 */
@NullMarked
package org.keneya.io.json;

import org.jspecify.annotations.NullMarked;
