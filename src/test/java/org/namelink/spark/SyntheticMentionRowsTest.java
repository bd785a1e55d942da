package org.namelink.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SyntheticMentionRowsTest {

    @Test
    void syntheticMentionsMadeInPartsAreTheRowsOfOneGeneratorInterleaved() {
        List<Row> whole = new ArrayList<>();
        SyntheticMentionRows.syntheticRows(5_000, 0, 1).forEachRemaining(whole::add);
        List<List<Row>> parts = new ArrayList<>();
        for (int part = 0; part < 3; part++) {
            List<Row> rows = new ArrayList<>();
            SyntheticMentionRows.syntheticRows(5_000, part, 3).forEachRemaining(rows::add);
            parts.add(rows);
        }

        assertThat(whole).hasSizeGreaterThanOrEqualTo(5_000);
        assertThat(parts).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        assertThat(parts.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(whole);
        // Document d<k> belongs to part k mod 3.
        assertThat(parts.get(1)).allSatisfy(r -> assertThat(Integer.parseInt(r.getString(0).substring(1)) % 3).isEqualTo(1));
    }
}
