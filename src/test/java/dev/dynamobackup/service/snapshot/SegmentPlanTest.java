package dev.dynamobackup.service.snapshot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmentPlanTest {
    @Test
    void segmentsGrowWithTheTableSize() {
        assertEquals(1, SegmentPlan.segmentsFor(0));
        assertEquals(1, SegmentPlan.segmentsFor(500_000));
        assertEquals(8, SegmentPlan.segmentsFor(5L << 20));
        assertEquals(8, SegmentPlan.segmentsFor(2L << 30));
        assertEquals(40, SegmentPlan.segmentsFor(10L << 30));
        assertEquals(1_000, SegmentPlan.segmentsFor(1L << 50));
        assertEquals(16, SegmentPlan.threadsFor(40));
        assertEquals(1, SegmentPlan.threadsFor(1));
    }
}
