package org.namelink.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.plan.AcronymKeys;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.PriorName;

/**
 * Finds the registry's entities by a spelling: a variant spelled so, then a name that folds to
 * the same key, then names the matcher takes it for, found through the registry's indexes (group
 * key, blocks, aliases, acronyms), never by reading every name.
 *
 * <p>Confined to the thread of one {@link EntityRegistry#find} call.
 */
final class SpellingFinder {

    /** An entity found, by its internal id. */
    record Hit(long entity, FoundEntity.How how, String variant, double score, String rule) {
    }

    private final Connection c;
    private final EntityResolver resolver;

    SpellingFinder(Connection c, EntityResolver resolver) {
        this.c = c;
        this.resolver = resolver;
    }

    /** Each active entity the spelling finds, once, by its best reason: exact, folded, then by score. */
    List<Hit> find(String name) throws SQLException {
        Map<Long, Hit> hits = new LinkedHashMap<>();
        exact(name, hits);
        NameMatcher matcher = resolver.matcher();
        List<Hit> matched = new ArrayList<>();
        try (SqlPriorNames prior = new SqlPriorNames(c)) {
            for (EntityType type : EntityType.values()) {
                NameForm form = matcher.analyzer().analyze(name, type);
                if (form.isEmpty()) {
                    continue;
                }
                String key = NameGroup.nameKey(form);
                for (boolean team : new boolean[] {false, true}) {
                    Optional<PriorName> group = prior.byGroupKey(NameGroup.groupKey(type, key, team));
                    if (group.isPresent()) {
                        // A short form whose mentions all went to long forms has no entity of its own.
                        for (long e : group.get().entity() >= 0 ? List.of(group.get().entity())
                                : withVariant(group.get().display(), type)) {
                            hits.putIfAbsent(e, new Hit(e, FoundEntity.How.FOLDED, group.get().display(), 1.0,
                                    "folded"));
                        }
                    }
                }
                for (PriorName g : candidates(prior, form)) {
                    if (g.entity() < 0 || hits.containsKey(g.entity())) {
                        continue;
                    }
                    NameMatch m = matcher.match(form, matcher.analyzer().analyze(g.surface(), type));
                    if (m.same()) {
                        matched.add(new Hit(g.entity(), FoundEntity.How.MATCHER, g.display(), m.score(),
                                m.rule().label()));
                    }
                }
            }
        }
        matched.sort((a, b) -> Double.compare(b.score(), a.score()));
        for (Hit h : matched) {
            hits.putIfAbsent(h.entity(), h);
        }
        return new ArrayList<>(hits.values());
    }

    private void exact(String name, Map<Long, Hit> hits) throws SQLException {
        for (long e : withVariant(name, null)) {
            hits.putIfAbsent(e, new Hit(e, FoundEntity.How.EXACT, name, 1.0, "exact"));
        }
    }

    /** The active entities with a variant spelled so, of one type or (null) any. */
    private List<Long> withVariant(String display, EntityType type) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT v.entity_id FROM variant v JOIN entity e "
                + "ON e.id = v.entity_id WHERE v.display = ? AND e.status = 'active' AND (? IS NULL OR e.type = ?) "
                + "ORDER BY v.entity_id")) {
            p.setString(1, display);
            p.setString(2, type == null ? null : type.name());
            p.setString(3, type == null ? null : type.name());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    /** The registry's names the resolver would compare with {@code form}: its blocks, alias and acronyms. */
    private List<PriorName> candidates(SqlPriorNames prior, NameForm form) {
        Set<PriorName> out = new LinkedHashSet<>();
        NameGroup group = NameGroup.of(form.type(), NameGroup.nameKey(form), form, false,
                resolver.matcher().aliases());
        group.aliasKey().flatMap(prior::firstByAlias).ifPresent(out::add);
        if (form.isAcronym()) {
            out.addAll(AcronymKeys.candidates(group, prior::longFormsByAcronymKey));
        } else {
            for (String k : resolver.blockingKeys().keys(form)) {
                out.addAll(prior.block(form.type(), k));
            }
            if (AcronymKeys.isLongForm(group)) {
                for (String k : AcronymKeys.longFormKeys(group)) {
                    out.addAll(prior.acronymsByKey(k));
                }
            }
        }
        return new ArrayList<>(out);
    }
}
