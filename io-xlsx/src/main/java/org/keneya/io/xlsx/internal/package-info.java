/**
 * The implementation of {@link org.keneya.io.xlsx.XlsxCodec}: not API, exported to no module.
 */
@NullMarked
package org.keneya.io.xlsx.internal;

import org.jspecify.annotations.NullMarked;
