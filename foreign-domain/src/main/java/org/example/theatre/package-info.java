/**
 * A theatre company — its actors and the roles they play — with a kind named {@code actor} of its
 * own, as Keneya's health model has one: {@link org.example.theatre.TheatreModel} is not listed in
 * {@code META-INF/services}, so it is in a registry only when its user puts it there ({@code
 * KindRegistry.of(new TheatreModel())}), never by the class path's chance.
 */
@NullMarked
package org.example.theatre;

import org.jspecify.annotations.NullMarked;
