package org.namelink.spark;

import static org.apache.spark.sql.functions.col;
import static org.namelink.spark.ResolverColumns.ASSIGNED_ROOT;
import static org.namelink.spark.ResolverColumns.G;
import static org.namelink.spark.ResolverColumns.GID;
import static org.namelink.spark.ResolverColumns.GROUP_KEY;
import static org.namelink.spark.ResolverColumns.ROOT;
import static org.namelink.spark.ResolverColumns.SHORT;
import static org.namelink.spark.ResolverColumns.scalaSeq;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.namelink.resolution.plan.ResolutionPlan;
import org.namelink.resolution.plan.ResolutionPlan.Step;

/**
 * Resolves a DataFrame of mentions ({@link MentionColumns}, as {@link NamelinkExtractor} writes
 * it) into entities on Spark: the Spark executor of the {@link ResolutionPlan}, whose steps the
 * single-machine {@link org.namelink.resolution.EntityResolver} runs in memory, with the same
 * result: the partition of mentions into entities, and the entities' ids, names and types, equal
 * the single machine's on the same documents taken in id order. Every rule is a call into the
 * plan's functions, inside the tasks; this executor only decides where values are:
 * <ol>
 *   <li>Type votes: per document in one task, summed per name key by an aggregation
 *       ({@link SparkGroups}).</li>
 *   <li>Name groups: an aggregation per group key, numbered by first mention (a global sort).</li>
 *   <li>Candidate blocks: block sizes counted, each group's block chosen in a task
 *       ({@link SparkBlocks}).</li>
 *   <li>Block decisions: the members of each searched block shuffled to one task, which decides
 *       its searchers' pairs; spellings of names written side by side dropped by a narrow join.</li>
 *   <li>Full-name joins: alias, spelling and defined-acronym edges; their connected components
 *       ({@link ConnectedComponents}, {@link SparkClusters}).</li>
 *   <li>Acronym joins: a sequential pass in group order on the driver, over one row per acronym
 *       (its candidates' clusters and its decision, computed on the cluster).</li>
 *   <li>Short forms: per short form and document, its fits gathered by joins and chosen in a task
 *       ({@link SparkNaming}).</li>
 *   <li>Naming: variants per entity, named in a task; entities numbered by first mention.
 *       A variant's reason is the first join of its group by kind (alias, spelling, defined
 *       acronym, initials; the lowest group first); where several joins bound one group the
 *       single machine may cite another of them.</li>
 * </ol>
 * Nothing is collected on the driver but the acronyms a text does not define (step 6).
 *
 * <p>Immutable and thread-safe; each {@link #resolve} runs Spark jobs on the input's session.
 */
public final class SparkResolver {

    /** Output columns of the resolved mentions and of the entities. */
    public static final String ENTITY = "entity";
    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String VARIANTS = "variants";
    public static final String DOCUMENTS = "documents";
    public static final String MENTION_COUNT = "mentionCount";
    public static final String REASONS = "reasons";

    private final String aliasFile;

    private SparkResolver(String aliasFile) {
        this.aliasFile = aliasFile;
    }

    /** A resolver with the bundled aliases only. */
    public static SparkResolver create() {
        return new SparkResolver("");
    }

    /**
     * A resolver with the entities of an extra alias file too (as {@link NamelinkExtractor#aliasFile}:
     * readable on every executor, or shipped with {@code spark-submit --files}); "" for none.
     */
    public static SparkResolver withAliasFile(String aliasFile) {
        return new SparkResolver(Objects.requireNonNull(aliasFile, "aliasFile"));
    }

    /**
     * The resolution of a corpus: every mention with its entity, and the entities.
     *
     * <p>Immutable and thread-safe.
     *
     * @param mentions {@link MentionColumns#DOCUMENT_ID}, {@link MentionColumns#MENTION_INDEX},
     *     start, end, text, source, {@link MentionColumns#TYPE} (the entity's) and {@link #ENTITY}
     * @param entities {@link #ID} ({@code e1}, {@code e2}, ... in order of first mention, documents
     *     in id order), type, {@link #NAME}, {@link #VARIANTS}, {@link #DOCUMENTS} (in id order),
     *     {@link #MENTION_COUNT}, {@link #REASONS} and {@link MentionColumns#TEAM}
     */
    public record Result(Dataset<Row> mentions, Dataset<Row> entities) {
        public Result {
            Objects.requireNonNull(mentions, "mentions");
            Objects.requireNonNull(entities, "entities");
        }
    }

    /**
     * Resolves the mention rows of {@code mentions} (error rows are skipped). Documents are taken in
     * id order, as the single-machine resolver takes them in list order.
     */
    public Result resolve(Dataset<Row> mentions) {
        Objects.requireNonNull(mentions, "mentions");
        for (String column : MentionColumns.SCHEMA.fieldNames()) {
            if (!List.of(mentions.columns()).contains(column)) {
                throw new IllegalArgumentException("mentions lack column '" + column + "'; a mention DataFrame has "
                        + List.of(MentionColumns.SCHEMA.fieldNames()) + " (see MentionColumns)");
            }
        }
        SparkSession spark = mentions.sparkSession();
        String aliases = aliasFile;
        Dataset<Row> input = Lineage.cut("input mentions", mentions.filter(col(MentionColumns.ERROR).isNull()));

        Dataset<Row> typed = SparkGroups.typed(input, aliases);
        Dataset<Row> groups = SparkGroups.groups(spark, typed, aliases);
        Dataset<Row> located = Lineage.cut(Step.NAME_GROUPS.label("mentions by group"),
                typed.join(groups.select(GID, GROUP_KEY), GROUP_KEY));

        Dataset<Row> documents = located.select(col(GID), col(MentionColumns.DOCUMENT_ID)).distinct();
        SparkBlocks.Decided blocks = SparkBlocks.decide(groups, documents, aliases);
        Dataset<Row> decided = Lineage.cut(Step.BLOCK_DECISIONS.label("joining pairs"), blocks.decisions());
        Dataset<Row> flagged = Lineage.cut(Step.BLOCK_DECISIONS.label("short forms"),
                SparkBlocks.flagShortForms(groups, blocks.shortForms()));

        SparkClusters.Clustered clusters = SparkClusters.cluster(spark, input, flagged, decided, aliases);
        Dataset<Row> clustered = clusters.groups();

        Dataset<Row> fitting = SparkNaming.fittingClusters(decided, clustered);
        Dataset<Row> assigned = Lineage.cut(Step.SHORT_FORMS.label("assigned"),
                SparkNaming.assignShortForms(located, clustered, fitting));

        Dataset<Row> keyed = located.join(clustered.select(GID, SHORT, ROOT), GID)
                .join(assigned.select(col(G).as(GID), col(MentionColumns.DOCUMENT_ID), col(ROOT).as(ASSIGNED_ROOT)),
                        scalaSeq(GID, MentionColumns.DOCUMENT_ID), "left");
        return SparkNaming.naming(spark, keyed, clustered, clusters.joins(), fitting);
    }
}
