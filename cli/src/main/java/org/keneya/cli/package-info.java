/**
 * The {@code keneya} command line: {@code report}, {@code convert}, {@code validate}, {@code
 * sample} and {@code schema}, built with picocli on the public API of the other Keneya modules.
 * {@link org.keneya.cli.KeneyaCli} is the entry point.
 *
 * <pre>{@code
 * java -jar keneya.jar report --as-of 2025-01-01 --format html --output report.html
 * java -jar keneya.jar convert data.json export.zip --delimiter ';' --bom
 * }</pre>
 */
@NullMarked
package org.keneya.cli;

import org.jspecify.annotations.NullMarked;
