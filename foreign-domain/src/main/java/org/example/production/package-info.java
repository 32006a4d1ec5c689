/**
 * A theatre production's to-do list — fixes to the set, each with its assignees, a deadline
 * (often "before the dress rehearsal") and a dated history of states — followed up by Keneya's
 * generic follow-up queries through the roles its kinds declare, with no health type anywhere.
 */
@NullMarked
package org.example.production;

import org.jspecify.annotations.NullMarked;
