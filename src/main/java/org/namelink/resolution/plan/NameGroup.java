package org.namelink.resolution.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.AliasTable;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.ResolverDocument;

/**
 * One name in one sense, the unit every step of the {@link ResolutionPlan} works on: the mentions of
 * a corpus group by (type, name key, sense) (step 2), and the steps decide about groups, never about
 * single mentions. Carries what the steps need of the name, computed once: its analysed form,  and the alias table's
 * entry for it.
 *
 * <p>A place name standing for a sports team ({@link ResolverDocument#teamMentions()}) is a sense
 * of its own: no rule joins a team to its place.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameGroup {

    /** Suffix of the key of a place name in its team sense. */
    static final String TEAM_SENSE = "\tteam";

    private final EntityType type;
    private final String key;
    private final NameForm form;
    private final boolean team;
    private final Optional<String> alias;
    /** Read for every pair of a block (step 4): computed once instead of from the name each time. */
    private final String groupKey;
    private final int size;
    private final boolean initial;

    private NameGroup(EntityType type, String key, NameForm form, boolean team, Optional<String> alias) {
        this.type = type;
        this.key = key;
        this.form = form;
        this.team = team;
        this.alias = alias;
        this.groupKey = groupKey(type, key, team);
        this.size = form.units().size();
        this.initial = NameMatcher.hasInitial(form);
    }

    /**
     * @param type the voted type
     * @param key the name key ({@link #nameKey}) of the name as tagged
     * @param form the name analysed as {@code type}
     * @param team whether this is the team sense of a place name ({@link #isTeamSense})
     * @param aliases the alias table the matcher uses
     */
    public static NameGroup of(EntityType type, String key, NameForm form, boolean team, AliasTable aliases) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(aliases, "aliases");
        if (form.type() != type) {
            throw new IllegalArgumentException("form '" + form.surface() + "' was analysed as " + form.type()
                    + ", not as the group's type " + type);
        }
        return new NameGroup(type, key, form, team, form.isEmpty() ? Optional.empty() : aliases.group(form));
    }

    /**
     * The key mentions group by: the name's comparison key, or, for a name with nothing left after
     * titles (a lone "President"), its text.
     */
    public static String nameKey(NameForm asTagged) {
        return asTagged.isEmpty() ? "\u0000" + asTagged.surface() : asTagged.key();
    }

    /**
     * How a mention shows among its entity's variants: its name without titles and possessives, or,
     * for a name with nothing left after titles, its text.
     */
    public static String display(NameForm asTagged, Mention mention) {
        return asTagged.isEmpty() ? mention.text() : asTagged.display();
    }

    /** Whether a mention tagged as a team ({@link ResolverDocument#teamMentions()}) is a team sense here. */
    public static boolean isTeamSense(EntityType votedType, NameForm asTagged, boolean taggedTeam) {
        return isTeamSense(votedType, asTagged.isEmpty(), taggedTeam);
    }

    /** {@link #isTeamSense(EntityType, NameForm, boolean)} for a name known only as empty or not. */
    public static boolean isTeamSense(EntityType votedType, boolean emptyName, boolean taggedTeam) {
        return votedType == EntityType.LOCATION && !emptyName && taggedTeam;
    }

    /** The key of a group across the corpus: type, name key and sense. */
    public static String groupKey(EntityType type, String nameKey, boolean team) {
        return type.name() + '\t' + nameKey + (team ? TEAM_SENSE : "");
    }

    public EntityType type() {
        return type;
    }

    /** The name key ({@link #nameKey}). */
    public String key() {
        return key;
    }

    public NameForm form() {
        return form;
    }

    public boolean team() {
        return team;
    }

    /** {@link #groupKey} of this group. */
    public String groupKey() {
        return groupKey;
    }

    /** Type and sense: only names of one sense are ever joined. */
    public String sense() {
        return team ? type + TEAM_SENSE : type.name();
    }

    /** The alias table's entity for this name, if it lists it. */
    public Optional<String> alias() {
        return alias;
    }

    /** Names of one sense with this key are aliases of one entity. */
    public Optional<String> aliasKey() {
        return alias.map(a -> sense() + '\t' + a);
    }

    /** Number of comparison units. */
    public int size() {
        return size;
    }

    /** Whether it writes a given name as an initial ({@link NameMatcher#hasInitial}). */
    public boolean hasInitial() {
        return initial;
    }

    @Override
    public String toString() {
        return groupKey();
    }
}
