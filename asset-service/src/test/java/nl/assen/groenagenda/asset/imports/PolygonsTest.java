package nl.assen.groenagenda.asset.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolygonsTest {

    private static List<double[]> ring(double... xy) {
        List<double[]> ring = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            ring.add(new double[] {xy[i], xy[i + 1]});
        }
        return ring;
    }

    @Test
    void aSquareIsSimpleWithItsAreaAndCentre() {
        List<double[]> square = ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0);
        assertThat(Polygons.selfIntersects(square)).isFalse();
        assertThat(Polygons.area(List.of(square))).isEqualTo(100.0);
        assertThat(Polygons.centroid(square)).containsExactly(5.0, 5.0);
    }

    @Test
    void aBowTieIntersectsItself() {
        assertThat(Polygons.selfIntersects(ring(0, 0, 10, 10, 10, 0, 0, 10, 0, 0))).isTrue();
    }

    @Test
    void aRingThatTouchesItselfInAVertexIsNotSimple() {
        // The vertex (5, 0) is visited twice: two loops joined in one point.
        assertThat(Polygons.selfIntersects(ring(0, 0, 5, 0, 10, -5, 10, 5, 5, 0, 0, 5, 0, 0))).isTrue();
    }

    @Test
    void aSpikeBackAlongAnEdgeIsNotSimple() {
        assertThat(Polygons.selfIntersects(ring(0, 0, 10, 0, 5, 0, 5, 5, 0, 0))).isTrue();
    }

    @Test
    void aHoleIsSubtractedFromTheArea() {
        List<double[]> outer = ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0);
        List<double[]> hole = ring(2, 2, 2, 4, 4, 4, 4, 2, 2, 2);
        assertThat(Polygons.area(List.of(outer, hole))).isEqualTo(96.0);
    }
}
