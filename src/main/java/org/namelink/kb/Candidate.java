package org.namelink.kb;

import java.util.Objects;

/**
 * A Wikipedia article a name may stand for, with the dictionary's prior: the share of the
 * name's links in Wikipedia that point to this article.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the article's title as in the dictionary ("Arbil"; underscores and spaces as given)
 * @param prior in [0, 1]: the mean, over the dictionary's surfaces that fold to the looked-up name
 *     (Paris, PARIS and Paris's are one folded name), of P(title | surface); a folded name's priors
 *     sum to at most 1
 */
public record Candidate(String title, double prior) {

    public Candidate {
        Objects.requireNonNull(title, "title");
        if (!(prior >= 0 && prior <= 1)) {
            throw new IllegalArgumentException("prior must be in [0, 1], was " + prior + " for " + title);
        }
    }
}
