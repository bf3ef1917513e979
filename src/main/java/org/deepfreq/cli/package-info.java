/**
 * The picocli command line ({@code deepfreq <command>}): parses options, calls the core, maps bad input to one-line errors and exit code 2.
 */
package org.deepfreq.cli;
