/** Implementation of the CSV codec; not API. */
@NullMarked
package org.keneya.io.csv.internal;

import org.jspecify.annotations.NullMarked;
