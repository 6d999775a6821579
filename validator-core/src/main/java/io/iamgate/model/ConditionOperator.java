package io.iamgate.model;

import java.util.Optional;

/**
 * A condition operator as written, split into qualifier (ForAllValues/ForAnyValue), base operator and
 * the IfExists suffix. {@code base} is null when the name is not a known IAM operator.
 */
public record ConditionOperator(String text, Qualifier qualifier, Base base, boolean ifExists) {

    public enum Qualifier {
        NONE,
        FOR_ALL_VALUES,
        FOR_ANY_VALUE
    }

    /** Families of operators by the value type they compare. */
    public enum Family {
        STRING,
        NUMERIC,
        DATE,
        BOOL,
        BINARY,
        IP_ADDRESS,
        ARN,
        NULL
    }

    public enum Base {
        StringEquals(Family.STRING, false),
        StringNotEquals(Family.STRING, true),
        StringEqualsIgnoreCase(Family.STRING, false),
        StringNotEqualsIgnoreCase(Family.STRING, true),
        StringLike(Family.STRING, false),
        StringNotLike(Family.STRING, true),
        NumericEquals(Family.NUMERIC, false),
        NumericNotEquals(Family.NUMERIC, true),
        NumericLessThan(Family.NUMERIC, false),
        NumericLessThanEquals(Family.NUMERIC, false),
        NumericGreaterThan(Family.NUMERIC, false),
        NumericGreaterThanEquals(Family.NUMERIC, false),
        DateEquals(Family.DATE, false),
        DateNotEquals(Family.DATE, true),
        DateLessThan(Family.DATE, false),
        DateLessThanEquals(Family.DATE, false),
        DateGreaterThan(Family.DATE, false),
        DateGreaterThanEquals(Family.DATE, false),
        Bool(Family.BOOL, false),
        BinaryEquals(Family.BINARY, false),
        IpAddress(Family.IP_ADDRESS, false),
        NotIpAddress(Family.IP_ADDRESS, true),
        ArnEquals(Family.ARN, false),
        ArnNotEquals(Family.ARN, true),
        ArnLike(Family.ARN, false),
        ArnNotLike(Family.ARN, true),
        Null(Family.NULL, false);

        private final Family family;
        private final boolean negated;

        Base(Family family, boolean negated) {
            this.family = family;
            this.negated = negated;
        }

        public Family family() {
            return family;
        }

        /** True for the operators that match when the value is not among the listed ones. */
        public boolean negated() {
            return negated;
        }

        /** True for the pattern-matching operators (wildcards are meaningful). */
        public boolean isLike() {
            return this == StringLike
                    || this == StringNotLike
                    || this == ArnLike
                    || this == ArnNotLike
                    || this == ArnEquals
                    || this == ArnNotEquals;
        }
    }

    /** Parses an operator name; IAM operator names are case-sensitive. */
    public static ConditionOperator parse(String text) {
        String rest = text;
        Qualifier qualifier = Qualifier.NONE;
        if (rest.startsWith("ForAllValues:")) {
            qualifier = Qualifier.FOR_ALL_VALUES;
            rest = rest.substring("ForAllValues:".length());
        } else if (rest.startsWith("ForAnyValue:")) {
            qualifier = Qualifier.FOR_ANY_VALUE;
            rest = rest.substring("ForAnyValue:".length());
        }
        boolean ifExists = false;
        if (rest.endsWith("IfExists")) {
            ifExists = true;
            rest = rest.substring(0, rest.length() - "IfExists".length());
        }
        return new ConditionOperator(text, qualifier, lookup(rest).orElse(null), ifExists);
    }

    private static Optional<Base> lookup(String name) {
        for (Base b : Base.values()) {
            if (b.name().equals(name)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** False when the base name is unknown, or when IfExists is put on Null (which IAM rejects). */
    public boolean isValid() {
        return base != null;
    }

    public boolean hasQualifier() {
        return qualifier != Qualifier.NONE;
    }

    public Family family() {
        return base == null ? null : base.family();
    }

    @Override
    public String toString() {
        return text;
    }
}
