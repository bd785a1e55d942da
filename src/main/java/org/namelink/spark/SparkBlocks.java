package org.namelink.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;
import static org.namelink.spark.ResolverColumns.BLOCKING_KEYS;
import static org.namelink.spark.ResolverColumns.CHECK_DOCUMENTS;
import static org.namelink.spark.ResolverColumns.DECIDED;
import static org.namelink.spark.ResolverColumns.FIRST_TEXT;
import static org.namelink.spark.ResolverColumns.G;
import static org.namelink.spark.ResolverColumns.GID;
import static org.namelink.spark.ResolverColumns.H;
import static org.namelink.spark.ResolverColumns.KEY;
import static org.namelink.spark.ResolverColumns.NAME_KEY;
import static org.namelink.spark.ResolverColumns.POS;
import static org.namelink.spark.ResolverColumns.SENSE_TEAM;
import static org.namelink.spark.ResolverColumns.SHORT;
import static org.namelink.spark.ResolverColumns.SHORT_FORM_FIT;
import static org.namelink.spark.ResolverColumns.SIZE;
import static org.namelink.spark.ResolverColumns.SPELLING_JOIN;
import static org.namelink.spark.ResolverColumns.scalaSeq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.ResolutionPlan;
import org.namelink.resolution.plan.ResolutionPlan.Step;

/**
 * Steps 3 and 4 of the plan on Spark: each group's block ({@link ResolutionPlan#chooseBlock}),
 * then the decisions of each searched block inside the task that holds it: the members of a block
 * are shuffled to one task once and kept, each member's name analysed once per pass there, and
 * only the joining decisions leave it. Two passes over the kept blocks: the short forms
 * ({@link ResolutionPlan#decideShortForms}), whose searchers are then sent to every task (a sorted
 * array of group numbers, about 8 bytes per short form), then the spellings of the full names
 * ({@link ResolutionPlan#decideSpellings}), so no short form's pairs are decided for nothing. No
 * pair rows are made, joined or shuffled.
 *
 * <p>Stateless; thread-safe.
 */
final class SparkBlocks {

    /** The key of the block a group searches, and whether it searches it for spellings. */
    private static final String CANDIDATE_KEY = "candidateKey";
    private static final String SEARCHES_SPELLINGS = "searchesSpellings";
    private static final String BLOCK = "block";

    private static final StructType CHOSEN = new StructType()
            .add(GID, DataTypes.LongType, false)
            .add(MentionColumns.TYPE, DataTypes.StringType, false)
            .add(CANDIDATE_KEY, DataTypes.StringType, false)
            .add(SEARCHES_SPELLINGS, DataTypes.BooleanType, false);

    private SparkBlocks() {
    }

    /**
     * Step 4's result: the joining decisions ({@link ResolverColumns#DECIDED}) and the groups found
     * to be short forms, as a sorted array of group numbers every task can search.
     */
    record Decided(Dataset<Row> decisions, Broadcast<long[]> shortForms) {
    }

    /**
     * The joining decisions ({@link ResolverColumns#DECIDED}) of every block a group searches:
     * short forms with their long forms, and spellings of names not written side by side.
     *
     * @param groups {@link SparkGroups#GROUPS}
     * @param documents each group's documents: {@link ResolverColumns#GID}, document id
     */
    static Decided decide(Dataset<Row> groups, Dataset<Row> documents, String aliases) {
        Dataset<Row> filed = groups.select(col(GID), col(MentionColumns.TYPE),
                posexplode(col(BLOCKING_KEYS)).as(new String[] {POS, KEY}));
        Dataset<Row> sizes = filed.groupBy(MentionColumns.TYPE, KEY).agg(count(lit(1)).as(SIZE));
        Dataset<Row> chosen = Lineage.cut(Step.CANDIDATE_BLOCKS.label(), filed.join(sizes, scalaSeq(MentionColumns.TYPE, KEY))
                .groupBy(GID, MentionColumns.TYPE).agg(collect_list(struct(col(POS), col(KEY), col(SIZE))).as("blocks"))
                .mapPartitions(chooseBlock(), Encoders.row(CHOSEN)));
        Dataset<Row> searched = chosen.select(col(MentionColumns.TYPE), col(CANDIDATE_KEY).as(KEY)).distinct();
        Dataset<Row> members = filed.join(searched, scalaSeq(MentionColumns.TYPE, KEY))
                .join(groups.select(GID, NAME_KEY, FIRST_TEXT, SENSE_TEAM, BLOCKING_KEYS), GID)
                .join(chosen.select(GID, CANDIDATE_KEY, SEARCHES_SPELLINGS), GID)
                .select(concat_ws("\t", col(MentionColumns.TYPE), col(KEY)).as(BLOCK), col(KEY), col(GID),
                        col(MentionColumns.TYPE), col(NAME_KEY), col(FIRST_TEXT), col(SENSE_TEAM), col(BLOCKING_KEYS),
                        col(CANDIDATE_KEY), col(SEARCHES_SPELLINGS));
        // Each block's members once in one task, sorted, for two passes: short forms first, then,
        // with the short forms known, the spellings of the full names only (as on one machine).
        Dataset<Row> blocks = Lineage.cut(Step.BLOCK_DECISIONS.label("block members"),
                members.repartition(col(BLOCK)).sortWithinPartitions(BLOCK, GID));
        Dataset<Row> fits = Lineage.cut(Step.BLOCK_DECISIONS.label("short-form fits"),
                blocks.mapPartitions(shortFormDecisions(aliases), Encoders.row(DECIDED)));
        Broadcast<long[]> shortForms = JavaSparkContext.fromSparkContext(groups.sparkSession().sparkContext())
                .broadcast(sortedDistinct(fits.select(G)));
        Dataset<Row> decided = Lineage.cut(Step.BLOCK_DECISIONS.label(),
                blocks.mapPartitions(spellingDecisions(aliases, shortForms), Encoders.row(DECIDED)));
        // Spellings of names of as many words stand only if the names share no document: checked
        // on narrow rows, for the few joining pairs only, so no name's documents ride along with a block.
        Dataset<Row> sharing = decided.filter(col(CHECK_DOCUMENTS)).select(G, H)
                .join(documents.select(col(GID).as(G), col(MentionColumns.DOCUMENT_ID)), G)
                .join(documents.select(col(GID).as(H), col(MentionColumns.DOCUMENT_ID)),
                        scalaSeq(H, MentionColumns.DOCUMENT_ID))
                .select(G, H).distinct().withColumn("shared", lit(true));
        return new Decided(fits.unionByName(decided.join(sharing, scalaSeq(G, H), "left")
                .filter(col("shared").isNull()).drop("shared")), shortForms);
    }

