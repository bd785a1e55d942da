package org.namelink.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameAnalyzer;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatch;
import org.namelink.resolution.plan.CandidateBlocks;
import org.namelink.resolution.plan.NameGroup;

/**
 * Finds entities by any spelling of a name, in the order a reader would trust the answer:
 * <ol>
 *   <li>{@link How#EXACT}: a name the entity goes by, as written, entities so named before those
 *       with it as another variant;</li>
 *   <li>{@link How#FOLDED}: the same name key as one of its names (case, diacritics, punctuation,
 *       particles: the key the resolver groups mentions by, {@link NameGroup#nameKey});</li>
 *   <li>{@link How#TITLES}: the same key once titles are stripped ("Mr Barzani");</li>
 *   <li>{@link How#MATCHER}: a name the resolver would join with it were each alone in a
 *       document ({@link EntityResolver#decideAlone}: a transliteration, a short form), among the
 *       names that share one of its {@link BlockingKeys} (never all names), best score first.</li>
 * </ol>
 * Each entity is listed once, under the first way that finds it. A name is tried as every type,
 * since a lookup does not say which it means.
 *
 * <p>Immutable and thread-safe once made; the entities must not change while it is used.
 *
 * @param <T> what is looked up (a corpus's {@link Entity}, a registry's entity)
 */
public final class NameLookup<T> {

    /** How a name found an entity, in the order they are tried. */
    public enum How {
        EXACT, FOLDED, TITLES, MATCHER
    }

    /**
     * One entity found.
     *
     * @param entity the entity
     * @param how how the name found it
     * @param score 1 for {@link How#EXACT}, {@link How#FOLDED} and {@link How#TITLES}, the matcher's
     *     score for {@link How#MATCHER}
     * @param <T> what is looked up
     */
    public record Match<T>(T entity, How how, double score) {

        public Match {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(how, "how");
        }
    }

    /** One name of the entity at {@code item}, analysed as its type. */
    private record Named(int item, NameForm form) {
    }

    private final List<T> items;
    private final EntityResolver resolver;
    /** Items by their first name as written, then by their other names. */
    private final Map<String, List<Integer>> byFirstName = new HashMap<>();
    private final Map<String, List<Integer>> byOtherName = new HashMap<>();
    private final Map<EntityType, Map<String, List<Integer>>> byKey = new EnumMap<>(EntityType.class);
    private final CandidateBlocks<Named> blocks;

    private NameLookup(List<T> items, Function<? super T, EntityType> type,
                       Function<? super T, ? extends Collection<String>> names, EntityResolver resolver) {
        this.items = items;
        this.resolver = resolver;
        NameAnalyzer analyzer = resolver.matcher().analyzer();
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EntityType t = type.apply(items.get(i));
            boolean first = true;
            for (String name : new LinkedHashSet<>(names.apply(items.get(i)))) {
                (first ? byFirstName : byOtherName).computeIfAbsent(name, k -> new ArrayList<>(1)).add(i);
                first = false;
                NameForm form = analyzer.analyze(name, t);
                List<Integer> filed = byKey.computeIfAbsent(t, x -> new HashMap<>())
                        .computeIfAbsent(NameGroup.nameKey(form), k -> new ArrayList<>(1));
                if (filed.isEmpty() || filed.get(filed.size() - 1) != i) {
                    filed.add(i);
                }
                if (CandidateBlocks.isBlocked(form)) {
                    named.add(new Named(i, form));
                }
            }
        }
        blocks = CandidateBlocks.of(named, n -> n.form().type(), n -> resolver.blockingKeys().keys(n.form()));
    }

    /**
     * A lookup over {@code entities}.
     *
     * @param type an entity's type
     * @param names the names an entity goes by, its canonical name first, then its variants
     * @param resolver the resolver whose analysis, blocking keys and matcher decide
     */
    public static <T> NameLookup<T> of(List<T> entities, Function<? super T, EntityType> type,
                                       Function<? super T, ? extends Collection<String>> names,
                                       EntityResolver resolver) {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(resolver, "resolver");
        return new NameLookup<>(List.copyOf(entities), type, names, resolver);
    }

    /**
     * The entities {@code name} finds, best first (see the class comment); empty when none does.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public List<Match<T>> find(String name) {
        Objects.requireNonNull(name, "name");
        Map<Integer, How> found = new LinkedHashMap<>();
        for (Map<String, List<Integer>> index : List.of(byFirstName, byOtherName)) {
            for (int i : index.getOrDefault(name, List.of())) {
                found.putIfAbsent(i, How.EXACT);
            }
        }
        NameAnalyzer analyzer = resolver.matcher().analyzer();
        Map<EntityType, NameForm> forms = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            forms.put(t, analyzer.analyze(name, t));
        }
        // Only a person's name loses titles, and nothing else differs at its start.
        boolean titled = forms.get(EntityType.PERSON).displayStart() > forms.get(EntityType.ORGANIZATION).displayStart();
        for (How how : List.of(How.FOLDED, How.TITLES)) {
            for (EntityType t : EntityType.values()) {
                if (how == How.TITLES == (t == EntityType.PERSON && titled)) {
                    Map<String, List<Integer>> keys = byKey.getOrDefault(t, Map.of());
                    for (int i : keys.getOrDefault(NameGroup.nameKey(forms.get(t)), List.of())) {
                        found.putIfAbsent(i, how);
                    }
                }
            }
        }
        List<Match<T>> result = new ArrayList<>(found.size());
        found.forEach((i, how) -> result.add(new Match<>(items.get(i), how, 1.0)));
        Map<Integer, Double> scores = new HashMap<>();
        for (NameForm form : forms.values()) {
            for (Named candidate : candidates(form)) {
                if (!found.containsKey(candidate.item())) {
                    NameMatch m = resolver.decideAlone(form, candidate.form());
                    if (m.same()) {
                        scores.merge(candidate.item(), m.score(), Math::max);
                    }
                }
            }
        }
        scores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> result.add(new Match<>(items.get(e.getKey()), How.MATCHER, e.getValue())));
        return List.copyOf(result);
    }

    /** The names that share a blocking key with {@code form}, in blocks small enough to search. */
    private Collection<Named> candidates(NameForm form) {
        if (!CandidateBlocks.isBlocked(form)) {
            return List.of();
        }
        Set<Named> out = new LinkedHashSet<>();
        for (String k : resolver.blockingKeys().keys(form)) {
            List<Named> block = blocks.block(form.type(), k);
            if (block.size() <= CandidateBlocks.MAX_SPELLING_BLOCK) {
                out.addAll(block);
            }
        }
        return out;
    }
}
