package org.namelink.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.namelink.spark.ResolverColumns.ACRONYM;
import static org.namelink.spark.ResolverColumns.ASSIGNED_ROOT;
import static org.namelink.spark.ResolverColumns.DISPLAY;
import static org.namelink.spark.ResolverColumns.ENTITY_KEY;
import static org.namelink.spark.ResolverColumns.G;
import static org.namelink.spark.ResolverColumns.GID;
import static org.namelink.spark.ResolverColumns.H;
import static org.namelink.spark.ResolverColumns.KIND;
import static org.namelink.spark.ResolverColumns.MENTION_TOTAL;
import static org.namelink.spark.ResolverColumns.ROOT;
import static org.namelink.spark.ResolverColumns.RULE;
import static org.namelink.spark.ResolverColumns.SCORE;
import static org.namelink.spark.ResolverColumns.SENSE_TEAM;
import static org.namelink.spark.ResolverColumns.SHORT;
import static org.namelink.spark.ResolverColumns.SHORT_FORM_FIT;
import static org.namelink.spark.ResolverColumns.UNITS;
import static org.namelink.spark.ResolverColumns.WRITTEN_ALIKE;
import static org.namelink.spark.ResolverColumns.scalaSeq;
import static org.namelink.spark.SparkResolver.DOCUMENTS;
import static org.namelink.spark.SparkResolver.ENTITY;
import static org.namelink.spark.SparkResolver.ID;
import static org.namelink.spark.SparkResolver.MENTION_COUNT;
import static org.namelink.spark.SparkResolver.NAME;
import static org.namelink.spark.SparkResolver.REASONS;
import static org.namelink.spark.SparkResolver.VARIANTS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.spark.api.java.JavaRDD;
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
import org.namelink.names.MatchRule;
import org.namelink.names.NameMatch;
import org.namelink.resolution.plan.EntityKey;
import org.namelink.resolution.MergeReason;
import org.namelink.resolution.plan.Naming;
import org.namelink.resolution.plan.ResolutionPlan;
import org.namelink.resolution.plan.ResolutionPlan.Step;
import org.namelink.resolution.plan.ShortForms;

/**
 * Steps 7 and 8 of the plan on Spark: short forms once the clusters are final
 * ({@link ShortForms#choose} per short form and document), then each mention's {@link EntityKey}
 * and the entities' names ({@link Naming}), numbered by first mention.
 *
 * <p>Stateless; thread-safe.
 */
final class SparkNaming {

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

    /** {@link EntityKey#of} as a column function: group, short form, root, assigned root (or null). */
    private static final UserDefinedFunction ENTITY_KEY_OF = udf(
            (UDF4<Long, Boolean, Long, Long, Long>) (group, shortForm, root, assigned) -> EntityKey.of(group, shortForm,
                    root, assigned == null ? OptionalLong.empty() : OptionalLong.of(assigned)).value(),
            DataTypes.LongType);

    private SparkNaming() {
    }


    private static final StructType FITTING = new StructType()
            .add(G, DataTypes.LongType, false)
            .add(ROOT, DataTypes.LongType, false)
            .add(H, DataTypes.LongType, false)
            .add(RULE, DataTypes.StringType, false)
            .add(SCORE, DataTypes.DoubleType, false)
            .add(WRITTEN_ALIKE, DataTypes.BooleanType, false);

