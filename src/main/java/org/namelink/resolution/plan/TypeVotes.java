package org.namelink.resolution.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.NameForm;

/**
 * Step 1 of the {@link ResolutionPlan}, type votes: the type each mention is resolved as. Within a document a name takes the
 * majority type of its mentions (one sense per discourse); across the corpus a name typed one way at
 * most half as often as another takes the dominant type. Types decided by layout
 * ({@link Mention#typeFixed}) vote but never change, and names with nothing left after titles keep
 * their own type.
 *
 * <p>The votes are counts per name key ({@link NameForm#key()}) and type, so a distributed run adds
 * the counts of its parts and applies {@link #corpusType} to the sums.
 *
 * <p>Stateless and thread-safe.
 */
public final class TypeVotes {

    private TypeVotes() {
    }

    /** A fresh count per type, indexed by {@link EntityType#ordinal()}. */
    public static int[] noVotes() {
        return new int[EntityType.values().length];
    }

    /** The majority of a document's votes for one name: the most voted type, {@code own} on ties with it. */
    public static EntityType documentType(EntityType own, int[] votes) {
        EntityType best = own;
        for (EntityType t : EntityType.values()) {
            if (votes[t.ordinal()] > votes[best.ordinal()]) {
                best = t;
            }
        }
        return best;
    }

    /**
     * The corpus's verdict on a mention typed {@code own} whose name has these votes over the
     * corpus: the first type with at least twice the votes of {@code own} (Trump as ORGANIZATION
     * once against PERSON ten times), else {@code own}; even splits stay apart, since one name can
     * denote a person in one story and a place in another.
     */
    public static EntityType corpusType(EntityType own, int[] votes) {
        for (EntityType t : EntityType.values()) {
            if (votes[t.ordinal()] >= 2 * votes[own.ordinal()] && t != own) {
                return t;
            }
        }
        return own;
    }

    /**
     * The other types the corpus vote turns into {@code type}: mentions of a name typed as one of
     * them (it has votes for) now resolve as {@code type}. A registry's batch joins the prior groups of these types to
     * the name's {@code type} group, as one run over all documents would have typed them.
     *
     * @param votes the name's counts over the corpus, prior batches included
     */
    public static List<EntityType> outvotedBy(EntityType type, int[] votes) {
        Objects.requireNonNull(type, "type");
        List<EntityType> outvoted = new ArrayList<>(1);
        for (EntityType t : EntityType.values()) {
            if (t != type && votes[t.ordinal()] > 0 && corpusType(t, votes) == type) {
                outvoted.add(t);
            }
        }
        return outvoted;
    }

    /**
     * The document vote over one document's mentions.
     *
     * @param forms the mentions' names analysed as tagged, parallel to {@code mentions}
     */
    public static List<EntityType> documentTypes(List<Mention> mentions, List<NameForm> forms) {
        Objects.requireNonNull(mentions, "mentions");
        Objects.requireNonNull(forms, "forms");
        Map<String, int[]> votes = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            votes.computeIfAbsent(forms.get(i).key(), k -> noVotes())[mentions.get(i).type().ordinal()]++;
        }
        List<EntityType> result = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            result.add(forms.get(i).isEmpty() || m.typeFixed() ? m.type()
                    : documentType(m.type(), votes.get(forms.get(i).key())));
        }
        return result;
    }

    /** Adds a document's votes (its types after {@link #documentTypes}) to the corpus's counts per name key. */
    public static void count(List<NameForm> forms, List<EntityType> types, Map<String, int[]> votes) {
        for (int i = 0; i < forms.size(); i++) {
            if (!forms.get(i).isEmpty()) {
                votes.computeIfAbsent(forms.get(i).key(), k -> noVotes())[types.get(i).ordinal()]++;
            }
        }
    }

    /**
     * Applies the corpus vote to one document's types, in place.
     *
     * @param votes the corpus's counts per name key ({@link #count})
     */
    public static void applyCorpusVote(List<Mention> mentions, List<NameForm> forms, List<EntityType> types,
                                       Map<String, int[]> votes) {
        for (int i = 0; i < forms.size(); i++) {
            NameForm form = forms.get(i);
            types.set(i, corpusVoted(types.get(i), form.isEmpty(), mentions.get(i).typeFixed(),
                    form.isEmpty() ? null : votes.get(form.key())));
        }
    }

    /**
     * One mention's type after the corpus vote: {@link #corpusType} of its document's type, unless
     * its name is empty (nothing left after titles) or layout fixed its type.
     *
     * @param votes the name's counts over the corpus; unread (may be null) when the name is empty
     *     or the type fixed
     */
    public static EntityType corpusVoted(EntityType documentType, boolean emptyName, boolean typeFixed, int[] votes) {
        return emptyName || typeFixed ? documentType : corpusType(documentType, votes);
    }
}
