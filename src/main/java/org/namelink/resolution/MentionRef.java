package org.namelink.resolution;

/**
 * Where a mention is in a resolution's input: its document's position in the list and its own
 * among the document's mentions.
 *
 * <p>Immutable and thread-safe.
 */
record MentionRef(int doc, int index) {
}
