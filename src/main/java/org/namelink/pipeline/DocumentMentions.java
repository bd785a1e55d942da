package org.namelink.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.Mention;
import org.namelink.mentions.AcronymDefinition;

/**
 * What resolution and output need of one analysed document, and no more: its id, its mentions
 * (offsets, text, type, source) and the acronyms it defines &mdash; or why it could not be
 * analysed. Texts, sentences and tokens are dropped, so a large corpus can be analysed document by
 * document and resolved at the end without holding its texts.
 *
 * <p>Immutable and thread-safe.
 */
public record DocumentMentions(String id, List<Mention> mentions, List<AcronymDefinition> acronyms,
                               Optional<String> error) {

    public DocumentMentions {
        Objects.requireNonNull(id, "id");
        mentions = List.copyOf(mentions);
        acronyms = List.copyOf(acronyms);
        Objects.requireNonNull(error, "error");
        if (error.isPresent() && !mentions.isEmpty()) {
            throw new IllegalArgumentException("a failed document has no mentions: '" + id + "'");
        }
    }

    /** The mentions and acronym definitions of an analysed article. */
    public static DocumentMentions of(AnalyzedArticle article) {
        return new DocumentMentions(article.id(), article.mentions(),
                AcronymDefinition.find(article.text(), article.mentions()), Optional.empty());
    }

    /** The compact form of an analysis result (analysed, or failed with its error). */
    public static DocumentMentions of(Namelink.AnalyzedOrError analyzed) {
        return analyzed.article().map(DocumentMentions::of)
                .orElseGet(() -> failed(analyzed.id(), analyzed.error().orElseThrow()));
    }

    public static DocumentMentions failed(String id, String error) {
        return new DocumentMentions(id, List.of(), List.of(), Optional.of(Objects.requireNonNull(error, "error")));
    }

    public boolean failed() {
        return error.isPresent();
    }
}
