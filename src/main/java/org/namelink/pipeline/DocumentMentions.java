package org.namelink.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.namelink.mentions.Mention;
import org.namelink.mentions.AcronymDefinition;
import org.namelink.mentions.TeamSense;

/**
 * What resolution and output need of one analysed document, and no more: its id, its mentions
 * (offsets, text, type, source), the acronyms it defines and which mentions name a sports team
 * rather than a place ({@link TeamSense}) &mdash; or why it could not be
 * analysed. Texts, sentences and tokens are dropped, so a large corpus can be analysed document by
 * document and resolved at the end without holding its texts; only the set of its distinct words is
 * kept ({@link #words}), and only when the pipeline links entities, for the linker's context.
 *
 * <p>Immutable and thread-safe.
 */
public record DocumentMentions(String id, List<Mention> mentions, List<AcronymDefinition> acronyms,
                               Set<Integer> teamMentions, Optional<String> error, Optional<String> errorType,
                               Set<String> words) {

    public DocumentMentions {
        Objects.requireNonNull(id, "id");
        mentions = List.copyOf(mentions);
        acronyms = List.copyOf(acronyms);
        teamMentions = Set.copyOf(teamMentions);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(errorType, "errorType");
        if (error.isPresent() && !mentions.isEmpty()) {
            throw new IllegalArgumentException("a failed document has no mentions: '" + id + "'");
        }
        if (errorType.isPresent() && error.isEmpty()) {
            throw new IllegalArgumentException("an error type needs an error: '" + id + "'");
        }
        words = Set.copyOf(words);
    }

    /** A document without the words of its text (kept only when a linker needs them). */
    public DocumentMentions(String id, List<Mention> mentions, List<AcronymDefinition> acronyms,
                            Set<Integer> teamMentions, Optional<String> error, Optional<String> errorType) {
        this(id, mentions, acronyms, teamMentions, error, errorType, Set.of());
    }

    /** This document with {@code words}, the words of its text that a linker reads as context. */
    public DocumentMentions withWords(Set<String> words) {
        return new DocumentMentions(id, mentions, acronyms, teamMentions, error, errorType, words);
    }

    /** A document with no error type (see {@link ProcessedDocument#errorType()}). */
    public DocumentMentions(String id, List<Mention> mentions, List<AcronymDefinition> acronyms,
                            Set<Integer> teamMentions, Optional<String> error) {
        this(id, mentions, acronyms, teamMentions, error, Optional.empty());
    }

    /** A document none of whose mentions is known to name a team. */
    public DocumentMentions(String id, List<Mention> mentions, List<AcronymDefinition> acronyms,
                            Optional<String> error) {
        this(id, mentions, acronyms, Set.of(), error, Optional.empty());
    }

    /** The mentions, acronym definitions and team senses of an analysed article. */
    public static DocumentMentions of(AnalyzedArticle article) {
        return new DocumentMentions(article.id(), article.mentions(),
                AcronymDefinition.find(article.text(), article.mentions()),
                TeamSense.find(article.text(), article.mentions()), Optional.empty());
    }

    /** The compact form of an analysis result (analysed, or failed with its error). */
    public static DocumentMentions of(Namelink.AnalyzedOrError analyzed) {
        return analyzed.article().map(DocumentMentions::of)
                .orElseGet(() -> failed(analyzed.id(), analyzed.error().orElseThrow(), analyzed.errorType()));
    }

    public static DocumentMentions failed(String id, String error) {
        return failed(id, error, Optional.empty());
    }

    /** A failed document; {@code errorType} as in {@link ProcessedDocument#errorType()}. */
    public static DocumentMentions failed(String id, String error, Optional<String> errorType) {
        return new DocumentMentions(id, List.of(), List.of(), Set.of(), Optional.of(Objects.requireNonNull(error, "error")),
                errorType);
    }

    public boolean failed() {
        return error.isPresent();
    }
}
