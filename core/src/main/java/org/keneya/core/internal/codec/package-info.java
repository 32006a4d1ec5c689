/**
 * Support that Keneya's own codecs share — reference checks and caches, hidden copies of
 * specialized writers, the shortening and wording of error reasons, the text form of scalars, zips
 * read within the limits, inputs whose failures are told from bad data — and nothing else may rely
 * on. Not API:
 * it changes without notice, and once the modules have {@code module-info} files this package
 * will be exported only to Keneya's own modules ({@code exports ... to}). Nothing here depends on a
 * format library such as Jackson (a parser's messages are read as text only), nor knows a domain.
 */
@NullMarked
package org.keneya.core.internal.codec;

import org.jspecify.annotations.NullMarked;
