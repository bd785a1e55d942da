/**
 * Reading articles from files and directories ({@link org.namelink.io.ArticleReader},
 * {@link org.namelink.io.ArticleSource}: UTF-8 text, a directory's {@code *.txt} in name order, a
 * bad file reported without losing the others) and writing results as the JSON of the command-line
 * contract or as a table of entities.
 *
 * <p>What a user needs from here: the readers, to feed {@code Namelink} from disk, and the JSON
 * writers, to produce the same output as {@code namelink extract}.
 */
package org.namelink.io;
