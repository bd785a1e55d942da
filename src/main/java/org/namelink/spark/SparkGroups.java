package org.namelink.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.namelink.spark.ResolverColumns.ACRONYM;
import static org.namelink.spark.ResolverColumns.ACRONYM_KEYS;
import static org.namelink.spark.ResolverColumns.ALIAS_KEY;
import static org.namelink.spark.ResolverColumns.BLOCKING_KEYS;
import static org.namelink.spark.ResolverColumns.DISPLAY;
import static org.namelink.spark.ResolverColumns.DOC_TYPE;
import static org.namelink.spark.ResolverColumns.FIRST_TEXT;
import static org.namelink.spark.ResolverColumns.FORM_KEY;
import static org.namelink.spark.ResolverColumns.GID;
import static org.namelink.spark.ResolverColumns.GROUP_KEY;
import static org.namelink.spark.ResolverColumns.LONG_FORM_KEYS;
import static org.namelink.spark.ResolverColumns.MENTION;
import static org.namelink.spark.ResolverColumns.MENTION_TOTAL;
import static org.namelink.spark.ResolverColumns.NAME_KEY;
import static org.namelink.spark.ResolverColumns.SENSE_TEAM;
import static org.namelink.spark.ResolverColumns.UNITS;
import static org.namelink.spark.ResolverColumns.VOTE_KEY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.NameForm;
import org.namelink.resolution.plan.AcronymKeys;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.ResolutionPlan.Step;
import org.namelink.resolution.plan.TypeVotes;
import org.namelink.text.Span;
import scala.Tuple2;

/**
 * Steps 1 and 2 of the plan on Spark: type votes per document (one task per document's
 * mentions) and over the corpus (sums per name key), then the name groups, numbered in order of
 * first mention by a global sort.
 *
 * <p>Stateless; thread-safe.
 */
final class SparkGroups {

    /** Whether nothing is left of a mention's name after titles ({@link NameForm#isEmpty}). */
    private static final String EMPTY_NAME = "emptyName";

    private static final StructType VOTED = MENTION
            .add(MentionColumns.TYPE_FIXED, DataTypes.BooleanType, false)
            .add(MentionColumns.TEAM, DataTypes.BooleanType, false)
            .add(FORM_KEY, DataTypes.StringType, false)
            .add(DOC_TYPE, DataTypes.StringType, false)
            .add(VOTE_KEY, DataTypes.StringType, true)
            .add("votes", DataTypes.createArrayType(DataTypes.IntegerType), true)
            .add(NAME_KEY, DataTypes.StringType, false)
            .add(DISPLAY, DataTypes.StringType, false)
            .add(EMPTY_NAME, DataTypes.BooleanType, false);

    private static final StructType TYPED = MENTION
            .add(GROUP_KEY, DataTypes.StringType, false)
            .add(NAME_KEY, DataTypes.StringType, false)
            .add(SENSE_TEAM, DataTypes.BooleanType, false)
            .add(DISPLAY, DataTypes.StringType, false);

    static final StructType GROUPS = new StructType()
            .add(GID, DataTypes.LongType, false)
            .add(GROUP_KEY, DataTypes.StringType, false)
            .add(MentionColumns.TYPE, DataTypes.StringType, false)
            .add(NAME_KEY, DataTypes.StringType, false)
            .add(SENSE_TEAM, DataTypes.BooleanType, false)
            .add(FIRST_TEXT, DataTypes.StringType, false)
            .add(MENTION_TOTAL, DataTypes.LongType, false)
            .add(BLOCKING_KEYS, DataTypes.createArrayType(DataTypes.StringType), false)
            .add(ALIAS_KEY, DataTypes.StringType, true)
            .add(ACRONYM, DataTypes.BooleanType, false)
            .add(UNITS, DataTypes.IntegerType, false)
            .add(LONG_FORM_KEYS, DataTypes.createArrayType(DataTypes.StringType), false)
            .add(ACRONYM_KEYS, DataTypes.createArrayType(DataTypes.StringType), false);

    private SparkGroups() {
    }

    /** Step 1: each mention's type ({@link #TYPED}), by the document's and the corpus's votes. */
    static Dataset<Row> typed(Dataset<Row> input, String aliases) {
        // Kept: both the corpus's sums and the join read it, and each would analyse every mention again.
        Dataset<Row> voted = Lineage.cut(Step.TYPE_VOTES.label("documents"), input.repartition(col(MentionColumns.DOCUMENT_ID))
                .sortWithinPartitions(MentionColumns.DOCUMENT_ID, MentionColumns.MENTION_INDEX)
                .mapPartitions(documentVotes(aliases), Encoders.row(VOTED)));
        Column[] sums = new Column[EntityType.values().length];
        for (EntityType t : EntityType.values()) {
            sums[t.ordinal()] = sum(col("votes").getItem(t.ordinal())).cast(DataTypes.IntegerType).as("v" + t.ordinal());
        }
        Dataset<Row> corpusVotes = voted.filter(col(VOTE_KEY).isNotNull()).groupBy(col(VOTE_KEY))
                .agg(sums[0], Arrays.copyOfRange(sums, 1, sums.length));
        return Lineage.cut(Step.TYPE_VOTES.label(), voted
                .join(corpusVotes, voted.col(FORM_KEY).equalTo(corpusVotes.col(VOTE_KEY)), "left")
                .mapPartitions(corpusTypes(), Encoders.row(TYPED)));
    }

