/**
 * The Jackson 3 databind module for Keneya: {@link org.keneya.jackson.KeneyaJacksonModule}, found
 * by {@code JsonMapper.builder().findAndAddModules()}, reads and writes Keneya values, entities and
 * datasets exactly as {@link org.keneya.io.json.JsonCodec} does. It lives in its own artifact
 * ({@code keneya-jackson}) so that a user of the JSON codec alone does not pull jackson-databind.
 */
@NullMarked
package org.keneya.jackson;

import org.jspecify.annotations.NullMarked;
