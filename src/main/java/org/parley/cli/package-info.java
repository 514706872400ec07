/**
 * CLI: the {@code parley} command and its subcommands.
 *
 * <p>Takes the user's arguments. Gives output on standard out and the run's report on standard error,
 * with exit code 0 when all went well, 1 when some inputs failed but the rest was done, and 2 for bad
 * usage. The only package that writes to the terminal.
 */
package org.parley.cli;
