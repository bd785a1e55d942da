/**
 * The {@code namelink} command line ({@link org.namelink.cli.NamelinkCommand}): {@code demo},
 * {@code extract}, {@code match}, {@code eval} and the benchmarks. Its libraries (picocli,
 * progressbar) are optional dependencies: a library user who never calls this package does not
 * receive them, and the command line finds them in {@code target/lib} beside the jar.
 */
package org.namelink.cli;
