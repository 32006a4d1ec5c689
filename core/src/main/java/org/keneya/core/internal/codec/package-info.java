/**
 * Support that Keneya's own codecs share — reference checks and caches, hidden copies of
 * specialized writers, the shortening of error reasons — and nothing else may rely on. Not API:
 * it changes without notice, and once the modules have {@code module-info} files this package
 * will be exported only to Keneya's own modules ({@code exports ... to}). Nothing here knows a
 * format library such as Jackson, nor a domain.
 */
@NullMarked
package org.keneya.core.internal.codec;

import org.jspecify.annotations.NullMarked;
