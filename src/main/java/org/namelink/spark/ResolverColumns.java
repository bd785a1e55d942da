package org.namelink.spark;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The internal columns and row schemas the Spark executor's steps pass each other. Only where
 * values are kept: every rule they feed is a call into {@link org.namelink.resolution.plan.ResolutionPlan}.
 *
 * <p>Constants only; thread-safe.
 */
final class ResolverColumns {

    static final String GID = "gid";
    static final String H = "h";
    static final String G = "g";
    static final String GROUP_KEY = "groupKey";
    static final String NAME_KEY = "nameKey";
    static final String FORM_KEY = "formKey";
    static final String VOTE_KEY = "voteKey";
    static final String DOC_TYPE = "docType";
    static final String DISPLAY = "display";
    static final String SENSE_TEAM = "senseTeam";
    static final String FIRST_TEXT = "firstText";
    static final String MENTION_TOTAL = "mentionTotal";
    static final String BLOCKED = "blocked";
    static final String BLOCKING_KEYS = "blockingKeys";
    static final String ALIAS_KEY = "aliasKey";
    static final String ACRONYM = "acronym";
    static final String UNITS = "units";
    static final String LONG_FORM_KEYS = "longFormKeys";
    static final String ACRONYM_KEYS = "acronymKeys";
    static final String SHORT = "short";
    static final String KIND = "kind";
    static final String RULE = "rule";
    static final String SCORE = "score";
    static final String ROOT = "root";
    static final String ENTITY_KEY = "entityKey";
    static final String KEY = "key";
    static final String SIZE = "size";
    static final String POS = "pos";
    static final String ASSIGNED_ROOT = "assignedRoot";
    /** Whether a short form's long form writes its words alike ({@link org.namelink.resolution.plan.ShortForms#writtenAlike}). */
    static final String WRITTEN_ALIKE = "writtenAlike";
    /** Whether a spelling stands only if its two names share no document ({@code ResolutionPlan.Found#checkDocuments}). */
    static final String CHECK_DOCUMENTS = "checkDocuments";

    /**
     * Kinds of the joins, in the order the in-memory executor makes them (the first join of a group
     * by kind is the one its variant cites).
     */
    static final int ALIAS_JOIN = 0;
    static final int SPELLING_JOIN = 1;
    static final int DEFINED_JOIN = 2;
    static final int INITIALS_JOIN = 3;
    static final int SHORT_FORM_FIT = 4;

    /** A mention as the passes carry it: where it is, its text and source, and its type. */
    static final StructType MENTION = new StructType()
            .add(MentionColumns.DOCUMENT_ID, DataTypes.StringType, false)
            .add(MentionColumns.MENTION_INDEX, DataTypes.IntegerType, false)
            .add(MentionColumns.START, DataTypes.IntegerType, false)
            .add(MentionColumns.END, DataTypes.IntegerType, false)
            .add(MentionColumns.TEXT, DataTypes.StringType, false)
            .add(MentionColumns.SOURCE, DataTypes.StringType, false)
            .add(MentionColumns.TYPE, DataTypes.StringType, false);

    static final StructType EDGES = new StructType()
            .add(KIND, DataTypes.IntegerType, false)
            .add(G, DataTypes.LongType, false)
            .add(H, DataTypes.LongType, false)
            .add(RULE, DataTypes.StringType, false)
            .add(SCORE, DataTypes.DoubleType, false);

    /** The block decisions: {@link #EDGES}, whether a short form's long form writes it alike, whether to check documents. */
    static final StructType DECIDED = EDGES.add(WRITTEN_ALIKE, DataTypes.BooleanType, false)
            .add(CHECK_DOCUMENTS, DataTypes.BooleanType, false);

    private ResolverColumns() {
    }

    /** Column names as the Scala sequence Spark's joins on equally named columns take. */
    static scala.collection.immutable.Seq<String> scalaSeq(String... columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
    }
}
