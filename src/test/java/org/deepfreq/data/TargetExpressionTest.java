package org.deepfreq.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

class TargetExpressionTest {

    @Test
    void thePapersExampleWithImplicitMultiplicationOn101PointsOfMinus5To5() {
        LabeledDataset d = new DatasetDirectory(Path.of("unused"))
                .load("expr:sin(x)+2*sin(3x)+3*sin(5x);x=-5..5;n=101", 101, 0, 1).train();
        assertThat(d.size()).isEqualTo(101);
        float[] xs = d.features().data().clone();
        java.util.Arrays.sort(xs); // the training rows are a seeded draw of all 101 grid points
        for (int i = 0; i < 101; i++) {
            double x = -5 + 0.1 * i;
            assertThat(xs[i]).as("grid point %d", i).isCloseTo((float) x, within(1e-5f));
        }
        for (int i = 0; i < d.size(); i++) {
            double x = d.features().get(i, 0);
            double expected = Math.sin(x) + 2 * Math.sin(3 * x) + 3 * Math.sin(5 * x);
            assertThat(d.targets().get(i, 0)).isCloseTo((float) expected, within(2e-5f));
        }
    }

    @Test
    void everySpellingOfTheEarlierSineSeriesStillReadsTheSame() {
        double x = 0.3;
        check("cos(3x) + 0.5*sin(5x) - cos(x) + sin(2pix)", x, Math.cos(0.9) + 0.5 * Math.sin(1.5) - Math.cos(0.3)
                + Math.sin(2 * Math.PI * 0.3));
        check("sin(x)+2sin(3x)+3sin(5x)", x, Math.sin(0.3) + 2 * Math.sin(0.9) + 3 * Math.sin(1.5));
        check("COS(3 X)+0.5sin(5*x)", x, Math.cos(0.9) + 0.5 * Math.sin(1.5));
        check("2e-1*cos(2.5x)-sin(2pi*x)", x, 0.2 * Math.cos(0.75) - Math.sin(2 * Math.PI * 0.3));
        check("cos(3x)+cos(5x)", x, Math.cos(0.9) + Math.cos(1.5));
    }

    @Test
    void formulasBeyondSumsOfSinesWork() {
        check("x^2", 0.3, 0.09);
        check("exp(-x^2)*cos(4x)", 0.3, Math.exp(-0.09) * Math.cos(1.2));
        check("abs(x)+tan(x)", -0.3, 0.3 + Math.tan(-0.3));
    }

    @Test
    void aFormulaThatDoesNotReadIsRefusedWithOneLineSayingWhere() {
        assertThatThrownBy(() -> TargetExpression.parse("sin(y)")).hasMessage("cannot read the expression 'sin(y)': "
                + "unknown name 'y' at position 5 (the variable is x; constants pi and e); write a formula of x, e.g. "
                + "sin(x)+2*sin(3x)+3*sin(5x)");
        assertThatThrownBy(() -> TargetExpression.parse("sin(x")).hasMessageContaining("mismatched parentheses");
        assertThatThrownBy(() -> TargetExpression.parse("sin(x)+")).hasMessageContaining("too many operators");
        assertThatThrownBy(() -> TargetExpression.parse(")")).hasMessageStartingWith("cannot read the expression ')'");
        assertThatThrownBy(() -> TargetExpression.parse(" ")).hasMessageStartingWith("empty expression");
        for (String bad : new String[] {"sin(y)", "sin(x", "sin(x)+", ")", "x!", "2 3", "sin()"}) {
            assertThatThrownBy(() -> TargetExpression.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void rangeAndPointOptionsAreCheckedAndTargetsMustBeFinite() {
        ExpressionDataset e = ExpressionDataset.parse("expr:x;x=-2pi..pi/2;n=5").orElseThrow();
        assertThat(e.from()).isEqualTo(-2 * Math.PI);
        assertThat(e.to()).isEqualTo(Math.PI / 2);
        assertThat(e.points()).isEqualTo(5);
        assertThat(ExpressionDataset.parse("expr:cos(3x)").orElseThrow().points()).isEqualTo(1001);
        assertThat(ExpressionDataset.parse("cos3x+cos5x")).isEmpty();
        assertThatThrownBy(() -> ExpressionDataset.parse("expr:x;n=1")).hasMessageContaining("n must be a whole "
                + "number of grid points from 2");
        assertThatThrownBy(() -> ExpressionDataset.parse("expr:x;x=5..-5")).hasMessageContaining("lower end must be "
                + "below");
        assertThatThrownBy(() -> ExpressionDataset.parse("expr:x;y=1")).hasMessageContaining("unknown option 'y=1'");
        assertThatThrownBy(() -> ExpressionDataset.parse("expr:x;x=a..b")).hasMessageContaining("'a' is not a number");
        assertThatThrownBy(() -> ExpressionDataset.parse("expr3:x;n=5")).hasMessageContaining("draws as many points");
        assertThatThrownBy(() -> ExpressionDataset.parse("expr:log(x)").orElseThrow().generate(0, 1))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("log(x) is not a finite number at x = ")
                .hasMessageContaining("choose a range where it is defined");
        assertThatThrownBy(() -> ExpressionDataset.parse("expr:1/x;x=-1..1;n=3").orElseThrow().generate(0, 1))
                .hasMessageContaining("at x = 0.0");
    }

    private static void check(String formula, double x, double expected) {
        DoubleUnaryOperator f = TargetExpression.parse(formula).function();
        assertThat(f.applyAsDouble(x)).as(formula).isCloseTo(expected, within(1e-12));
    }
}
