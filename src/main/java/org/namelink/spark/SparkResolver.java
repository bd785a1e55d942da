package org.namelink.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.MatchRule;
import org.namelink.names.NameForm;
import org.namelink.names.NameKeys;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.AcronymKeys;
import org.namelink.resolution.CandidateBlocks;
import org.namelink.resolution.MergeReason;
import org.namelink.resolution.NameGroup;
import org.namelink.resolution.Naming;
import org.namelink.resolution.PairDecisions;
import org.namelink.resolution.ShortForms;
import org.namelink.resolution.TypeVotes;
import org.namelink.text.Span;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Resolves a DataFrame of mentions ({@link MentionColumns}, as {@link NamelinkExtractor} writes
 * it) into entities on Spark, by the same stages as the single-machine
 * {@link org.namelink.resolution.EntityResolver} and with the same result: the partition of mentions
 * into entities, and the entities' ids, names and types, equal the single machine's on the same
 * documents taken in id order. Nothing is collected on the driver but the few acronyms a text does
 * not define (see step 7).
 *
 * <p>How each rule is distributed (the stages of {@code org.namelink.resolution}):
 * <ol>
 *   <li><b>Type votes in a document</b> ({@link TypeVotes#documentTypes}): mentions are partitioned
 *       by document and each document votes in one task.</li>
 *   <li><b>Type votes over the corpus</b>: each document's counts ({@link TypeVotes#count}) are
 *       summed per name key by an aggregation and joined back; {@link TypeVotes#applyCorpusVote}
 *       decides each mention against the sums.</li>
 *   <li><b>Name groups</b> ({@link NameGroup}): an aggregation per group key; groups are numbered
 *       in order of first mention (a global sort), as the single machine numbers them, because which
 *       of two names looks for the other depends on that order.</li>
 *   <li><b>Candidates</b>: each group's {@link org.namelink.resolution.BlockingKeys} are exploded,
 *       block sizes counted, each group's smallest block chosen by
 *       {@link CandidateBlocks#smallest}, and candidate pairs made by joining the group to that
 *       block's members. Blocks over {@link CandidateBlocks#MAX_SPELLING_BLOCK} are not searched
 *       for spellings, as on one machine; short forms search every block.</li>
 *   <li><b>Pair decisions</b> ({@link PairDecisions}): candidate pairs, sorted by their first group,
 *       are decided in tasks; short forms are the groups with a long form.</li>
 *   <li><b>Clusters</b>: alias joins (an aggregation per alias), spellings and acronyms a text
 *       defines are edges; their connected components ({@link ConnectedComponents}) label each
 *       group with the least group number of its cluster, the single machine's root.</li>
 *   <li><b>Acronyms by initials</b> join only when their candidates lie in one cluster
 *       ({@link AcronymKeys}, {@code Clusters.onlyOtherCluster}), and each join can change that for
 *       later acronyms, so this is a sequential pass in group order; it runs on the driver over one
 *       row per acronym (its cluster, its candidates' clusters and the decision for its first
 *       candidate, all computed on the cluster), and its joins relabel the clusters.</li>
 *   <li><b>Short forms</b> ({@link ShortForms#choose}): a second pass once the clusters are final.
 *       Per short form and document, the clusters its long forms lie in, whether each has a full
 *       mention in that document, each one's mention total and whether one of its long forms
 *       writes the short form alike ({@link ShortForms#writtenAlike}, decided with the pair) are
 *       aggregations and joins.</li>
 *   <li><b>Naming</b> ({@link Naming}): variants counted per entity, the canonical name chosen
 *       among them in order of first mention; entities numbered by first mention (a global sort).
 *       A variant's reason is the first join of its group by stage (alias, spelling, defined
 *       acronym, initials; the lowest group number first); where several joins bound one group the
 *       single machine may cite another of them.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe; each {@link #resolve} runs Spark jobs on the input's session.
 */
public final class SparkResolver {

    // Internal column names.
    private static final String GID = "gid";
    private static final String H = "h";
    private static final String G = "g";
    private static final String GROUP_KEY = "groupKey";
    private static final String NAME_KEY = "nameKey";
    private static final String FORM_KEY = "formKey";
    private static final String VOTE_KEY = "voteKey";
    private static final String DOC_TYPE = "docType";
    private static final String DISPLAY = "display";
    private static final String SENSE_TEAM = "senseTeam";
    private static final String FIRST_TEXT = "firstText";
    private static final String MENTION_TOTAL = "mentionTotal";
    private static final String BLOCKED = "blocked";
    private static final String BLOCKING_KEYS = "blockingKeys";
    private static final String MAY_BE_SHORT = "mayBeShort";
    /** Whether a group writes a given name as an initial ({@link NameMatcher#hasInitial}). */
    private static final String INITIALED = "initialed";
    private static final String ALIAS_KEY = "aliasKey";
    private static final String ACRONYM = "acronym";
    private static final String UNITS = "units";
    private static final String LONG_FORM_KEYS = "longFormKeys";
    private static final String ACRONYM_KEYS = "acronymKeys";
    private static final String SHORT = "short";
    private static final String KIND = "kind";
    private static final String RULE = "rule";
    private static final String SCORE = "score";
    private static final String STAGE = "stage";
    private static final String ROOT = "root";
    private static final String ENTITY_KEY = "entityKey";
    private static final String KEY = "key";
    private static final String SIZE = "size";
    private static final String POS = "pos";
    private static final String ASSIGNED_ROOT = "assignedRoot";

    /** Edge kinds of the pair decisions, in the order the single machine joins them. */
    private static final int ALIAS_STAGE = 0;
    private static final int SPELLING_STAGE = 1;
    private static final int DEFINED_STAGE = 2;
    private static final int INITIALS_STAGE = 3;
    private static final int SHORT_FORM_STAGE = 4;

    /** Output columns of the resolved mentions and of the entities. */
    public static final String ENTITY = "entity";
    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String VARIANTS = "variants";
    public static final String DOCUMENTS = "documents";
    public static final String MENTION_COUNT = "mentionCount";
    public static final String REASONS = "reasons";

    /** A mention as the passes carry it: where it is, its text and source, and its type. */
    private static final StructType MENTION = new StructType()
            .add(MentionColumns.DOCUMENT_ID, DataTypes.StringType, false)
            .add(MentionColumns.MENTION_INDEX, DataTypes.IntegerType, false)
            .add(MentionColumns.START, DataTypes.IntegerType, false)
            .add(MentionColumns.END, DataTypes.IntegerType, false)
            .add(MentionColumns.TEXT, DataTypes.StringType, false)
            .add(MentionColumns.SOURCE, DataTypes.StringType, false)
            .add(MentionColumns.TYPE, DataTypes.StringType, false);

    private static final StructType VOTED = MENTION
            .add(MentionColumns.TYPE_FIXED, DataTypes.BooleanType, false)
            .add(MentionColumns.TEAM, DataTypes.BooleanType, false)
            .add(FORM_KEY, DataTypes.StringType, false)
            .add(DOC_TYPE, DataTypes.StringType, false)
            .add(VOTE_KEY, DataTypes.StringType, true)
            .add("votes", DataTypes.createArrayType(DataTypes.IntegerType), true);

    private static final StructType TYPED = MENTION
            .add(GROUP_KEY, DataTypes.StringType, false)
            .add(NAME_KEY, DataTypes.StringType, false)
            .add(SENSE_TEAM, DataTypes.BooleanType, false)
            .add(DISPLAY, DataTypes.StringType, false);

    private static final StructType GROUPS = new StructType()
            .add(GID, DataTypes.LongType, false)
            .add(GROUP_KEY, DataTypes.StringType, false)
            .add(MentionColumns.TYPE, DataTypes.StringType, false)
            .add(NAME_KEY, DataTypes.StringType, false)
            .add(SENSE_TEAM, DataTypes.BooleanType, false)
            .add(FIRST_TEXT, DataTypes.StringType, false)
            .add(MENTION_TOTAL, DataTypes.LongType, false)
            .add(BLOCKED, DataTypes.BooleanType, false)
            .add(BLOCKING_KEYS, DataTypes.createArrayType(DataTypes.StringType), false)
            .add(MAY_BE_SHORT, DataTypes.BooleanType, false)
            .add(ALIAS_KEY, DataTypes.StringType, true)
            .add(ACRONYM, DataTypes.BooleanType, false)
            .add(UNITS, DataTypes.IntegerType, false)
            .add(INITIALED, DataTypes.BooleanType, false)
            .add(LONG_FORM_KEYS, DataTypes.createArrayType(DataTypes.StringType), false)
            .add(ACRONYM_KEYS, DataTypes.createArrayType(DataTypes.StringType), false);

    private static final StructType EDGES = new StructType()
            .add(KIND, DataTypes.IntegerType, false)
            .add(G, DataTypes.LongType, false)
            .add(H, DataTypes.LongType, false)
            .add(RULE, DataTypes.StringType, false)
            .add(SCORE, DataTypes.DoubleType, false);

    /** Whether a short form's long form writes its words alike ({@link ShortForms#writtenAlike}). */
    private static final String WRITTEN_ALIKE = "writtenAlike";

    /** The pair decisions: {@link #EDGES}, and for a short form whether its long form writes it alike. */
    private static final StructType DECIDED = EDGES.add(WRITTEN_ALIKE, DataTypes.BooleanType, false);

    private static final StructType KEY_PAIRS = new StructType()
            .add("acronymGroupKey", DataTypes.StringType, false)
            .add("longGroupKey", DataTypes.StringType, false);

    private static final StructType CHOSEN_BLOCK = new StructType()
            .add(GID, DataTypes.LongType, false)
            .add(MentionColumns.TYPE, DataTypes.StringType, false)
            .add(KEY, DataTypes.StringType, false)
            .add(SIZE, DataTypes.LongType, false);

    private static final StructType ACRONYM_CHOICE = new StructType()
            .add(G, DataTypes.LongType, false)
            .add("cand0", DataTypes.LongType, true)
            .add("roots", DataTypes.createArrayType(DataTypes.LongType), true);

    private static final StructType ASSIGNED = new StructType()
            .add(G, DataTypes.LongType, false)
            .add(MentionColumns.DOCUMENT_ID, DataTypes.StringType, false)
            .add(ROOT, DataTypes.LongType, false);

    private static final StructType NAMED = new StructType()
            .add(ENTITY_KEY, DataTypes.LongType, false)
            .add(NAME, DataTypes.StringType, false)
            .add(MentionColumns.TYPE, DataTypes.StringType, false)
            .add(MentionColumns.TEAM, DataTypes.BooleanType, false)
            .add(VARIANTS, DataTypes.createArrayType(DataTypes.StringType), false)
            .add(REASONS, DataTypes.createArrayType(new StructType()
                    .add("variant", DataTypes.StringType, false)
                    .add(RULE, DataTypes.StringType, false)
                    .add("matched", DataTypes.StringType, false)
                    .add(SCORE, DataTypes.DoubleType, false)
                    .add("explanation", DataTypes.StringType, false)), false);

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
        Dataset<Row> input = Lineage.cut("mentions", mentions.filter(col(MentionColumns.ERROR).isNull()));

        // 1-2. Type votes: per document, then the corpus's sums per name key.
        Dataset<Row> voted = input.repartition(col(MentionColumns.DOCUMENT_ID))
                .sortWithinPartitions(MentionColumns.DOCUMENT_ID, MentionColumns.MENTION_INDEX)
                .mapPartitions(documentVotes(aliases), Encoders.row(VOTED));
        Column[] sums = new Column[EntityType.values().length];
        for (EntityType t : EntityType.values()) {
            sums[t.ordinal()] = sum(col("votes").getItem(t.ordinal())).cast(DataTypes.IntegerType).as("v" + t.ordinal());
        }
        Dataset<Row> corpusVotes = voted.filter(col(VOTE_KEY).isNotNull()).groupBy(col(VOTE_KEY))
                .agg(sums[0], java.util.Arrays.copyOfRange(sums, 1, sums.length));
        Dataset<Row> typed = Lineage.cut("type votes", voted
                .join(corpusVotes, voted.col(FORM_KEY).equalTo(corpusVotes.col(VOTE_KEY)), "left")
                .mapPartitions(corpusTypes(aliases), Encoders.row(TYPED)));

        // 3. Name groups, numbered in order of first mention.
        Dataset<Row> groupRows = typed.groupBy(col(GROUP_KEY)).agg(
                min(struct(col(MentionColumns.DOCUMENT_ID), col(MentionColumns.MENTION_INDEX), col(MentionColumns.TEXT)))
                        .as("first"),
                count(lit(1)).as(MENTION_TOTAL), first(MentionColumns.TYPE).as(MentionColumns.TYPE),
                first(NAME_KEY).as(NAME_KEY), first(SENSE_TEAM).as(SENSE_TEAM));
        JavaRDD<Row> numbered = groupRows
                .orderBy(col("first." + MentionColumns.DOCUMENT_ID), col("first." + MentionColumns.MENTION_INDEX))
                .javaRDD().zipWithIndex().mapPartitions(groupFeatures(aliases));
        Dataset<Row> groups = Lineage.cut("name groups", spark.createDataFrame(numbered, GROUPS));
        Dataset<Row> located = Lineage.cut("mentions by group", typed.join(groups.select(GID, GROUP_KEY), GROUP_KEY));

        // 4-5. Candidate pairs within each group's smallest block, decided by the pair decisions.
        Dataset<Row> documents = located.select(col(GID), col(MentionColumns.DOCUMENT_ID)).distinct();
        Dataset<Row> decided = Lineage.cut("pair decisions", decidePairs(groups, documents, aliases));
        Dataset<Row> shortGroups = decided.filter(col(KIND).equalTo(SHORT_FORM_STAGE)).select(col(G).as(GID)).distinct()
                .withColumn(SHORT, lit(true));
        Dataset<Row> flagged = Lineage.cut("short forms", groups.join(shortGroups, scalaSeq(GID), "left")
                .withColumn(SHORT, when(col(SHORT).isNull(), false).otherwise(true)));

        // 6. Full-name joins (alias, spelling, defined acronym) as edges; clusters as connected components.
        Dataset<Row> edges = Lineage.cut("full-name joins", fullNameEdges(input, flagged, decided, aliases));
        Dataset<Row> components = ConnectedComponents.labels(edges.select(col(G).as(ConnectedComponents.SRC),
                col(H).as(ConnectedComponents.DST)));
        Dataset<Row> labelled = flagged.join(components, flagged.col(GID).equalTo(components.col(ConnectedComponents.VERTEX)),
                        "left")
                .withColumn(ROOT, when(col(ConnectedComponents.LABEL).isNull(), col(GID))
                        .otherwise(col(ConnectedComponents.LABEL)))
                .drop(ConnectedComponents.VERTEX, ConnectedComponents.LABEL);

        // 7. Acronyms by initials, in group order on the driver; their joins relabel the clusters.
        AcronymPass acronyms = acronymPass(labelled, aliases);
        Dataset<Row> relabel = spark.createDataFrame(acronyms.relabelled(), new StructType()
                .add("old", DataTypes.LongType, false).add("new", DataTypes.LongType, false));
        Dataset<Row> clustered = Lineage.cut("clusters", labelled
                .join(relabel, labelled.col(ROOT).equalTo(relabel.col("old")), "left")
                .withColumn(ROOT, when(col("new").isNull(), col(ROOT)).otherwise(col("new")))
                .drop("old", "new"));
        Dataset<Row> initialsEdges = spark.createDataFrame(acronyms.joins(), EDGES);

        // 8. Short forms, once the clusters are final.
        Dataset<Row> fitting = fittingClusters(decided, clustered);
        Dataset<Row> assigned = Lineage.cut("short forms assigned", assignShortForms(located, clustered, fitting));

        // 9. Each mention's entity, then naming.
        Dataset<Row> keyed = located.join(clustered.select(GID, SHORT, ROOT), GID)
                .join(assigned.select(col(G).as(GID), col(MentionColumns.DOCUMENT_ID), col(ROOT).as(ASSIGNED_ROOT)),
                        scalaSeq(GID, MentionColumns.DOCUMENT_ID), "left");
        return naming(spark, keyed, clustered, edges.union(initialsEdges), fitting);
    }

    // ---------------------------------------------------------------- 1-2. type votes

    private static MapPartitionsFunction<Row, Row> documentVotes(String aliases) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            return Iterators.flatMap(Iterators.runs(rows, 0), document -> votesOf(stages, document));
        };
    }

    /** One document's mentions with their analysed key and document type; its vote counts per key on one row each. */
    private static List<Row> votesOf(TaskStages stages, List<Row> rows) {
        List<Mention> mentions = new ArrayList<>(rows.size());
        List<NameForm> forms = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Mention m = mention(r);
            mentions.add(m);
            forms.add(stages.form(m.text(), m.type()));
        }
        List<EntityType> types = TypeVotes.documentTypes(mentions, forms);
        Map<String, int[]> votes = new HashMap<>();
        TypeVotes.count(forms, types, votes);
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String key = forms.get(i).key();
            int[] v = votes.remove(key); // the document's counts ride on the first mention of the key
            out.add(RowFactory.create(r.getAs(MentionColumns.DOCUMENT_ID), r.getAs(MentionColumns.MENTION_INDEX),
                    r.getAs(MentionColumns.START), r.getAs(MentionColumns.END), r.getAs(MentionColumns.TEXT),
                    r.getAs(MentionColumns.SOURCE), r.getAs(MentionColumns.TYPE), r.getAs(MentionColumns.TYPE_FIXED),
                    r.getAs(MentionColumns.TEAM), key, types.get(i).name(), v == null ? null : key,
                    v == null ? null : boxed(v)));
        }
        return out;
    }

    private static Mention mention(Row r) {
        return new Mention(new Span(r.<Integer>getAs(MentionColumns.START), r.<Integer>getAs(MentionColumns.END)),
                r.getAs(MentionColumns.TEXT), EntityType.valueOf(r.getAs(MentionColumns.TYPE)),
                r.getAs(MentionColumns.SOURCE), r.<Boolean>getAs(MentionColumns.TYPE_FIXED));
    }

    private static MapPartitionsFunction<Row, Row> corpusTypes(String aliases) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            return Iterators.map(rows, r -> {
                Mention m = mention(r);
                NameForm form = stages.form(m.text(), m.type());
                List<EntityType> types = new ArrayList<>(List.of(EntityType.valueOf(r.getAs(DOC_TYPE))));
                Map<String, int[]> votes = new HashMap<>();
                if (!r.isNullAt(r.fieldIndex("v0"))) {
                    int[] v = TypeVotes.noVotes();
                    for (EntityType t : EntityType.values()) {
                        v[t.ordinal()] = r.getAs("v" + t.ordinal());
                    }
                    votes.put(form.key(), v);
                }
                TypeVotes.applyCorpusVote(List.of(m), List.of(form), types, votes);
                EntityType type = types.get(0);
                String nameKey = NameGroup.nameKey(form);
                boolean team = NameGroup.isTeamSense(type, form, r.<Boolean>getAs(MentionColumns.TEAM));
                return RowFactory.create(r.getAs(MentionColumns.DOCUMENT_ID), r.getAs(MentionColumns.MENTION_INDEX),
                        m.start(), m.end(), m.text(), m.source(), type.name(), NameGroup.groupKey(type, nameKey, team),
                        nameKey, team, NameGroup.display(form, m));
            });
        };
    }

    // ---------------------------------------------------------------- 3. groups

    private static FlatMapFunction<Iterator<Tuple2<Row, Long>>, Row> groupFeatures(String aliases) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            return Iterators.map(rows, t -> {
                Row r = t._1();
                long gid = t._2();
                EntityType type = EntityType.valueOf(r.getAs(MentionColumns.TYPE));
                String firstText = r.<Row>getAs("first").getString(2);
                NameGroup g = stages.group(gid, type, r.getAs(NAME_KEY), firstText, r.<Boolean>getAs(SENSE_TEAM));
                boolean blocked = CandidateBlocks.isBlocked(g.form());
                List<String> acronymKeys = new ArrayList<>();
                if (g.form().isAcronym()) {
                    AcronymKeys.candidates(g, k -> {
                        acronymKeys.add(k);
                        return List.of();
                    });
                }
                return RowFactory.create(gid, r.getAs(GROUP_KEY), type.name(), g.key(), g.team(), firstText,
                        r.<Long>getAs(MENTION_TOTAL), blocked,
                        blocked ? stages.blockingKeys().keys(g.form()).toArray(new String[0]) : new String[0],
                        stages.decisions().mayBeShortForm(g), g.aliasKey().orElse(null), g.form().isAcronym(), g.size(),
                        g.type() == EntityType.PERSON && NameMatcher.hasInitial(g.form()),
                        AcronymKeys.isLongForm(g) ? AcronymKeys.longFormKeys(g).toArray(new String[0]) : new String[0],
                        acronymKeys.toArray(new String[0]));
            });
        };
    }

    // ---------------------------------------------------------------- 4-5. candidates and pair decisions

    /** The key of the block a candidate pair comes from. */
    private static final String BLOCK = "block";

    /** Whether a candidate pair may be a short form and its long form, or two spellings of one name. */
    private static final String SHORT_FORM_PAIR = "shortFormPair";
    private static final String SPELLING_PAIR = "spellingPair";

    /** Whether the two groups of a candidate pair have a mention in one document. */
    private static final String SHARE_DOCUMENT = "shareDocument";

    /** {@link NameKeys#enoughKeys} on two groups' blocking keys and word counts, as a column function. */
    private static final UserDefinedFunction ENOUGH_KEYS = udf(
            (UDF4<scala.collection.Seq<String>, scala.collection.Seq<String>, Integer, Integer, Boolean>)
                    (a, b, wordsA, wordsB) -> NameKeys.enoughKeys(CollectionConverters.asJava(a),
                            CollectionConverters.asJava(b), wordsA, wordsB), DataTypes.BooleanType);

    /** Edges ({@link #DECIDED}) of every candidate pair the decisions join: spellings and short forms. */
    private static Dataset<Row> decidePairs(Dataset<Row> groups, Dataset<Row> documents, String aliases) {
        Dataset<Row> filed = groups.filter(col(BLOCKED))
                .select(col(GID), col(MentionColumns.TYPE), posexplode(col(BLOCKING_KEYS)).as(new String[] {POS, KEY}));
        Dataset<Row> sizes = filed.groupBy(MentionColumns.TYPE, KEY).agg(count(lit(1)).as(SIZE));
        Dataset<Row> chosen = filed.join(sizes, scalaSeq(MentionColumns.TYPE, KEY))
                .groupBy(GID, MentionColumns.TYPE).agg(collect_list(struct(col(POS), col(KEY), col(SIZE))).as("blocks"))
                .mapPartitions(smallestBlock(), Encoders.row(CHOSEN_BLOCK));
        // Each side brings what the decisions need before the pairs are made, so the candidate
        // pairs, the most numerous rows of the resolution, are filtered where the join makes them
        // and never shuffled: only the pairs a decision can accept go on (the stages check again).
        Dataset<Row> gSide = groups.select(col(GID).as(G), col(UNITS).as("gUnits"), col(MAY_BE_SHORT).as("gMayBeShort"),
                col(INITIALED).as("gInitialed"), col(BLOCKING_KEYS).as("gKeys"), col(MentionColumns.TYPE).as("gType"),
                col(NAME_KEY).as("gKey"), col(FIRST_TEXT).as("gText"), col(SENSE_TEAM).as("gTeam"));
        Dataset<Row> searching = chosen.join(gSide, chosen.col(GID).equalTo(gSide.col(G)));
        Dataset<Row> members = groups.filter(col(BLOCKED)).select(col(GID).as(H), col(MentionColumns.TYPE).as("hType"),
                explode(col(BLOCKING_KEYS)).as("hBlock"), col(UNITS).as("hUnits"),
                col(INITIALED).as("hInitialed"), col(BLOCKING_KEYS).as("hKeys"), col(NAME_KEY).as("hKey"),
                col(FIRST_TEXT).as("hText"), col(SENSE_TEAM).as("hTeam"));
        Dataset<Row> pairs = searching.join(members, searching.col(MentionColumns.TYPE).equalTo(members.col("hType"))
                .and(searching.col(KEY).equalTo(members.col("hBlock"))));
        // NameMatcher.isShorter: fewer words, or as many with a given name as an initial the other writes in full.
        Column shortFormPair = col("gMayBeShort").and(col("hUnits").gt(col("gUnits"))
                .or(col("hUnits").equalTo(col("gUnits")).and(col("gInitialed")).and(not(col("hInitialed")))));
        Column spellingPair = col(H).notEqual(col(G)).and(col(SIZE).leq(CandidateBlocks.MAX_SPELLING_BLOCK))
                .and(ENOUGH_KEYS.apply(col("gKeys"), col("hKeys"), col("gUnits"), col("hUnits")));
        Dataset<Row> kept = pairs.filter(shortFormPair.or(spellingPair))
                .select(col(G), col(H), col(KEY).as(BLOCK), col("gUnits"), col("hUnits"), shortFormPair.as(SHORT_FORM_PAIR),
                        spellingPair.as(SPELLING_PAIR), col("gType"), col("gKey"), col("gText"), col("gTeam"),
                        col("hKey"), col("hText"), col("hTeam"));
        // Spelling pairs that share a document (PairDecisions.writtenApart), in a join of
        // their own on narrow rows: a frequent name's documents never ride along with its pairs.
        Dataset<Row> sameLength = kept.filter(col(SPELLING_PAIR).and(col("gUnits").equalTo(col("hUnits"))))
                .select(G, H);
        Dataset<Row> sharing = sameLength
                .join(documents.select(col(GID).as(G), col(MentionColumns.DOCUMENT_ID)), G)
                .join(documents.select(col(GID).as(H), col(MentionColumns.DOCUMENT_ID)),
                        scalaSeq(H, MentionColumns.DOCUMENT_ID))
                .select(G, H).distinct().withColumn(SHARE_DOCUMENT, lit(true));
        Dataset<Row> marked = kept.join(sharing, scalaSeq(G, H), "left")
                .withColumn(SHARE_DOCUMENT, when(col(SHARE_DOCUMENT).isNull(), false).otherwise(true))
                .drop("gUnits", "hUnits"); // read by the filter above only, not carried through the sort
        // Pairs of one block side by side in a task: each member's name group is built once per
        // task and then found in the task's cache, however many groups chose the block.
        return marked.repartition(col(G)).sortWithinPartitions(BLOCK, G)
                .mapPartitions(pairDecisions(aliases), Encoders.row(DECIDED));
    }

    private static MapPartitionsFunction<Row, Row> smallestBlock() {
        return rows -> Iterators.map(rows, r -> {
            List<Row> blocks = new ArrayList<>(r.<Row>getList(r.fieldIndex("blocks")));
            blocks.sort(java.util.Comparator.comparingInt(b -> b.getInt(0)));
            List<List<Row>> sized = new ArrayList<>(blocks.size());
            for (Row b : blocks) {
                sized.add(Collections.nCopies((int) b.getLong(2), b)); // no copies made: a view of one row
            }
            Row smallest = CandidateBlocks.smallest(sized).get(0);
            return RowFactory.create(r.getAs(GID), r.getAs(MentionColumns.TYPE), smallest.getString(1), smallest.getLong(2));
        });
    }

    private static MapPartitionsFunction<Row, Row> pairDecisions(String aliases) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            PairDecisions decisions = stages.decisions();
            return Iterators.flatMap(rows, r -> {
                EntityType type = EntityType.valueOf(r.getAs("gType"));
                long g = r.getAs(G);
                long h = r.getAs(H);
                NameGroup a = stages.group(g, type, r.getAs("gKey"), r.getAs("gText"), r.<Boolean>getAs("gTeam"));
                NameGroup b = stages.group(h, type, r.getAs("hKey"), r.getAs("hText"), r.<Boolean>getAs("hTeam"));
                List<Row> out = new ArrayList<>(2);
                if (r.<Boolean>getAs(SHORT_FORM_PAIR)) {
                    decisions.shortForm(a, b).ifPresent(m -> out.add(RowFactory.create(SHORT_FORM_STAGE, g, h,
                            m.rule().name(), m.score(), ShortForms.writtenAlike(a.form(), b.form()))));
                }
                // As on one machine: each side searches its own smallest block.
                if (r.<Boolean>getAs(SPELLING_PAIR)
                        && !PairDecisions.writtenApart(a, b, r.<Boolean>getAs(SHARE_DOCUMENT))) {
                    decisions.spelling(a, b).ifPresent(m -> out.add(RowFactory.create(SPELLING_STAGE, g, h,
                            m.rule().name(), m.score(), false)));
                }
                return out;
            });
        };
    }

    // ---------------------------------------------------------------- 6. full-name joins

    private static Dataset<Row> fullNameEdges(Dataset<Row> input, Dataset<Row> flagged, Dataset<Row> decided,
                                              String aliases) {
        // Aliases: every group listed under one alias (and sense) joins the first of them.
        Dataset<Row> aliased = flagged.filter(col(ALIAS_KEY).isNotNull());
        Dataset<Row> firstOfAlias = aliased.groupBy(ALIAS_KEY).agg(min(GID).as(H));
        Dataset<Row> aliasEdges = aliased.join(firstOfAlias, ALIAS_KEY).filter(col(GID).notEqual(col(H)))
                .select(lit(ALIAS_STAGE).as(KIND), col(GID).as(G), col(H),
                        lit(PairDecisions.ALIAS.rule().name()).as(RULE), lit(PairDecisions.ALIAS.score()).as(SCORE));
        // Spellings between two full names (neither a short form).
        Dataset<Row> full = flagged.filter(col(SHORT).equalTo(false)).select(GID);
        Dataset<Row> spellings = decided.filter(col(KIND).equalTo(SPELLING_STAGE))
                .join(full.withColumnRenamed(GID, G), G).join(full.withColumnRenamed(GID, H), H)
                .select(KIND, G, H, RULE, SCORE);
        // Acronyms defined in a text, for every type the two names have groups of.
        Dataset<Row> definitions = input.filter(col(MentionColumns.DEFINED_ACRONYM).isNotNull())
                .select(MentionColumns.TEXT, MentionColumns.DEFINED_ACRONYM).distinct()
                .mapPartitions(definitionKeys(aliases), Encoders.row(KEY_PAIRS));
        Dataset<Row> byKey = flagged.select(GID, GROUP_KEY);
        Dataset<Row> defined = definitions
                .join(byKey.select(col(GID).as(G), col(GROUP_KEY).as("acronymGroupKey")), "acronymGroupKey")
                .join(byKey.select(col(GID).as(H), col(GROUP_KEY).as("longGroupKey")), "longGroupKey")
                .select(lit(DEFINED_STAGE).as(KIND), col(G), col(H),
                        lit(PairDecisions.DEFINED_ACRONYM.rule().name()).as(RULE),
                        lit(PairDecisions.DEFINED_ACRONYM.score()).as(SCORE));
        return aliasEdges.union(spellings).union(defined);
    }

    private static MapPartitionsFunction<Row, Row> definitionKeys(String aliases) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            return Iterators.flatMap(rows, r -> {
                String longForm = r.getString(0);
                String acronym = r.getString(1);
                List<Row> out = new ArrayList<>(EntityType.values().length);
                for (EntityType type : EntityType.values()) {
                    out.add(RowFactory.create(NameGroup.groupKey(type, stages.form(acronym, type).key(), false),
                            NameGroup.groupKey(type, stages.form(longForm, type).key(), false)));
                }
                return out;
            });
        };
    }

    // ---------------------------------------------------------------- 7. acronyms by initials

    /** The acronym pass's joins ({@link #EDGES}) and the clusters they merged (old root, new root). */
    private record AcronymPass(List<Row> joins, List<Row> relabelled) {
    }

    private static AcronymPass acronymPass(Dataset<Row> labelled, String aliases) {
        Dataset<Row> index = labelled.filter(col(SHORT).equalTo(false))
                .select(col(GID).as(H), col(ROOT), explode(col(LONG_FORM_KEYS)).as(KEY));
        Dataset<Row> acronymRows = labelled.filter(col(ACRONYM));
        Dataset<Row> wanted = acronymRows.select(explode(col(ACRONYM_KEYS)).as(KEY)).distinct();
        Dataset<Row> blocks = index.join(wanted, KEY).groupBy(KEY)
                .agg(min(H).as("cand0"), collect_set(ROOT).as("roots"));
        Dataset<Row> withBlocks = acronymRows.select(col(GID), col(MentionColumns.TYPE), col(NAME_KEY), col(FIRST_TEXT),
                        col(SENSE_TEAM), col(ACRONYM_KEYS), explode(col(ACRONYM_KEYS)).as(KEY))
                .join(blocks, scalaSeq(KEY), "left")
                .groupBy(GID, MentionColumns.TYPE, NAME_KEY, FIRST_TEXT, SENSE_TEAM)
                .agg(collect_list(struct(col(KEY), col("cand0"), col("roots"))).as("blocks"));
        Dataset<Row> choice = withBlocks.mapPartitions(acronymCandidates(aliases), Encoders.row(ACRONYM_CHOICE))
                .filter(col("cand0").isNotNull());
        Dataset<Row> info = labelled.select(col(GID), col(ROOT), col(MentionColumns.TYPE), col(NAME_KEY), col(FIRST_TEXT),
                col(SENSE_TEAM));
        Dataset<Row> decided = choice
                .join(info.select(col(GID).as(G), col(ROOT).as("gRoot"), col(MentionColumns.TYPE).as("gType"),
                        col(NAME_KEY).as("gKey"), col(FIRST_TEXT).as("gText"), col(SENSE_TEAM).as("gTeam")), G)
                .join(info.select(col(GID).as("cand0"), col(NAME_KEY).as("hKey"), col(FIRST_TEXT).as("hText"),
                        col(SENSE_TEAM).as("hTeam")), "cand0")
                .mapPartitions(acronymDecisions(aliases), Encoders.row(new StructType()
                        .add(G, DataTypes.LongType, false).add("gRoot", DataTypes.LongType, false)
                        .add("roots", DataTypes.createArrayType(DataTypes.LongType), false)
                        .add("cand0", DataTypes.LongType, false)
                        .add(RULE, DataTypes.StringType, true).add(SCORE, DataTypes.DoubleType, true)))
                .orderBy(G);
        // Sequential, as on one machine: each join can put a later acronym's candidates in one cluster.
        Map<Long, Long> parent = new HashMap<>();
        List<Row> joins = new ArrayList<>();
        Iterator<Row> it = decided.toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            long self = find(parent, r.getLong(1));
            java.util.Set<Long> roots = new java.util.HashSet<>();
            for (Long root : r.<Long>getList(2)) {
                roots.add(find(parent, root));
            }
            if (roots.size() != 1 || roots.contains(self) || r.isNullAt(4)) {
                continue;
            }
            long other = roots.iterator().next();
            parent.put(Math.max(self, other), Math.min(self, other));
            joins.add(RowFactory.create(INITIALS_STAGE, r.getLong(0), r.getLong(3), r.getString(4), r.getDouble(5)));
        }
        List<Row> relabelled = new ArrayList<>();
        for (Long label : parent.keySet()) {
            relabelled.add(RowFactory.create(label, find(parent, label)));
        }
        return new AcronymPass(joins, relabelled);
    }

    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }

    /** Per acronym: the block {@link AcronymKeys#candidates} takes, its first long form and its clusters. */
    private static MapPartitionsFunction<Row, Row> acronymCandidates(String aliases) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            return Iterators.map(rows, r -> {
                long gid = r.getAs(GID);
                NameGroup g = stages.group(gid, EntityType.valueOf(r.getAs(MentionColumns.TYPE)), r.getAs(NAME_KEY),
                        r.getAs(FIRST_TEXT), r.<Boolean>getAs(SENSE_TEAM));
                Map<String, Row> found = new HashMap<>();
                for (Row b : r.<Row>getList(r.fieldIndex("blocks"))) {
                    if (!b.isNullAt(1)) {
                        found.put(b.getString(0), b);
                    }
                }
                // The stage picks the block: the exact initials, else (3+ letters) the same letters in any order.
                List<Row> block = AcronymKeys.candidates(g, k -> found.containsKey(k) ? List.of(found.get(k)) : List.of());
                if (block.isEmpty()) {
                    return RowFactory.create(gid, null, null);
                }
                Row b = block.get(0);
                return RowFactory.create(gid, b.getLong(1), b.getList(2).toArray(new Long[0]));
            });
        };
    }

    private static MapPartitionsFunction<Row, Row> acronymDecisions(String aliases) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            return Iterators.map(rows, r -> {
                EntityType type = EntityType.valueOf(r.getAs("gType"));
                long g = r.getAs(G);
                long h = r.getAs("cand0");
                NameGroup a = stages.group(g, type, r.getAs("gKey"), r.getAs("gText"), r.<Boolean>getAs("gTeam"));
                NameGroup b = stages.group(h, type, r.getAs("hKey"), r.getAs("hText"), r.<Boolean>getAs("hTeam"));
                Optional<NameMatch> m = stages.decisions().acronym(a, b);
                return RowFactory.create(g, r.<Long>getAs("gRoot"), r.getList(r.fieldIndex("roots")).toArray(new Long[0]),
                        h, m.map(x -> x.rule().name()).orElse(null), m.map(NameMatch::score).orElse(null));
            });
        };
    }

    // ---------------------------------------------------------------- 8. short forms

    /**
     * Per short form and cluster it fits: the first fitting long form (lowest number) and its
     * match, and whether any of its fitting long forms writes the short form alike.
     */
    private static Dataset<Row> fittingClusters(Dataset<Row> decided, Dataset<Row> clustered) {
        Dataset<Row> longForms = clustered.filter(col(SHORT).equalTo(false)).select(col(GID).as(H), col(ROOT));
        return Lineage.cut("fitting clusters", decided.filter(col(KIND).equalTo(SHORT_FORM_STAGE)).join(longForms, H)
                .groupBy(G, ROOT).agg(min(struct(col(H), col(RULE), col(SCORE))).as("fit"),
                        max(col(WRITTEN_ALIKE)).as(WRITTEN_ALIKE))
                .select(col(G), col(ROOT), col("fit." + H).as(H), col("fit." + RULE).as(RULE),
                        col("fit." + SCORE).as(SCORE), col(WRITTEN_ALIKE)));
    }

    /** The cluster each short form's mentions in each document join ({@link #ASSIGNED}), where one fits. */
    private static Dataset<Row> assignShortForms(Dataset<Row> located, Dataset<Row> clustered, Dataset<Row> fitting) {
        Dataset<Row> withCluster = located.join(clustered.select(GID, SHORT, ROOT, MentionColumns.TYPE, MENTION_TOTAL)
                .withColumnRenamed(MentionColumns.TYPE, "groupType"), GID);
        Dataset<Row> full = withCluster.filter(col(SHORT).equalTo(false));
        Dataset<Row> rootCounts = full.groupBy(ROOT).agg(count(lit(1)).as("rootCount"));
        Dataset<Row> presence = full.select(col(ROOT), col(MentionColumns.DOCUMENT_ID)).distinct()
                .withColumn("inDocument", lit(true));
        Dataset<Row> shortNodes = withCluster.filter(col(SHORT))
                .select(col(GID).as(G), col(MentionColumns.DOCUMENT_ID), col("groupType"), col(MENTION_TOTAL)).distinct();
        Dataset<Row> fits = shortNodes.join(fitting.select(G, ROOT, WRITTEN_ALIKE), G)
                .join(presence, scalaSeq(ROOT, MentionColumns.DOCUMENT_ID), "left")
                .join(rootCounts, ROOT)
                .groupBy(G, MentionColumns.DOCUMENT_ID, "groupType", MENTION_TOTAL)
                .agg(collect_list(struct(col(ROOT), col("inDocument"), col("rootCount"), col(WRITTEN_ALIKE)))
                        .as("fits"));
        return fits.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> Iterators.flatMap(rows, r -> {
            List<Row> candidates = r.getList(r.fieldIndex("fits"));
            List<ShortForms.Fit> list = new ArrayList<>(candidates.size());
            for (Row c : candidates) {
                list.add(new ShortForms.Fit(!c.isNullAt(1), (int) c.getLong(2), c.getBoolean(3)));
            }
            OptionalInt chosen = ShortForms.choose(EntityType.valueOf(r.getAs("groupType")),
                    (int) r.<Long>getAs(MENTION_TOTAL).longValue(), list);
            return chosen.isPresent() ? List.of(RowFactory.create(r.getAs(G), r.getAs(MentionColumns.DOCUMENT_ID),
                    candidates.get(chosen.getAsInt()).getLong(0))) : List.of();
        }), Encoders.row(ASSIGNED));
    }

    // ---------------------------------------------------------------- 9. naming

    private static Result naming(SparkSession spark, Dataset<Row> keyed, Dataset<Row> clustered, Dataset<Row> joins,
                                 Dataset<Row> fitting) {
        // Entity key: the cluster's root; a short form's assigned cluster; else the short form alone (-1 - gid).
        Dataset<Row> mentions = Lineage.cut("entity of each mention", keyed
                .withColumn(ENTITY_KEY, when(col(SHORT).equalTo(false), col(ROOT))
                        .when(col(ASSIGNED_ROOT).isNotNull(), col(ASSIGNED_ROOT))
                        .otherwise(lit(-1L).minus(col(GID)))));
        // Each group's most frequent spelling (the first seen of equals), cited by reasons.
        Dataset<Row> spellingCounts = mentions.groupBy(GID, DISPLAY).agg(count(lit(1)).as("n"),
                min(struct(col(MentionColumns.DOCUMENT_ID), col(MentionColumns.MENTION_INDEX))).as("seen"));
        Dataset<Row> representatives = spellingCounts
                .groupBy(GID).agg(min(struct(lit(0L).minus(col("n")), col("seen"), col(DISPLAY))).as("best"))
                .select(col(GID), col("best." + DISPLAY).as("representative"));
        // Why each group joined: a short form's fit in the entity it joined, else its group's first join by stage.
        Dataset<Row> partnerNames = representatives.select(col(GID).as("partner"), col("representative").as("partnerName"));
        Dataset<Row> firstJoins = joins.select(col(G).as(GID), col(KIND), col(H).as("partner"), col(RULE), col(SCORE))
                .union(joins.select(col(H).as(GID), col(KIND), col(G).as("partner"), col(RULE), col(SCORE)))
                .groupBy(GID).agg(min(struct(col(KIND), col("partner"), col(RULE), col(SCORE))).as("j"))
                .select(col(GID).as("firstGid"), col("j.partner").as("partner"), col("j." + RULE).as("firstRule"),
                        col("j." + SCORE).as("firstScore"))
                .join(partnerNames, "partner").withColumnRenamed("partnerName", "firstPartner").drop("partner");
        Dataset<Row> shortJoins = fitting.select(col(G).as("shortGid"), col(ROOT).as("shortRoot"), col(H).as("partner"),
                        col(RULE).as("shortRule"), col(SCORE).as("shortScore"))
                .join(partnerNames, "partner").withColumnRenamed("partnerName", "shortPartner").drop("partner");

        Dataset<Row> variants = mentions.groupBy(ENTITY_KEY, DISPLAY).agg(count(lit(1)).as("n"),
                        min(struct(col(GID), col(MentionColumns.DOCUMENT_ID), col(MentionColumns.MENTION_INDEX))).as("seen"))
                .join(clustered.select(col(GID).as("seenGid"), col(ACRONYM), col(UNITS), col(MentionColumns.TYPE),
                        col(SENSE_TEAM)), col("seen." + GID).equalTo(col("seenGid")))
                .join(representatives.withColumnRenamed(GID, "repGid"), col("seenGid").equalTo(col("repGid")))
                .join(shortJoins, col("seenGid").equalTo(col("shortGid")).and(col(ENTITY_KEY).equalTo(col("shortRoot"))),
                        "left")
                .join(firstJoins, col("seenGid").equalTo(col("firstGid")), "left")
                .withColumn(RULE, when(col("shortRule").isNotNull(), col("shortRule")).otherwise(col("firstRule")))
                .withColumn(SCORE, when(col("shortRule").isNotNull(), col("shortScore")).otherwise(col("firstScore")))
                .withColumn("partnerName", when(col("shortRule").isNotNull(), col("shortPartner"))
                        .otherwise(col("firstPartner")));
        Dataset<Row> named = variants.groupBy(ENTITY_KEY)
                .agg(collect_list(struct(col("seen"), col(DISPLAY), col("n"), col(ACRONYM), col(UNITS),
                        col(MentionColumns.TYPE), col(SENSE_TEAM), col("seenGid"), col(RULE), col(SCORE),
                        col("partnerName"), col("representative"))).as("variants"))
                .mapPartitions(nameEntities(), Encoders.row(NAMED));

        Dataset<Row> extent = mentions.groupBy(ENTITY_KEY).agg(
                min(struct(col(MentionColumns.DOCUMENT_ID), col(MentionColumns.START))).as("firstPosition"),
                count(lit(1)).as(MENTION_COUNT),
                org.apache.spark.sql.functions.array_sort(collect_set(col(MentionColumns.DOCUMENT_ID))).as(DOCUMENTS));
        JavaRDD<Row> ordered = named.join(extent, ENTITY_KEY)
                .orderBy(col("firstPosition." + MentionColumns.DOCUMENT_ID), col("firstPosition." + MentionColumns.START))
                .select(col(ENTITY_KEY), col(MentionColumns.TYPE), col(NAME), col(VARIANTS), col(DOCUMENTS),
                        col(MENTION_COUNT), col(REASONS), col(MentionColumns.TEAM))
                .javaRDD();
        StructType entitySchema = new StructType().add(ENTITY_KEY, DataTypes.LongType, false).add(ID, DataTypes.StringType, false)
                .add(MentionColumns.TYPE, DataTypes.StringType, false).add(NAME, DataTypes.StringType, false)
                .add(VARIANTS, DataTypes.createArrayType(DataTypes.StringType), false)
                .add(DOCUMENTS, DataTypes.createArrayType(DataTypes.StringType), false)
                .add(MENTION_COUNT, DataTypes.LongType, false)
                .add(REASONS, NAMED.apply(REASONS).dataType(), false)
                .add(MentionColumns.TEAM, DataTypes.BooleanType, false);
        Dataset<Row> entities = Lineage.cut("entities", spark.createDataFrame(ordered.zipWithIndex().map(t ->
                RowFactory.create(t._1().get(0), Naming.entityId((int) (t._2() + 1)), t._1().get(1), t._1().get(2), t._1().get(3),
                t._1().get(4), t._1().get(5), t._1().get(6), t._1().get(7))), entitySchema));
        Dataset<Row> resolved = mentions.join(entities.select(col(ENTITY_KEY), col(ID).as(ENTITY),
                                col(MentionColumns.TYPE).as("entityType")), ENTITY_KEY)
                .select(col(MentionColumns.DOCUMENT_ID), col(MentionColumns.MENTION_INDEX), col(MentionColumns.START),
                        col(MentionColumns.END), col(MentionColumns.TEXT), col("entityType").as(MentionColumns.TYPE),
                        col(MentionColumns.SOURCE), col(ENTITY));
        return new Result(resolved, entities.drop(ENTITY_KEY));
    }

    /** Canonical name, type, sense, variants and reasons of each entity from its variants (one row each). */
    private static MapPartitionsFunction<Row, Row> nameEntities() {
        return rows -> Iterators.map(rows, r -> {
            List<Row> rowsOfVariants = new ArrayList<>(r.<Row>getList(1));
            // In order of first mention, as the single machine meets them: group, document, mention.
            rowsOfVariants.sort(java.util.Comparator.<Row>comparingLong(v -> v.getStruct(0).getLong(0))
                    .thenComparing(v -> v.getStruct(0).getString(1)).thenComparingInt(v -> v.getStruct(0).getInt(2)));
            List<Naming.Variant> variants = new ArrayList<>(rowsOfVariants.size());
            List<String> names = new ArrayList<>(rowsOfVariants.size());
            for (Row v : rowsOfVariants) {
                variants.add(new Naming.Variant(v.getString(1), (int) v.getLong(2), v.getBoolean(3), v.getInt(4)));
                names.add(v.getString(1));
            }
            String name = Naming.canonicalName(variants);
            Row named = rowsOfVariants.get(names.indexOf(name));
            List<Row> reasons = new ArrayList<>();
            for (Row v : rowsOfVariants) {
                String variant = v.getString(1);
                if (variant.equals(name)) {
                    continue;
                }
                boolean sameGroup = v.getLong(7) == named.getLong(7);
                Optional<MergeReason> join = v.isNullAt(8) ? Optional.empty() : Optional.of(new MergeReason(
                        v.getString(11), MatchRule.valueOf(v.getString(8)), v.getString(10), v.getDouble(9)));
                MergeReason reason = Naming.variantReason(variant, name, sameGroup, sameGroup ? Optional.empty() : join,
                        v.getString(11));
                reasons.add(RowFactory.create(reason.variant(), reason.rule().name(), reason.matched(), reason.score(),
                        reason.explanation()));
            }
            return RowFactory.create(r.getLong(0), name, named.getString(5), named.getBoolean(6),
                    Naming.variantList(names).toArray(new String[0]), reasons.toArray(new Row[0]));
        });
    }

    // ---------------------------------------------------------------- helpers

    private static Integer[] boxed(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    /** Column names as the Scala sequence Spark's joins on equally named columns take. */
    static scala.collection.immutable.Seq<String> scalaSeq(String... columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
    }
}