    /** Step 2: the name groups ({@link #GROUPS}), numbered in order of first mention. */
    static Dataset<Row> groups(SparkSession spark, Dataset<Row> typed, String aliases) {
        // Kept: the global sort samples its input and numbering counts it, each a pass of its own.
        Dataset<Row> groupRows = Lineage.cut(Step.NAME_GROUPS.label("aggregated"), typed.groupBy(col(GROUP_KEY)).agg(
                min(struct(col(MentionColumns.DOCUMENT_ID), col(MentionColumns.MENTION_INDEX), col(MentionColumns.TEXT)))
                        .as("first"),
                count(lit(1)).as(MENTION_TOTAL), first(MentionColumns.TYPE).as(MentionColumns.TYPE),
                first(NAME_KEY).as(NAME_KEY), first(SENSE_TEAM).as(SENSE_TEAM)));
        JavaRDD<Row> numbered = groupRows
                .orderBy(col("first." + MentionColumns.DOCUMENT_ID), col("first." + MentionColumns.MENTION_INDEX))
                .javaRDD().zipWithIndex().mapPartitions(groupFeatures(aliases));
        return Lineage.cut(Step.NAME_GROUPS.label(), spark.createDataFrame(numbered, GROUPS));
    }

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
            NameForm form = forms.get(i);
            out.add(RowFactory.create(r.getAs(MentionColumns.DOCUMENT_ID), r.getAs(MentionColumns.MENTION_INDEX),
                    r.getAs(MentionColumns.START), r.getAs(MentionColumns.END), r.getAs(MentionColumns.TEXT),
                    r.getAs(MentionColumns.SOURCE), r.getAs(MentionColumns.TYPE), r.getAs(MentionColumns.TYPE_FIXED),
                    r.getAs(MentionColumns.TEAM), key, types.get(i).name(), v == null ? null : key,
                    v == null ? null : boxed(v), NameGroup.nameKey(form), NameGroup.display(form, mentions.get(i)),
                    form.isEmpty()));
        }
        return out;
    }

    private static Mention mention(Row r) {
        return new Mention(new Span(r.<Integer>getAs(MentionColumns.START), r.<Integer>getAs(MentionColumns.END)),
                r.getAs(MentionColumns.TEXT), EntityType.valueOf(r.getAs(MentionColumns.TYPE)),
                r.getAs(MentionColumns.SOURCE), r.<Boolean>getAs(MentionColumns.TYPE_FIXED));
    }

    /** Each mention's type by the corpus's votes, with its group key; the names were analysed by {@link #votesOf}. */
    private static MapPartitionsFunction<Row, Row> corpusTypes() {
        return rows -> Iterators.map(rows, r -> {
            int[] votes = null;
            if (!r.isNullAt(r.fieldIndex("v0"))) {
                votes = TypeVotes.noVotes();
                for (EntityType t : EntityType.values()) {
                    votes[t.ordinal()] = r.getAs("v" + t.ordinal());
                }
            }
            boolean empty = r.getAs(EMPTY_NAME);
            EntityType type = TypeVotes.corpusVoted(EntityType.valueOf(r.getAs(DOC_TYPE)), empty,
                    r.<Boolean>getAs(MentionColumns.TYPE_FIXED), votes);
            String nameKey = r.getAs(NAME_KEY);
            boolean team = NameGroup.isTeamSense(type, empty, r.<Boolean>getAs(MentionColumns.TEAM));
            return RowFactory.create(r.getAs(MentionColumns.DOCUMENT_ID), r.getAs(MentionColumns.MENTION_INDEX),
                    r.getAs(MentionColumns.START), r.getAs(MentionColumns.END), r.getAs(MentionColumns.TEXT),
                    r.getAs(MentionColumns.SOURCE), type.name(), NameGroup.groupKey(type, nameKey, team), nameKey, team,
                    r.getAs(DISPLAY));
        });
    }

    private static FlatMapFunction<Iterator<Tuple2<Row, Long>>, Row> groupFeatures(String aliases) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            return Iterators.map(rows, t -> {
                Row r = t._1();
                long gid = t._2();
                EntityType type = EntityType.valueOf(r.getAs(MentionColumns.TYPE));
                String firstText = r.<Row>getAs("first").getString(2);
                NameGroup g = stages.group(gid, type, r.getAs(NAME_KEY), firstText, r.<Boolean>getAs(SENSE_TEAM));
                List<String> acronymKeys = new ArrayList<>();
                if (g.form().isAcronym()) {
                    AcronymKeys.candidates(g, k -> {
                        acronymKeys.add(k);
                        return List.of();
                    });
                }
                return RowFactory.create(gid, r.getAs(GROUP_KEY), type.name(), g.key(), g.team(), firstText,
                        r.<Long>getAs(MENTION_TOTAL), stages.plan().blockingKeys(g).toArray(new String[0]),
                        g.aliasKey().orElse(null), g.form().isAcronym(), g.size(),
                        AcronymKeys.isLongForm(g) ? AcronymKeys.longFormKeys(g).toArray(new String[0]) : new String[0],
                        acronymKeys.toArray(new String[0]));
            });
        };
    }

    private static Integer[] boxed(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
