/**
 * The first stage: a raw article becomes lines, sentences and tokens with their offsets
 * ({@link org.namelink.text.AnalyzedText}), and web-page chrome (menus, prompts, bylines) is
 * recognised so that later stages can ignore it.
 *
 * <p>What a user needs from here: {@link org.namelink.text.TextAnalyzer} (CoreNLP's sentences and
 * tokens by default; OpenNLP's or pre-tokenized text on request, for {@code Namelink.builder()}) and
 * {@link org.namelink.text.Span}, the half-open UTF-16 range every offset in Namelink is given as.
 * The rest are the stage's parts, public so a custom analyzer can reuse them.
 */
package org.namelink.text;
