/**
 * A cooperative's harvest — farms and their deliveries — modelled by a project that only wants
 * CSV: its kinds, registered explicitly, written and read with {@code keneya-io-csv} alone.
 */
@NullMarked
package org.example.harvest;

import org.jspecify.annotations.NullMarked;
