package io.iamgate.reference;

/**
 * The data type of a condition key, as the Service Authorization Reference names it. The ArrayOf
 * types are the multivalued keys: they need ForAllValues/ForAnyValue (MISSING_QUALIFIER), and only
 * they may take those qualifiers (FORALLVALUES_WITH_SINGLE_VALUED_KEY).
 */
public enum ConditionKeyType {
    STRING("String", null),
    ARN("ARN", null),
    NUMERIC("Numeric", null),
    DATE("Date", null),
    BOOL("Bool", null),
    IP_ADDRESS("IPAddress", null),
    BINARY("Binary", null),
    ARRAY_OF_STRING("ArrayOfString", STRING),
    ARRAY_OF_ARN("ArrayOfARN", ARN),
    ARRAY_OF_NUMERIC("ArrayOfNumeric", NUMERIC),
    ARRAY_OF_DATE("ArrayOfDate", DATE),
    ARRAY_OF_BOOL("ArrayOfBool", BOOL),
    ARRAY_OF_IP_ADDRESS("ArrayOfIPAddress", IP_ADDRESS),
    ARRAY_OF_BINARY("ArrayOfBinary", BINARY);

    private final String dataName;
    private final ConditionKeyType element;

    ConditionKeyType(String dataName, ConditionKeyType element) {
        this.dataName = dataName;
        this.element = element;
    }

    /** The name used by the reference data, e.g. "ArrayOfString". */
    public String dataName() {
        return dataName;
    }

    public boolean isMultivalued() {
        return element != null;
    }

    /** The type of one value: STRING for ARRAY_OF_STRING, the type itself for single-valued types. */
    public ConditionKeyType elementType() {
        return element == null ? this : element;
    }

    /** Parses a reference data type name such as "String" or "ArrayOfARN" (exact spelling). */
    public static ConditionKeyType fromDataName(String name) {
        for (ConditionKeyType type : values()) {
            if (type.dataName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown condition key type: " + name);
    }
}
