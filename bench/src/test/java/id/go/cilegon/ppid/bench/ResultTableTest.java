package id.go.cilegon.ppid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    @Test
    void ratioIsValueOverRawAndAbsentWithoutBoth() {
        assertEquals(0.5, ResultTable.ratio(50.0, 100.0));
        assertNull(ResultTable.ratio(50.0, null));
        assertNull(ResultTable.ratio(null, 100.0));
        assertNull(ResultTable.ratio(50.0, 0.0));
        assertNull(ResultTable.ratio(Double.NaN, 100.0));
    }

    @Test
    void numbersKeepThreeSignificantDecimalsAtMost() {
        assertEquals("1,234", ResultTable.number(1234.4));
        assertEquals("123.5", ResultTable.number(123.45));
        assertEquals("12.35", ResultTable.number(12.345));
        assertEquals("2", ResultTable.number(2.0));
        assertEquals("0.042", ResultTable.number(0.0421));
        assertEquals("-", ResultTable.number(null));
        assertEquals("-", ResultTable.number(Double.NaN));
    }

    @Test
    void formatsOneAlignedTableWithFigureRawRatioTargetAndNotes() {
        ResultTable t = new ResultTable();
        t.add(new ResultTable.Row(
                "1 intake", "accepted/s, 16 clients", 412.0, "req/s", 1030.0, ">= 0.5x raw", false, null));
        t.add(new ResultTable.Row("1 intake", "p99, 16 clients", 38.2, "ms", 9.1, "< 50 ms", true, "a note"));
        t.add(new ResultTable.Row("5 sla sweep", "claim next due reminder", 0.31, "ms", null, "< 100 ms", true, null));
        List<String> lines = t.format().lines().toList();
        assertTrue(
                lines.get(0)
                        .matches(
                                "\\| part +\\| figure +\\| +platform \\| +raw limit \\| ratio \\| target +\\| met \\|"),
                lines.get(0));
        assertTrue(lines.get(1).matches("\\|[-|]+"), lines.get(1));
        assertTrue(lines.get(2).contains("| 412 req/s |"), lines.get(2));
        assertTrue(lines.get(2).contains("1,030 req/s"), lines.get(2));
        assertTrue(lines.get(2).contains(" 0.4x |"), lines.get(2));
        assertTrue(lines.get(2).endsWith("| NO  |"), lines.get(2));
        assertTrue(lines.get(3).contains("4.2x"), lines.get(3));
        assertTrue(lines.get(4).contains("|     - |") || lines.get(4).contains("| -"), lines.get(4));
        assertEquals("  [2] 1 intake, p99, 16 clients: a note", lines.get(5));
        // every table line has the same width
        assertEquals(
                1, lines.subList(0, 5).stream().map(String::length).distinct().count());
    }

    @Test
    void rowsBecomeMapsForTheResultsFile() {
        ResultTable t = new ResultTable();
        t.add(new ResultTable.Row("3 replay", "rebuild", 50_000.0, "events/s", 200_000.0, ">= 0.5x raw", false, null));
        assertEquals(0.25, t.toMaps().get(0).get("ratio"));
        assertEquals("events/s", t.toMaps().get(0).get("unit"));
    }
}
