package org.namelink.examples;

import java.io.IOException;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.namelink.spark.NamelinkExtractor;
import org.namelink.spark.SparkResolver;

public class SparkReadmeExample {
    public static void main(String[] args) throws IOException {
        String articlesJsonl = args[0]; // {"id": "a1", "text": "..."} per line
        String workDir = args[1];
        SparkSession spark = SparkSession.builder().appName("namelink-example").master("local[2]").getOrCreate();
        Dataset<Row> articles = spark.read().json(articlesJsonl);

        // Extraction is a Spark ML stage: it sits in a Pipeline, saved and loaded with it
        NamelinkExtractor extractor = new NamelinkExtractor().setIdCol("id").setTextCol("text");
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {extractor}).fit(articles);
        model.write().overwrite().save(workDir + "/pipeline");
        Dataset<Row> mentions = PipelineModel.load(workDir + "/pipeline").transform(articles);

        // One row per mention: documentId, mentionIndex, start, end, text, type, source, typeFixed, team, ...
        // (an article that cannot be analysed is one row with its documentId and error)
        SparkResolver.Result resolved = SparkResolver.create().resolve(mentions);
        for (Row e : resolved.entities().orderBy("id").collectAsList()) {
            System.out.println(e.getAs("id") + " " + e.getAs("name") + " " + e.getAs("type") + " "
                    + e.getList(e.fieldIndex("variants")) + " " + e.getList(e.fieldIndex("documents")));
        }
        resolved.mentions().write().mode("overwrite").parquet(workDir + "/mentions"); // each with its entity id
    }
}
