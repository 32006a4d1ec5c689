/** Source documents, the one entity kind core declares itself (see {@link org.keneya.core.document.CoreDomainModel}). */
@KeneyaStyle
@NullMarked
package org.keneya.core.document;

import org.jspecify.annotations.NullMarked;
import org.keneya.core.KeneyaStyle;
