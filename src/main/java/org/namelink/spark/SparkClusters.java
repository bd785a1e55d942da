package org.namelink.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.namelink.spark.ResolverColumns.ACRONYM;
import static org.namelink.spark.ResolverColumns.ACRONYM_KEYS;
import static org.namelink.spark.ResolverColumns.ALIAS_JOIN;
import static org.namelink.spark.ResolverColumns.ALIAS_KEY;
import static org.namelink.spark.ResolverColumns.DEFINED_JOIN;
import static org.namelink.spark.ResolverColumns.EDGES;
import static org.namelink.spark.ResolverColumns.FIRST_TEXT;
import static org.namelink.spark.ResolverColumns.G;
import static org.namelink.spark.ResolverColumns.GID;
import static org.namelink.spark.ResolverColumns.GROUP_KEY;
import static org.namelink.spark.ResolverColumns.H;
import static org.namelink.spark.ResolverColumns.INITIALS_JOIN;
import static org.namelink.spark.ResolverColumns.KEY;
import static org.namelink.spark.ResolverColumns.KIND;
import static org.namelink.spark.ResolverColumns.LONG_FORM_KEYS;
import static org.namelink.spark.ResolverColumns.NAME_KEY;
import static org.namelink.spark.ResolverColumns.ROOT;
import static org.namelink.spark.ResolverColumns.RULE;
import static org.namelink.spark.ResolverColumns.SCORE;
import static org.namelink.spark.ResolverColumns.SENSE_TEAM;
import static org.namelink.spark.ResolverColumns.SHORT;
import static org.namelink.spark.ResolverColumns.SPELLING_JOIN;
import static org.namelink.spark.ResolverColumns.scalaSeq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameMatch;
import org.namelink.resolution.plan.AcronymKeys;
import org.namelink.resolution.plan.Clusters;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.PairDecisions;
import org.namelink.resolution.plan.ResolutionPlan;
import org.namelink.resolution.plan.ResolutionPlan.Step;

/**
 * Steps 5 and 6 of the plan on Spark: the full-name joins as edges and their connected components
 * ({@link ConnectedComponents}, labelled by the least group, the root {@link Clusters} keeps), then
 * the acronyms by initials in group order on the driver, over one row per acronym, in a
 * {@link Clusters} whose joins relabel the components.
 *
 * <p>Stateless; thread-safe.
 */
final class SparkClusters {

    private static final StructType KEY_PAIRS = new StructType()
            .add("acronymGroupKey", DataTypes.StringType, false)
            .add("longGroupKey", DataTypes.StringType, false);

    private static final StructType ACRONYM_CHOICE = new StructType()
            .add(G, DataTypes.LongType, false)
            .add("cand0", DataTypes.LongType, true)
            .add("roots", DataTypes.createArrayType(DataTypes.LongType), true);

    private SparkClusters() {
    }

    /**
     * The clusters of steps 5 and 6: the groups with their {@link ResolverColumns#ROOT}, and the
     * joins ({@link ResolverColumns#EDGES}) that made them, which name the reasons.
     */
    record Clustered(Dataset<Row> groups, Dataset<Row> joins) {
    }

    /** Clusters of the groups ({@code flagged}: with {@link ResolverColumns#SHORT}) from the block decisions. */
    static Clustered cluster(SparkSession spark, Dataset<Row> input, Dataset<Row> flagged, Dataset<Row> decided,
                             String aliases) {
        Dataset<Row> edges = Lineage.cut(Step.FULL_NAME_JOINS.label("edges"), fullNameEdges(input, flagged, decided, aliases));
        Dataset<Row> components = ConnectedComponents.labels(edges.select(col(G).as(ConnectedComponents.SRC),
                col(H).as(ConnectedComponents.DST)));
        Dataset<Row> labelled = flagged.join(components, flagged.col(GID).equalTo(components.col(ConnectedComponents.VERTEX)),
                        "left")
                .withColumn(ROOT, when(col(ConnectedComponents.LABEL).isNull(), col(GID))
                        .otherwise(col(ConnectedComponents.LABEL)))
                .drop(ConnectedComponents.VERTEX, ConnectedComponents.LABEL);

        AcronymPass acronyms = acronymPass(labelled, aliases, (int) flagged.count());
        Dataset<Row> relabel = spark.createDataFrame(acronyms.relabelled(), new StructType()
                .add("old", DataTypes.LongType, false).add("new", DataTypes.LongType, false));
        Dataset<Row> clustered = Lineage.cut(Step.ACRONYM_JOINS.label("clusters"), labelled
                .join(relabel, labelled.col(ROOT).equalTo(relabel.col("old")), "left")
                .withColumn(ROOT, when(col("new").isNull(), col(ROOT)).otherwise(col("new")))
                .drop("old", "new"));
        return new Clustered(clustered, edges.union(spark.createDataFrame(acronyms.joins(), EDGES)));
    }

