/**
 * A small domain with no health word — a network of weather stations, with their operators and
 * inspections — whose kinds together use every value type core offers: text, integers, decimals,
 * booleans, dates, periods, currencies, enumerations, codes, references (to one kind and to any),
 * localized text, lists, optional values, nested structures of the domain's own, money, date ranges,
 * stated rates, deadlines and provenance, with declared constraints and rules. The codecs' own tests
 * write and read it, so that each codec is tested on core alone.
 */
@NullMarked
package org.keneya.testdomain;

import org.jspecify.annotations.NullMarked;
