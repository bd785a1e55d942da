package org.namelink.resolution.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.namelink.names.MatchRule;
import org.namelink.resolution.MergeReason;
import org.namelink.text.InvisibleCharacters;

/**
 * Step 8 of the {@link ResolutionPlan}, naming: what a cluster is called and how each of its variants is explained.
 *
 * <p>Stateless and thread-safe.
 */
public final class Naming {

    private Naming() {
    }

    /**
     * A spelling of an entity as it is shown (titles and possessives removed), with what the
     * canonical name is chosen by.
     *
     * @param name the variant
     * @param count its mentions in the entity
     * @param acronym whether its name group is an acronym
     * @param units the number of comparison units of its name group
     */
    public record Variant(String name, int count, boolean acronym, int units) {
        public Variant {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The most frequent of {@code spellings}, the first seen of equals: the spelling that stands
     * for a name group (cited in reasons, recorded by the registry).
     *
     * @param spellings in order of first mention
     * @param count how often each is written
     * @return empty only for no spellings
     */
    public static <T> Optional<T> mostFrequent(Iterable<? extends T> spellings, ToLongFunction<? super T> count) {
        T best = null;
        long most = 0;
        for (T s : spellings) {
            long n = count.applyAsLong(s);
            if (best == null || n > most) {
                best = s;
                most = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The canonical name: the fullest well-formed variant (written without invisible characters
     * such as a zero-width space or a soft hyphen, not an acronym, mixed case before capitals, most
     * words), then the most frequent, then the first seen. A variant with invisible characters is the
     * name only when every variant has some; it is kept as written, as every variant is.
     *
     * @param variants the entity's variants, each once, in order of first mention
     */
    public static String canonicalName(List<Variant> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("an entity has at least one variant, got none");
        }
        Comparator<Variant> order = Comparator.comparingInt((Variant v) -> InvisibleCharacters.containsAny(v.name()) ? 0 : 1)
                .thenComparingInt(v -> v.acronym() ? 0 : 1)
                .thenComparingInt(v -> form(v.name()))
                .thenComparingInt(Variant::units)
                .thenComparingInt(Variant::count);
        Variant best = null;
        for (Variant v : variants) {
            if (best == null || order.compare(v, best) > 0) {
                best = v;
            }
        }
        return best.name();
    }

    /**
     * How well a spelling is formed to name an entity: capitalised with lower-case letters (2) before
     * a short all-capital name (1: NATO; and Dubai before DUBAI), before anything else (0: SOLEIMANI).
     */
    static int form(String v) {
        boolean lower = false;
        for (int i = 0; i < v.length(); i++) {
            lower |= Character.isLowerCase(v.charAt(i));
        }
        return lower && Character.isUpperCase(v.codePointAt(0)) ? 2 : !lower && v.length() <= 5 ? 1 : 0;
    }

    /** The variants as an entity lists them: each once, sorted. */
    public static List<String> variantList(Collection<String> variants) {
        return new ArrayList<>(new TreeSet<>(variants));
    }

    /** The id of the {@code n}th entity of one result (from 1), in order of first mention. */
    public static String entityId(int n) {
        return "e" + n;
    }

    /**
     * Why a variant other than the canonical name belongs to its entity.
     *
     * @param sameGroupAsCanonical whether it is a spelling of the canonical name's own group
     *     (normalised to the same key)
     * @param join the first join of its group (a short form's join in this document comes first)
     * @param groupName its group's most frequent variant, to cite when it was never joined itself
     */
    public static MergeReason variantReason(String variant, String canonical, boolean sameGroupAsCanonical,
                                            Optional<MergeReason> join, String groupName) {
        if (sameGroupAsCanonical) {
            return new MergeReason(variant, MatchRule.NORMALIZED, canonical, 1.0);
        }
        return join.map(r -> new MergeReason(variant, r.rule(), r.matched(), r.score()))
                .orElseGet(() -> new MergeReason(variant, MatchRule.NORMALIZED, groupName, 1.0));
    }
}