    private static Dataset<Row> fullNameEdges(Dataset<Row> input, Dataset<Row> flagged, Dataset<Row> decided,
                                              String aliases) {
        Dataset<Row> aliasEdges = flagged.filter(col(ALIAS_KEY).isNotNull()).select(ALIAS_KEY, GID)
                .repartition(col(ALIAS_KEY)).sortWithinPartitions(ALIAS_KEY, GID)
                .mapPartitions(aliasJoins(), Encoders.row(EDGES));
        // Spellings between two full names (neither a short form).
        Dataset<Row> full = flagged.filter(col(SHORT).equalTo(false)).select(GID);
        Dataset<Row> spellings = decided.filter(col(KIND).equalTo(SPELLING_JOIN))
                .join(full.withColumnRenamed(GID, G), G).join(full.withColumnRenamed(GID, H), H)
                .select(KIND, G, H, RULE, SCORE);
        Dataset<Row> definitions = input.filter(col(MentionColumns.DEFINED_ACRONYM).isNotNull())
                .select(MentionColumns.TEXT, MentionColumns.DEFINED_ACRONYM).distinct()
                .mapPartitions(definitionKeys(aliases), Encoders.row(KEY_PAIRS));
        Dataset<Row> byKey = flagged.select(GID, GROUP_KEY);
        Dataset<Row> defined = definitions
                .join(byKey.select(col(GID).as(G), col(GROUP_KEY).as("acronymGroupKey")), "acronymGroupKey")
                .join(byKey.select(col(GID).as(H), col(GROUP_KEY).as("longGroupKey")), "longGroupKey")
                .select(lit(DEFINED_JOIN).as(KIND), col(G), col(H),
                        lit(PairDecisions.DEFINED_ACRONYM.rule().name()).as(RULE),
                        lit(PairDecisions.DEFINED_ACRONYM.score()).as(SCORE));
        return aliasEdges.union(spellings).union(defined);
    }

    /** Per alias, in group order: {@link ResolutionPlan#aliasJoins}. */
    private static MapPartitionsFunction<Row, Row> aliasJoins() {
        return rows -> Iterators.flatMap(Iterators.runs(rows, 0), run -> {
            List<Row> out = new ArrayList<>();
            for (List<Row> pair : ResolutionPlan.aliasJoins(run, r -> Optional.of(r.getString(0)))) {
                out.add(RowFactory.create(ALIAS_JOIN, pair.get(0).getLong(1), pair.get(1).getLong(1),
                        PairDecisions.ALIAS.rule().name(), PairDecisions.ALIAS.score()));
            }
            return out;
        });
    }

    private static MapPartitionsFunction<Row, Row> definitionKeys(String aliases) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            return Iterators.flatMap(rows, r -> {
                List<Row> out = new ArrayList<>(EntityType.values().length);
                for (ResolutionPlan.DefinedPair p : ResolutionPlan.definedPairs(r.getString(0), r.getString(1), stages::form)) {
                    out.add(RowFactory.create(p.acronymGroupKey(), p.longFormGroupKey()));
                }
                return out;
            });
        };
    }

    /** The acronym pass's joins ({@link ResolverColumns#EDGES}) and the clusters they merged (old root, new root). */
    private record AcronymPass(List<Row> joins, List<Row> relabelled) {
    }

    private static AcronymPass acronymPass(Dataset<Row> labelled, String aliases, int groupCount) {
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
        // Sequential, as in memory: each join can put a later acronym's candidates in one cluster.
        // The candidates' clusters stand for the candidates: onlyOtherCluster reads their roots only.
        Clusters clusters = new Clusters(groupCount);
        Map<Long, Boolean> touched = new HashMap<>();
        List<Row> joins = new ArrayList<>();
        Iterator<Row> it = decided.toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            int self = (int) r.getLong(1);
            List<Long> roots = r.getList(2);
            if (r.isNullAt(4) || clusters.onlyOtherCluster(roots, root -> (int) (long) root, self).isEmpty()) {
                continue;
            }
            for (Long root : roots) {
                touched.put(root, true);
            }
            touched.put((long) self, true);
            clusters.link(self, (int) (long) roots.get(0));
            joins.add(RowFactory.create(INITIALS_JOIN, r.getLong(0), r.getLong(3), r.getString(4), r.getDouble(5)));
        }
        List<Row> relabelled = new ArrayList<>();
        for (Long label : touched.keySet()) {
            long root = clusters.find((int) (long) label);
            if (root != label) {
                relabelled.add(RowFactory.create(label, root));
            }
        }
        return new AcronymPass(joins, relabelled);
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
}