    /**
     * Per short form and cluster it fits ({@link ShortForms#fitsByCluster}, in a task per short
     * form): the first fitting long form and its match, and whether any writes the short form alike.
     */
    static Dataset<Row> fittingClusters(Dataset<Row> decided, Dataset<Row> clustered) {
        Dataset<Row> longForms = clustered.filter(col(SHORT).equalTo(false)).select(col(GID).as(H), col(ROOT));
        Dataset<Row> fits = decided.filter(col(KIND).equalTo(SHORT_FORM_FIT)).join(longForms, H)
                .select(G, H, ROOT, RULE, SCORE, WRITTEN_ALIKE);
        return Lineage.cut(Step.SHORT_FORMS.label("fitting clusters"), fits.repartition(col(G))
                .sortWithinPartitions(G, H) // block order, as the block task found them
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> Iterators.flatMap(Iterators.runs(rows, 0), run -> {
                    Map<Long, Long> rootOf = new HashMap<>();
                    List<ResolutionPlan.Found<Long>> found = new ArrayList<>(run.size());
                    for (Row r : run) {
                        rootOf.put(r.getLong(1), r.getLong(2));
                        found.add(new ResolutionPlan.Found<>(r.getLong(1), new NameMatch(r.getDouble(4),
                                MatchRule.valueOf(r.getString(3)), true), r.getBoolean(5), false));
                    }
                    List<Row> out = new ArrayList<>();
                    for (ShortForms.ClusterFit<Long> c : ShortForms.fitsByCluster(found, rootOf::get)) {
                        out.add(RowFactory.create(run.get(0).getLong(0), c.root(), c.longForm(), c.match().rule().name(),
                                c.match().score(), c.writtenAlike()));
                    }
                    return out;
                }), Encoders.row(FITTING)));
    }

    private static final StructType REPRESENTATIVES = new StructType()
            .add(GID, DataTypes.LongType, false).add("representative", DataTypes.StringType, false);

    /** Each group's spellings, in order of first mention, to the one that stands for it ({@link Naming#mostFrequent}). */
    private static MapPartitionsFunction<Row, Row> representative() {
        return rows -> Iterators.map(rows, r -> RowFactory.create(r.getLong(0), Naming.mostFrequent(
                r.<Row>getList(1), spelling -> spelling.getLong(1)).orElseThrow().getString(2)));
    }

    /**
     * The cluster each short form's mentions in each document join ({@link #ASSIGNED}), where one
     * fits. {@link ShortForms#choose} reads only the fits named in the document when there are any,
     * so a short form's fits meet only the documents that name them (never every document of the
     * short form with every fit: a frequent surname fitting many people would multiply the two), and
     * the documents naming none take one choice per short form.
     */
    static Dataset<Row> assignShortForms(Dataset<Row> located, Dataset<Row> clustered, Dataset<Row> fitting) {
        Dataset<Row> withCluster = located.join(clustered.select(GID, SHORT, ROOT, MentionColumns.TYPE, MENTION_TOTAL)
                .withColumnRenamed(MentionColumns.TYPE, "groupType"), GID);
        Dataset<Row> full = withCluster.filter(col(SHORT).equalTo(false));
        // Kept: the documents that name a fit and those that name none both read them, and each
        // would join and aggregate the mentions again.
        Dataset<Row> fits = Lineage.cut(Step.SHORT_FORMS.label("fits with their clusters' sizes"),
                fitting.select(G, ROOT, WRITTEN_ALIKE).join(full.groupBy(ROOT).agg(count(lit(1)).as("rootCount")), ROOT));
        Dataset<Row> shortNodes = Lineage.cut(Step.SHORT_FORMS.label("short forms' documents"), withCluster
                .filter(col(SHORT))
                .select(col(GID).as(G), col(MentionColumns.DOCUMENT_ID), col("groupType"), col(MENTION_TOTAL)).distinct());
        Column fit = struct(col(ROOT), col("inDocument"), col("rootCount"), col(WRITTEN_ALIKE));
        Dataset<Row> named = Lineage.cut(Step.SHORT_FORMS.label("fits named in documents"), fits
                .join(full.select(col(ROOT), col(MentionColumns.DOCUMENT_ID)).distinct(), ROOT)
                .join(shortNodes, scalaSeq(G, MentionColumns.DOCUMENT_ID))
                .withColumn("inDocument", lit(true))
                .groupBy(G, MentionColumns.DOCUMENT_ID, "groupType", MENTION_TOTAL).agg(collect_list(fit).as("fits"))
                .mapPartitions(chooseFit(), Encoders.row(CHOSEN)));
        Dataset<Row> unnamed = fits.join(shortNodes.select(G, "groupType", MENTION_TOTAL).distinct(), G)
                .withColumn("inDocument", lit(false))
                .groupBy(G, "groupType", MENTION_TOTAL).agg(collect_list(fit).as("fits"))
                .withColumn(MentionColumns.DOCUMENT_ID, lit(""))
                .mapPartitions(chooseFit(), Encoders.row(CHOSEN))
                .filter(col(ROOT).isNotNull()).select(G, ROOT);
        Dataset<Row> elsewhere = shortNodes.select(G, MentionColumns.DOCUMENT_ID)
                .join(named.select(G, MentionColumns.DOCUMENT_ID), scalaSeq(G, MentionColumns.DOCUMENT_ID), "left_anti")
                .join(unnamed, G);
        return named.filter(col(ROOT).isNotNull()).select(G, MentionColumns.DOCUMENT_ID, ROOT)
                .unionByName(elsewhere.select(G, MentionColumns.DOCUMENT_ID, ROOT));
    }

    /** A short form's (in one document, or where none is named) fits and its choice among them; none chosen is null. */
    private static final StructType CHOSEN = new StructType()
            .add(G, DataTypes.LongType, false)
            .add(MentionColumns.DOCUMENT_ID, DataTypes.StringType, false)
            .add(ROOT, DataTypes.LongType, true);

    private static MapPartitionsFunction<Row, Row> chooseFit() {
        return rows -> Iterators.map(rows, r -> {
            List<Row> candidates = r.getList(r.fieldIndex("fits"));
            List<ShortForms.Fit> list = new ArrayList<>(candidates.size());
            for (Row c : candidates) {
                list.add(new ShortForms.Fit(c.getBoolean(1), (int) c.getLong(2), c.getBoolean(3)));
            }
            OptionalInt chosen = ShortForms.choose(EntityType.valueOf(r.getAs("groupType")),
                    (int) r.<Long>getAs(MENTION_TOTAL).longValue(), list);
            return RowFactory.create(r.getAs(G), r.getAs(MentionColumns.DOCUMENT_ID),
                    chosen.isPresent() ? candidates.get(chosen.getAsInt()).getLong(0) : null);
        });
    }

    static SparkResolver.Result naming(SparkSession spark, Dataset<Row> keyed, Dataset<Row> clustered, Dataset<Row> joins,
                                 Dataset<Row> fitting) {
        Dataset<Row> mentions = Lineage.cut(Step.NAMING.label("entity of each mention"), keyed
                .withColumn(ENTITY_KEY, ENTITY_KEY_OF.apply(col(GID), col(SHORT), col(ROOT), col(ASSIGNED_ROOT))));
        // Each group's most frequent spelling (the first seen of equals), cited by reasons.
        Dataset<Row> spellingCounts = mentions.groupBy(GID, DISPLAY).agg(count(lit(1)).as("n"),
                min(struct(col(MentionColumns.DOCUMENT_ID), col(MentionColumns.MENTION_INDEX))).as("seen"));
        Dataset<Row> representatives = spellingCounts.groupBy(GID)
                .agg(array_sort(collect_list(struct(col("seen"), col("n"), col(DISPLAY)))).as("spellings"))
                .mapPartitions(representative(), Encoders.row(REPRESENTATIVES));
        // Why each group joined: a short form's fit in the entity it joined, else its group's first join by step.
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
        // Kept: the global sort samples its input and numbering counts it, each a pass of its own.
        JavaRDD<Row> ordered = Lineage.cut(Step.NAMING.label("entity rows"), named.join(extent, ENTITY_KEY))
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
        Dataset<Row> entities = Lineage.cut(Step.NAMING.label("entities"), spark.createDataFrame(ordered.zipWithIndex().map(t ->
                RowFactory.create(t._1().get(0), Naming.entityId((int) (t._2() + 1)), t._1().get(1), t._1().get(2), t._1().get(3),
                t._1().get(4), t._1().get(5), t._1().get(6), t._1().get(7))), entitySchema));
        Dataset<Row> resolved = mentions.join(entities.select(col(ENTITY_KEY), col(ID).as(ENTITY),
                                col(MentionColumns.TYPE).as("entityType")), ENTITY_KEY)
                .select(col(MentionColumns.DOCUMENT_ID), col(MentionColumns.MENTION_INDEX), col(MentionColumns.START),
                        col(MentionColumns.END), col(MentionColumns.TEXT), col("entityType").as(MentionColumns.TYPE),
                        col(MentionColumns.SOURCE), col(ENTITY));
        return new SparkResolver.Result(resolved, entities.drop(ENTITY_KEY));
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

}