    /** {@code groups} with {@link ResolverColumns#SHORT}: whether step 4 found the group a short form. */
    static Dataset<Row> flagShortForms(Dataset<Row> groups, Broadcast<long[]> shortForms) {
        StructType flagged = groups.schema().add(SHORT, DataTypes.BooleanType, false);
        return groups.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            long[] shorts = shortForms.value();
            return Iterators.map(rows, r -> {
                Object[] values = new Object[r.size() + 1];
                for (int i = 0; i < r.size(); i++) {
                    values[i] = r.get(i);
                }
                values[r.size()] = Arrays.binarySearch(shorts, r.<Long>getAs(GID)) >= 0;
                return RowFactory.create(values);
            });
        }, Encoders.row(flagged));
    }

    private static MapPartitionsFunction<Row, Row> chooseBlock() {
        return rows -> Iterators.map(rows, r -> {
            List<Row> blocks = new ArrayList<>(r.<Row>getList(r.fieldIndex("blocks")));
            blocks.sort(Comparator.comparingInt(b -> b.getInt(0)));
            Map<String, Long> size = new HashMap<>();
            List<String> keys = new ArrayList<>(blocks.size());
            for (Row b : blocks) {
                keys.add(b.getString(1));
                size.put(b.getString(1), b.getLong(2));
            }
            ResolutionPlan.Block chosen = ResolutionPlan.chooseBlock(keys, size::get).orElseThrow();
            return RowFactory.create(r.getAs(GID), r.getAs(MentionColumns.TYPE), chosen.key(),
                    ResolutionPlan.searchesSpellings(chosen.size()));
        });
    }

    /** A group as a block task holds it. */
    private record Member(long id, NameGroup name, List<String> blockingKeys, Optional<String> candidateKey,
                          boolean searchesSpellings, boolean shortForm) implements ResolutionPlan.Candidate {
        @Override
        public boolean isPrior() {
            return false;
        }
    }

    /** The distinct values of a one-column long Dataset, sorted: a set a task can search. */
    private static long[] sortedDistinct(Dataset<Row> ids) {
        List<Row> rows = ids.distinct().collectAsList();
        long[] sorted = new long[rows.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = rows.get(i).getLong(0);
        }
        Arrays.sort(sorted);
        return sorted;
    }

    /** Step 4's first pass: the short-form fits of each block. */
    private static MapPartitionsFunction<Row, Row> shortFormDecisions(String aliases) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            return Iterators.flatMap(Iterators.runs(rows, 0), run -> {
                List<Row> out = new ArrayList<>();
                stages.plan().decideShortForms(run.get(0).getString(1), members(stages, run, s -> false),
                        (g, kind, f) -> out.add(decided(SHORT_FORM_FIT, g, f)));
                return out;
            });
        };
    }

    /** Step 4's second pass: the spellings of each block's full names, the short forms known. */
    private static MapPartitionsFunction<Row, Row> spellingDecisions(String aliases, Broadcast<long[]> shortForms) {
        return rows -> {
            TaskStages stages = new TaskStages(aliases);
            long[] shorts = shortForms.value();
            LongPredicate isShortForm = gid -> Arrays.binarySearch(shorts, gid) >= 0;
            return Iterators.flatMap(Iterators.runs(rows, 0), run -> {
                List<Row> out = new ArrayList<>();
                stages.plan().decideSpellings(run.get(0).getString(1), members(stages, run, isShortForm),
                        m -> !m.shortForm(), (g, kind, f) -> out.add(decided(SPELLING_JOIN, g, f)));
                return out;
            });
        };
    }

    /** A block's rows as the members a task holds, each name analysed once. */
    private static List<Member> members(TaskStages stages, List<Row> run, LongPredicate isShortForm) {
        List<Member> members = new ArrayList<>(run.size());
        for (Row r : run) {
            long gid = r.getLong(2);
            boolean shortForm = isShortForm.test(gid);
            members.add(new Member(gid, stages.group(gid, EntityType.valueOf(r.getString(3)), r.getString(4),
                    r.getString(5), r.getBoolean(6)), r.getList(7), Optional.of(r.getString(8)),
                    r.getBoolean(9) && !shortForm, shortForm));
        }
        return members;
    }

    private static Row decided(int kind, Member g, ResolutionPlan.Found<Member> f) {
        return RowFactory.create(kind, g.id(), f.h().id(), f.match().rule().name(), f.match().score(),
                f.writtenAlike(), f.checkDocuments());
    }
}
