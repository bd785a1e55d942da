/**
 * Whether two spellings name the same thing: names analysed into forms (titles, particles,
 * initials, acronyms), compared with transliteration-aware rules, with aliases that no algorithm
 * can derive read from {@code models/aliases.tsv}.
 *
 * <p>What a user needs from here: {@link org.namelink.names.NameMatcher} ({@code defaults()}, or
 * built with one's own titles, aliases and threshold for {@code Namelink.builder()}) and its answer,
 * {@link org.namelink.names.NameMatch}: a score, a decision and the rule that made it.
 */
package org.namelink.names;
