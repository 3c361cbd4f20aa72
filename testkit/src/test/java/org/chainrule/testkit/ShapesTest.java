package org.chainrule.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainrule.testkit.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.core.Shape;
import org.junit.jupiter.api.Test;

class ShapesTest {

    @Test
    void shapesHaveTheAskedRanksAndSizes() {
        List<Integer> ranks = new ArrayList<>();
        qt().forAll(Shapes.shapes(3, 4)).checkAssert(s -> {
            assertThat(s.rank()).isBetween(0, 3);
            for (int d : s.toArray()) {
                assertThat(d).isBetween(1, 4);
            }
            ranks.add(s.rank());
        });
        assertThat(ranks).contains(0, 1, 2, 3);
    }

    @Test
    void broadcastPairsBroadcastAndCoverTheCornerCases() {
        List<ShapePair> seen = new ArrayList<>();
        qt(300).forAll(Shapes.broadcastPairs(3, 3)).checkAssert(p -> {
            Shape out = Shape.broadcast("test", p.a(), p.b());     // throws if they do not broadcast
            assertThat(p.a().broadcastsTo(out)).isTrue();
            assertThat(p.b().broadcastsTo(out)).isTrue();
            seen.add(p);
        });
        assertThat(seen).as("equal shapes").anyMatch(p -> p.a().equals(p.b()) && p.a().rank() > 0);
        assertThat(seen).as("a missing leading axis").anyMatch(p -> p.a().rank() != p.b().rank());
        assertThat(seen).as("a stretched size-1 axis").anyMatch(ShapesTest::stretchesAnAxis);
    }

    /** True when, aligned from the right, one shape has size 1 where the other has more. */
    private static boolean stretchesAnAxis(ShapePair p) {
        int[] a = p.a().toArray();
        int[] b = p.b().toArray();
        for (int i = 1; i <= Math.min(a.length, b.length); i++) {
            int x = a[a.length - i];
            int y = b[b.length - i];
            if (x != y && (x == 1 || y == 1)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void broadcastsToGivesASourceAndItsTarget() {
        qt().forAll(Shapes.broadcastsTo(3, 3)).checkAssert(p -> assertThat(p.a().broadcastsTo(p.b())).isTrue());
    }

    @Test
    void matmulPairsHaveMatchingInnerSizes() {
        qt().forAll(Shapes.matmulPairs(4)).checkAssert(p -> {
            assertThat(p.a().rank()).isEqualTo(2);
            assertThat(p.b().rank()).isEqualTo(2);
            assertThat(p.a().dim(1)).as("a's columns equal b's rows: %s", p).isEqualTo(p.b().dim(0));
        });
    }

    @Test
    void axesCoverBothSpellings() {
        Shape s = Shape.of(2, 3, 4);
        List<Integer> seen = new ArrayList<>();
        qt().forAll(Shapes.axes(s)).checkAssert(seen::add);
        assertThat(seen).containsOnly(-3, -2, -1, 0, 1, 2).contains(-3, 2);
        assertThatThrownBy(() -> Shapes.axes(Shape.scalar())).hasMessage(
                "axes: shape [] has no axes; a scalar cannot be reduced along one.");
    }

    @Test
    void aShapePairPrintsBothShapes() {
        assertThat(new ShapePair(Shape.of(2, 3), Shape.of(3))).hasToString("[2, 3] and [3]");
    }
}
