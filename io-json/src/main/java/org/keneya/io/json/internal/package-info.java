/** Implementation of the JSON codecs; not API. */
@NullMarked
package org.keneya.io.json.internal;

import org.jspecify.annotations.NullMarked;
