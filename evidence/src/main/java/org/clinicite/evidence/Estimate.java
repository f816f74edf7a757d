package org.clinicite.evidence;

import java.util.function.DoubleUnaryOperator;

/** A pooled estimate with its standard error and confidence interval (on the pooling scale). */
public record Estimate(double value, double se, Interval ci) {

    static Estimate of(double value, double se, double z) {
        return new Estimate(value, se, new Interval(value - z * se, value + z * se));
    }

    /** Value and interval through a monotone increasing back-transform (e.g. expit); se is dropped. */
    public Transformed transform(DoubleUnaryOperator f) {
        return new Transformed(f.applyAsDouble(value), new Interval(f.applyAsDouble(ci.lower()),
                f.applyAsDouble(ci.upper())));
    }

    /** A back-transformed estimate: a proportion and its interval. */
    public record Transformed(double value, Interval ci) {
    }
}
